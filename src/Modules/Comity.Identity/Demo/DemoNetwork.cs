using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Identity.Demo;

/// <summary>A synthetic network for demonstrations and tests. Every name and address here is invented.</summary>
public static class DemoNetwork
{
    /// <summary>One passphrase for every demo account; the README and the start-up log show it.</summary>
    public const string Password = "network-demo-passphrase";

    public sealed record Centre(string Name, string ShortName, string HomeCountry, string[] Countries);

    public sealed record Member(string Name, string ShortName, OrganisationKind Kind, string HomeCountry);

    public sealed record Account(string Email, string DisplayName, Role Role, string OrganisationShortName);

    public static IReadOnlyList<Centre> Centres { get; } =
    [
        new("Eastern and Southern Africa Regional Cybercrime Centre", "ESA-RCC", "KE",
            ["KE", "UG", "TZ", "RW", "ET", "ZM", "MW", "MZ", "BW", "NA"]),
        new("West Africa Regional Cybercrime Centre", "WA-RCC", "GH", ["GH", "NG", "SN", "CI", "BJ", "TG", "SL", "LR"]),
        new("Asia-Pacific Regional Cybercrime Centre", "AP-RCC", "MY", ["MY", "ID", "PH", "VN", "TH", "KH", "LA", "FJ", "PG"]),
        new("Latin America and Caribbean Regional Cybercrime Centre", "LAC-RCC", "CR", ["CR", "PA", "DO", "JM", "TT", "CO", "PE", "GT"]),
    ];

    public static IReadOnlyList<Member> Members { get; } =
    [
        new("Kenya National CERT (demo)", "KE-CERT", OrganisationKind.NationalCert, "KE"),
        new("Kenya Police Cybercrime Unit (demo)", "KE-CCU", OrganisationKind.LawEnforcementUnit, "KE"),
        new("Uganda Ministry of ICT (demo)", "UG-MICT", OrganisationKind.Ministry, "UG"),
        new("Uganda National CERT (demo)", "UG-CERT", OrganisationKind.NationalCert, "UG"),
        new("Rwanda Office of Public Prosecution, Cybercrime Desk (demo)", "RW-PROS", OrganisationKind.ProsecutionService, "RW"),
        new("Zambia Communications Regulator (demo)", "ZM-REG", OrganisationKind.Regulator, "ZM"),
        new("Ghana National CERT (demo)", "GH-CERT", OrganisationKind.NationalCert, "GH"),
        new("Nigeria Police Cybercrime Centre (demo)", "NG-CCC", OrganisationKind.LawEnforcementUnit, "NG"),
        new("Senegal Ministry of Digital Economy (demo)", "SN-MDE", OrganisationKind.Ministry, "SN"),
        new("University of Accra Cyber Lab (demo)", "UA-LAB", OrganisationKind.Academia, "GH"),
        new("Malaysia Cyber Response Team (demo)", "MY-CERT", OrganisationKind.NationalCert, "MY"),
        new("Philippines Cybercrime Investigation Unit (demo)", "PH-CIU", OrganisationKind.LawEnforcementUnit, "PH"),
        new("Fiji Ministry of Communications (demo)", "FJ-MOC", OrganisationKind.Ministry, "FJ"),
        new("Viet Nam Computer Emergency Team (demo)", "VN-CERT", OrganisationKind.NationalCert, "VN"),
        new("Costa Rica CSIRT (demo)", "CR-CSIRT", OrganisationKind.NationalCert, "CR"),
        new("Colombia Police Cyber Centre (demo)", "CO-CCP", OrganisationKind.LawEnforcementUnit, "CO"),
        new("Jamaica Ministry of Science and Technology (demo)", "JM-MST", OrganisationKind.Ministry, "JM"),
        new("Peru Public Prosecutor, Cybercrime Unit (demo)", "PE-PROS", OrganisationKind.ProsecutionService, "PE"),
        new("Global Forum on Cyber Resilience (demo)", "GFCR", OrganisationKind.InternationalOrganisation, "CH"),
        new("SecureNet Telecom (demo)", "SNT", OrganisationKind.PrivateSector, "ZA"),
    ];

    public static IReadOnlyList<Account> Accounts { get; } =
    [
        new("admin@comity.example", "Amina Odhiambo", Role.PlatformAdministrator, "ESA-RCC"),
        new("coordinator@comity.example", "Joseph Mwangi", Role.CentreCoordinator, "ESA-RCC"),
        new("analyst@comity.example", "Grace Wanjiru", Role.Analyst, "KE-CERT"),
        new("focalpoint@comity.example", "David Okello", Role.CountryFocalPoint, "UG-MICT"),
        new("expert@comity.example", "Ama Mensah", Role.Expert, "UA-LAB"),
        new("campaigns@comity.example", "Layla Haddad", Role.CampaignManager, "ESA-RCC"),
    ];
}
