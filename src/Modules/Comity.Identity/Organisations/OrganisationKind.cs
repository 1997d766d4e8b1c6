namespace Comity.Identity.Organisations;

public enum OrganisationKind
{
    RegionalCentre,
    NationalCert,
    LawEnforcementUnit,
    ProsecutionService,
    Ministry,
    Regulator,
    InternationalOrganisation,
    PrivateSector,
    Academia,
}

public static class OrganisationKinds
{
    public static string Title(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.RegionalCentre => "Regional cybercrime centre",
        OrganisationKind.NationalCert => "National CERT / CSIRT",
        OrganisationKind.LawEnforcementUnit => "Law-enforcement cybercrime unit",
        OrganisationKind.ProsecutionService => "Prosecution service",
        OrganisationKind.Ministry => "Ministry",
        OrganisationKind.Regulator => "Regulator",
        OrganisationKind.InternationalOrganisation => "International organisation",
        OrganisationKind.PrivateSector => "Private-sector partner",
        OrganisationKind.Academia => "Academia",
        _ => kind.ToString(),
    };
}
