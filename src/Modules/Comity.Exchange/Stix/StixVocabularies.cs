namespace Comity.Exchange.Stix;

/// <summary>The open vocabularies (warnings) and closed enumerations (errors) of STIX 2.1 §10, as listed in the OASIS JSON schemas.</summary>
internal static class StixVocabularies
{
    public static readonly VocabRule AttackMotivation = new("attack-motivation-ov", false,
        "accidental", "coercion", "dominance", "ideology", "notoriety", "organizational-gain", "personal-gain",
        "personal-satisfaction", "revenge", "unpredictable");

    public static readonly VocabRule AttackResourceLevel = new("attack-resource-level-ov", false,
        "individual", "club", "contest", "team", "organization", "government");

    public static readonly VocabRule GroupingContext = new("grouping-context-ov", false,
        "suspicious-activity", "malware-analysis", "unspecified");

    public static readonly VocabRule IdentityClass = new("identity-class-ov", false,
        "individual", "group", "system", "organization", "class", "unknown");

    public static readonly VocabRule ImplementationLanguage = new("implementation-language-ov", false,
        "applescript", "bash", "c", "c++", "c#", "go", "java", "javascript", "lua", "objective-c", "perl", "php",
        "powershell", "python", "ruby", "scala", "swift", "typescript", "visual-basic", "x86-32", "x86-64");

    public static readonly VocabRule IndicatorType = new("indicator-type-ov", false,
        "anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown");

    public static readonly VocabRule IndustrySector = new("industry-sector-ov", false,
        "agriculture", "aerospace", "automotive", "chemical", "commercial", "communications", "construction", "defense",
        "education", "energy", "engineering", "entertainment", "financial-services", "government",
        "emergency-services", "government-local", "government-national", "government-public-services",
        "government-regional", "healthcare", "hospitality-leisure", "infrastructure", "dams", "nuclear", "water",
        "insurance", "manufacturing", "mining", "non-profit", "pharmaceuticals", "retail", "technology",
        "telecommunications", "transportation", "utilities");

    public static readonly VocabRule InfrastructureType = new("infrastructure-type-ov", false,
        "amplification", "anonymization", "botnet", "command-and-control", "control-system", "exfiltration",
        "firewall", "hosting-malware", "hosting-target-lists", "phishing", "reconnaissance", "routers-switches",
        "staging", "workstation", "unknown");

    public static readonly VocabRule MalwareResult = new("malware-result-ov", false,
        "malicious", "suspicious", "benign", "unknown");

    public static readonly VocabRule MalwareCapabilities = new("malware-capabilities-ov", false,
        "accesses-remote-machines", "anti-debugging", "anti-disassembly", "anti-emulation", "anti-memory-forensics",
        "anti-sandbox", "anti-vm", "captures-input-peripherals", "captures-output-peripherals",
        "captures-system-state-data", "cleans-traces-of-infection", "commits-fraud", "communicates-with-c2",
        "compromises-data-availability", "compromises-data-integrity", "compromises-system-availability",
        "controls-local-machine", "degrades-security-software", "degrades-system-updates", "determines-c2-server",
        "emails-spam", "escalates-privileges", "evades-av", "exfiltrates-data", "fingerprints-host", "hides-artifacts",
        "hides-executing-code", "infects-files", "infects-remote-machines", "installs-other-components",
        "persists-after-system-reboot", "prevents-artifact-access", "prevents-artifact-deletion",
        "probes-network-environment", "self-modifies", "steals-authentication-credentials",
        "violates-system-operational-integrity");

    public static readonly VocabRule MalwareType = new("malware-type-ov", false,
        "adware", "backdoor", "bot", "bootkit", "ddos", "downloader", "dropper", "exploit-kit", "keylogger",
        "ransomware", "remote-access-trojan", "resource-exploitation", "rogue-security-software", "rootkit",
        "screen-capture", "spyware", "trojan", "unknown", "virus", "webshell", "wiper", "worm");

    public static readonly VocabRule PatternType = new("pattern-type-ov", false,
        "stix", "pcre", "sigma", "snort", "suricata", "yara");

    public static readonly VocabRule ProcessorArchitecture = new("processor-architecture-ov", false,
        "alpha", "arm", "ia-64", "mips", "powerpc", "sparc", "x86", "x86-64");

    // The OASIS schema merges "central-america northern-america" and "europe eastern-europe" into single entries, a typo;
    // the specification lists them separately.
    public static readonly VocabRule Region = new("region-ov", false,
        "africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa",
        "americas", "latin-america-caribbean", "south-america", "caribbean", "central-america", "northern-america",
        "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia", "western-asia",
        "europe", "eastern-europe", "northern-europe", "southern-europe", "western-europe",
        "oceania", "australia-new-zealand", "melanesia", "micronesia", "polynesia", "antarctica");

    public static readonly VocabRule ReportType = new("report-type-ov", false,
        "attack-pattern", "campaign", "identity", "indicator", "intrusion-set", "malware", "observed-data",
        "threat-actor", "threat-report", "tool", "vulnerability");

    public static readonly VocabRule ThreatActorType = new("threat-actor-type-ov", false,
        "activist", "competitor", "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled",
        "nation-state", "sensationalist", "spy", "terrorist", "unknown");

    public static readonly VocabRule ThreatActorRole = new("threat-actor-role-ov", false,
        "agent", "director", "independent", "infrastructure-architect", "infrastructure-operator", "malware-author",
        "sponsor");

    public static readonly VocabRule ThreatActorSophistication = new("threat-actor-sophistication-ov", false,
        "none", "minimal", "intermediate", "advanced", "expert", "innovator", "strategic");

    public static readonly VocabRule ToolType = new("tool-type-ov", false,
        "denial-of-service", "exploitation", "information-gathering", "network-capture", "credential-exploitation",
        "remote-access", "vulnerability-scanning", "unknown");

    public static readonly VocabRule AccountType = new("account-type-ov", false,
        "facebook", "ldap", "nis", "openid", "radius", "skype", "tacacs", "twitter", "unix", "windows-local",
        "windows-domain");

    public static readonly VocabRule WindowsPeBinaryType = new("windows-pebinary-type-ov", false, "dll", "exe", "sys");

    public static readonly VocabRule MarkingDefinitionType = new("marking definition types", false, "statement", "tlp");

    // Closed enumerations.
    public static readonly VocabRule Opinion = new("opinion-enum", true,
        "strongly-disagree", "disagree", "neutral", "agree", "strongly-agree");

    public static readonly VocabRule EncryptionAlgorithm = new("encryption-algorithm-enum", true,
        "AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated");

    public static readonly VocabRule ExtensionType = new("extension-type-enum", true,
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension");

    public static readonly VocabRule NetworkSocketAddressFamily = new("network-socket-address-family-enum", true,
        "AF_UNSPEC", "AF_INET", "AF_IPX", "AF_APPLETALK", "AF_NETBIOS", "AF_INET6", "AF_IRDA", "AF_BTH");

    public static readonly VocabRule NetworkSocketType = new("network-socket-type-enum", true,
        "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET");

    public static readonly VocabRule WindowsIntegrityLevel = new("windows-integrity-level-enum", true,
        "low", "medium", "high", "system");

    public static readonly VocabRule WindowsServiceStartType = new("windows-service-start-type-enum", true,
        "SERVICE_AUTO_START", "SERVICE_BOOT_START", "SERVICE_DEMAND_START", "SERVICE_DISABLED", "SERVICE_SYSTEM_ALERT");

    public static readonly VocabRule WindowsServiceType = new("windows-service-type-enum", true,
        "SERVICE_KERNEL_DRIVER", "SERVICE_FILE_SYSTEM_DRIVER", "SERVICE_WIN32_OWN_PROCESS", "SERVICE_WIN32_SHARE_PROCESS");

    public static readonly VocabRule WindowsServiceStatus = new("windows-service-status-enum", true,
        "SERVICE_CONTINUE_PENDING", "SERVICE_PAUSE_PENDING", "SERVICE_PAUSED", "SERVICE_RUNNING",
        "SERVICE_START_PENDING", "SERVICE_STOP_PENDING", "SERVICE_STOPPED");

    public static readonly VocabRule WindowsRegistryDatatype = new("windows-registry-datatype-enum", true,
        "REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN",
        "REG_DWORD_LITTLE_ENDIAN", "REG_LINK", "REG_MULTI_SZ", "REG_RESOURCE_LIST", "REG_FULL_RESOURCE_DESCRIPTION",
        "REG_RESOURCE_REQUIREMENTS_LIST", "REG_QWORD", "REG_INVALID_TYPE");
}
