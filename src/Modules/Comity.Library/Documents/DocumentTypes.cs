using System.Text.RegularExpressions;

namespace Comity.Library.Documents;

/// <summary>The kinds of document the library holds, as stored and indexed, with their English labels (translation keys).</summary>
public static class DocumentTypes
{
    public const string Legislation = "legislation";
    public const string Strategy = "strategy";
    public const string Guide = "guide";
    public const string Training = "training";
    public const string CaseStudy = "case-study";

    public static IReadOnlyList<string> All { get; } = [Legislation, Strategy, Guide, Training, CaseStudy];

    public static string Label(string type) => type switch
    {
        Legislation => "Legislation",
        Strategy => "Strategy",
        Guide => "Guide",
        Training => "Training material",
        CaseStudy => "Case study",
        _ => type,
    };
}

/// <summary>
/// Topics the library's pages offer as choices, with English labels (translation keys). Documents may carry other topic
/// slugs too; those are shown as they are written.
/// </summary>
public static partial class LibraryTopics
{
    public const string CybercrimeLegislation = "cybercrime-legislation";
    public const string CyberStrategy = "cyber-strategy";
    public const string ElectronicEvidence = "electronic-evidence";
    public const string IncidentResponse = "incident-response";
    public const string InternationalCooperation = "international-cooperation";
    public const string CapacityBuilding = "capacity-building";
    public const string OnlineInvestigations = "online-investigations";
    public const string Ransomware = "ransomware";
    public const string FinancialFraud = "financial-fraud";
    public const string CriticalInfrastructure = "critical-infrastructure";
    public const string Awareness = "awareness";
    public const string DataProtection = "data-protection";
    public const string ChildOnlineProtection = "child-online-protection";

    public static IReadOnlyList<string> All { get; } =
    [
        CybercrimeLegislation, CyberStrategy, ElectronicEvidence, IncidentResponse, InternationalCooperation, CapacityBuilding,
        OnlineInvestigations, Ransomware, FinancialFraud, CriticalInfrastructure, Awareness, DataProtection, ChildOnlineProtection,
    ];

    public static string Label(string topic) => topic switch
    {
        CybercrimeLegislation => "Cybercrime legislation",
        CyberStrategy => "Cybersecurity strategy",
        ElectronicEvidence => "Electronic evidence",
        IncidentResponse => "Incident response",
        InternationalCooperation => "International cooperation",
        CapacityBuilding => "Capacity building",
        OnlineInvestigations => "Online investigations",
        Ransomware => "Ransomware",
        FinancialFraud => "Financial fraud",
        CriticalInfrastructure => "Critical infrastructure",
        Awareness => "Awareness",
        DataProtection => "Data protection",
        ChildOnlineProtection => "Child online protection",
        _ => topic,
    };

    /// <summary>Whether <paramref name="topic"/> is written as a topic slug: lower-case letters and digits, joined by single hyphens.</summary>
    public static bool IsSlug(string topic) => SlugPattern().IsMatch(topic);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
