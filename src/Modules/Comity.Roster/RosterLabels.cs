using Comity.Roster.Requests;

namespace Comity.Roster;

/// <summary>English labels (also the translation keys) for the roster's enumerations.</summary>
public static class RosterLabels
{
    public static string Label(this DeploymentModality modality) => modality switch
    {
        DeploymentModality.OnSite => "On site",
        DeploymentModality.Remote => "Remote",
        _ => "Remote or on site",
    };

    public static string Label(this RequestStatus status) => status switch
    {
        RequestStatus.InProgress => "In progress",
        _ => status.ToString(),
    };
}
