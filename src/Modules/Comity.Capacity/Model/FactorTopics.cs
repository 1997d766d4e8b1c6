using Comity.Library.Documents;

namespace Comity.Capacity.Model;

/// <summary>
/// Which library topics help with a factor of the maturity model, so that each gap can list matching library documents.
/// Factors of the starter model are mapped one by one; a factor added in a later model version falls back to its dimension.
/// </summary>
public static class FactorTopics
{
    private static readonly Dictionary<string, string[]> ByFactor = new(StringComparer.Ordinal)
    {
        ["policy.strategy"] = [LibraryTopics.CyberStrategy],
        ["policy.incident"] = [LibraryTopics.IncidentResponse],
        ["policy.critical"] = [LibraryTopics.CriticalInfrastructure, LibraryTopics.IncidentResponse],
        ["policy.crisis"] = [LibraryTopics.IncidentResponse, LibraryTopics.CyberStrategy],
        ["culture.mindset"] = [LibraryTopics.Awareness],
        ["culture.trust"] = [LibraryTopics.Awareness, LibraryTopics.DataProtection],
        ["culture.privacy"] = [LibraryTopics.DataProtection, LibraryTopics.ChildOnlineProtection],
        ["culture.reporting"] = [LibraryTopics.FinancialFraud, LibraryTopics.Awareness],
        ["knowledge.awareness"] = [LibraryTopics.Awareness, LibraryTopics.CapacityBuilding],
        ["knowledge.education"] = [LibraryTopics.CapacityBuilding],
        ["knowledge.training"] = [LibraryTopics.CapacityBuilding, LibraryTopics.OnlineInvestigations],
        ["knowledge.research"] = [LibraryTopics.Ransomware, LibraryTopics.IncidentResponse],
        ["legal.related"] = [LibraryTopics.CybercrimeLegislation, LibraryTopics.DataProtection],
        ["legal.capacity"] = [LibraryTopics.ElectronicEvidence, LibraryTopics.OnlineInvestigations],
        ["legal.cooperation"] = [LibraryTopics.InternationalCooperation],
        ["standards.adherence"] = [LibraryTopics.CriticalInfrastructure],
        ["standards.controls"] = [LibraryTopics.IncidentResponse],
        ["standards.resilience"] = [LibraryTopics.CriticalInfrastructure, LibraryTopics.IncidentResponse],
        ["standards.disclosure"] = [LibraryTopics.IncidentResponse],
    };

    private static readonly Dictionary<string, string[]> ByDimension = new(StringComparer.Ordinal)
    {
        ["policy"] = [LibraryTopics.CyberStrategy],
        ["culture"] = [LibraryTopics.Awareness],
        ["knowledge"] = [LibraryTopics.CapacityBuilding],
        ["legal"] = [LibraryTopics.CybercrimeLegislation],
        ["standards"] = [LibraryTopics.IncidentResponse],
    };

    public static IReadOnlyList<string> Of(string dimension, string factor) =>
        ByFactor.TryGetValue(factor, out var topics) ? topics : ByDimension.GetValueOrDefault(dimension) ?? [];
}
