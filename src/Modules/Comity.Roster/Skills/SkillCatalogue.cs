namespace Comity.Roster.Skills;

/// <summary>
/// Comity's own catalogue of cybercrime-capacity skills (our wording), seeded by migration. The mappings name
/// NICE Framework work roles and ENISA ECSF profiles that overlap each skill; several of our skills (legislation
/// drafting, mutual legal assistance) have no close NICE or ECSF counterpart and say so by an empty list.
/// </summary>
internal static class SkillCatalogue
{
    public static IReadOnlyList<SkillArea> Areas { get; } =
    [
        new("policy", "Policy and strategy"),
        new("law", "Legislation and criminal justice"),
        new("forensics", "Investigation and digital forensics"),
        new("incident", "Incident response and CERT operations"),
        new("intel", "Threat intelligence"),
        new("infrastructure", "Critical-infrastructure protection"),
        new("awareness", "Awareness and education"),
        new("cooperation", "International cooperation"),
    ];

    private const string PolicyPlanning = "Cybersecurity Policy and Planning";
    private const string LegalAdvice = "Cybersecurity Legal Advice";
    private const string Instruction = "Cybersecurity Instruction";
    private const string CybercrimeInvestigation = "Cybercrime Investigation";
    private const string DigitalEvidence = "Digital Evidence Analysis";
    private const string IncidentResponse = "Incident Response";
    private const string DefensiveAnalysis = "Defensive Cybersecurity";
    private const string ThreatAnalysis = "Threat Analysis";
    private const string RiskManagement = "Systems Security Management";
    private const string Ot = "Operational Technology (OT) Cybersecurity Engineering";

    private const string Ciso = "Chief Information Security Officer (CISO)";
    private const string Legal = "Cyber Legal, Policy & Compliance Officer";
    private const string Responder = "Cyber Incident Responder";
    private const string Cti = "Cyber Threat Intelligence Specialist";
    private const string Forensic = "Digital Forensics Investigator";
    private const string Educator = "Cybersecurity Educator";
    private const string RiskManager = "Cybersecurity Risk Manager";
    private const string Auditor = "Cybersecurity Auditor";
    private const string Architect = "Cybersecurity Architect";

    public static IReadOnlyList<Skill> Skills { get; } =
    [
        Skill.Create("ncs-drafting", "policy", "Drafting a national cybersecurity strategy", [PolicyPlanning], [Ciso, Legal]),
        Skill.Create("ncs-governance", "policy", "Cybersecurity governance and institutional design", [PolicyPlanning], [Ciso]),
        Skill.Create("risk-assessment", "policy", "National cyber risk assessment", [RiskManagement], [RiskManager]),
        Skill.Create("capacity-assessment", "policy", "Capacity and maturity assessment", [PolicyPlanning], [Auditor]),
        Skill.Create("cyber-diplomacy", "policy", "Cyber diplomacy and norms of responsible state behaviour", [PolicyPlanning], [Legal]),
        Skill.Create("cybercrime-legislation", "law", "Drafting substantive cybercrime law", [LegalAdvice], [Legal]),
        Skill.Create("procedural-law", "law", "Procedural powers and electronic-evidence law", [LegalAdvice], [Legal]),
        Skill.Create("data-protection-law", "law", "Data protection and privacy law", [LegalAdvice], [Legal]),
        Skill.Create("prosecution", "law", "Prosecuting cybercrime cases", [LegalAdvice], []),
        Skill.Create("judicial-training", "law", "Training judges and prosecutors on cybercrime", [Instruction], [Educator]),
        Skill.Create("cybercrime-investigation", "forensics", "Cybercrime investigation", [CybercrimeInvestigation], [Forensic]),
        Skill.Create("computer-forensics", "forensics", "Computer and storage forensics", [DigitalEvidence], [Forensic]),
        Skill.Create("mobile-forensics", "forensics", "Mobile device forensics", [DigitalEvidence], [Forensic]),
        Skill.Create("network-forensics", "forensics", "Network forensics", [DigitalEvidence], [Forensic, Responder]),
        Skill.Create("cryptocurrency-tracing", "forensics", "Cryptocurrency tracing and virtual-asset investigation", [CybercrimeInvestigation], [Forensic]),
        Skill.Create("osint", "forensics", "Open-source intelligence for investigations", [CybercrimeInvestigation], [Cti]),
        Skill.Create("forensic-lab", "forensics", "Setting up a digital forensics laboratory", [DigitalEvidence], [Forensic]),
        Skill.Create("cert-setup", "incident", "Establishing a national CERT/CSIRT", [IncidentResponse], [Ciso, Responder]),
        Skill.Create("incident-handling", "incident", "Incident handling and coordination", [IncidentResponse], [Responder]),
        Skill.Create("malware-analysis", "incident", "Malware analysis", [DefensiveAnalysis], [Responder]),
        Skill.Create("vulnerability-coordination", "incident", "Vulnerability coordination and disclosure", [DefensiveAnalysis], [Responder]),
        Skill.Create("security-monitoring", "incident", "Security monitoring and SOC operations", [DefensiveAnalysis], [Responder, Architect]),
        Skill.Create("cti-analysis", "intel", "Cyber threat intelligence analysis", [ThreatAnalysis], [Cti]),
        Skill.Create("cti-sharing", "intel", "Information-sharing platforms (MISP, OpenCTI, STIX/TAXII)", [ThreatAnalysis], [Cti]),
        Skill.Create("threat-hunting", "intel", "Threat hunting", [DefensiveAnalysis], [Cti, Responder]),
        Skill.Create("ci-identification", "infrastructure", "Identifying critical information infrastructure", [RiskManagement], [RiskManager]),
        Skill.Create("ot-security", "infrastructure", "Industrial control system and OT security", [Ot], [Architect]),
        Skill.Create("sector-regulation", "infrastructure", "Sector cybersecurity regulation and supervision", [PolicyPlanning], [Legal, Auditor]),
        Skill.Create("crisis-exercises", "infrastructure", "National cyber crisis management and exercises", [IncidentResponse], [Ciso]),
        Skill.Create("awareness-campaigns", "awareness", "Public awareness campaigns", [Instruction], [Educator]),
        Skill.Create("curriculum-design", "awareness", "Cybersecurity curriculum and training design", [Instruction], [Educator]),
        Skill.Create("child-online-protection", "awareness", "Child online protection", [Instruction], [Educator]),
        Skill.Create("le-training", "awareness", "Training law-enforcement officers", [Instruction], [Educator]),
        Skill.Create("mla", "cooperation", "Mutual legal assistance in cybercrime matters", [LegalAdvice], [Legal]),
        Skill.Create("point-of-contact-247", "cooperation", "Running a 24/7 point of contact", [CybercrimeInvestigation], []),
        Skill.Create("provider-cooperation", "cooperation", "Cooperation with service providers on electronic evidence", [CybercrimeInvestigation], [Legal]),
        Skill.Create("joint-investigations", "cooperation", "Joint and cross-border investigations", [CybercrimeInvestigation], [Forensic]),
        Skill.Create("regional-coordination", "cooperation", "Regional coordination and programme management", [PolicyPlanning], [Ciso]),
    ];
}
