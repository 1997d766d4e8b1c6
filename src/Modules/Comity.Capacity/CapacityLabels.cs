using Comity.Capacity.Model;
using Comity.Roster;
using Comity.Roster.Requests;

namespace Comity.Capacity;

/// <summary>English labels (also the translation keys) for the statuses the capacity pages show besides stages and answers.</summary>
public static class CapacityLabels
{
    public static string Label(this ModelStatus status) => status switch
    {
        ModelStatus.Draft => "Draft",
        ModelStatus.Published => "Published",
        _ => status.ToString(),
    };

    /// <summary>A roster request's status as the roster reports it (its enumeration's name), as the roster pages word it.</summary>
    public static string RequestStatus(string status) => Enum.TryParse<RequestStatus>(status, out var known) ? known.Label() : status;
}
