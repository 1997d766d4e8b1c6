using Comity.Identity.Access;
using Comity.Identity.Notifications;
using Comity.Roster.Requests;

namespace Comity.Roster.Deployments;

/// <summary>
/// Who hears about each step of a deployment. Sent after the step is committed, without the request's cancellation
/// token: a caller who hangs up after the change must not cost the others their notification.
/// </summary>
internal static class RosterNotices
{
    public static async Task OffersAsync(INotifications notifications, AssistanceRequest request, IReadOnlyList<Guid> experts)
    {
        foreach (var expert in experts)
        {
            await notifications.SendAsync(expert, $"Offer: {request.Title}",
                $"Your regional centre offers you a deployment for \"{request.Title}\" in {Comity.Identity.Geography.Countries.NameOf(request.Country)}, "
                + $"between {request.EarliestStart:yyyy-MM-dd} and {request.LatestEnd:yyyy-MM-dd} ({request.DurationDays} days of work). "
                + "Accept it, or decline it with a reason, on your roster page.",
                "/roster/mine", CancellationToken.None);
        }
    }

    /// <summary>Tells the centre's coordinators that an expert accepted, or declined with <paramref name="declineReason"/>.</summary>
    public static Task AnsweredAsync(INotifications notifications, AssistanceRequest request, string expert, string? declineReason) =>
        notifications.SendToRoleAsync(request.CentreId, Role.CentreCoordinator,
            declineReason is null ? $"{expert} accepted: {request.Title}" : $"{expert} declined: {request.Title}",
            declineReason is null
                ? $"{expert} accepted the offer for \"{request.Title}\"."
                : $"{expert} declined the offer for \"{request.Title}\": {declineReason} The request is back in matching without them.",
            $"/roster/requests/{request.Id}", CancellationToken.None);

    public static async Task StaffedAsync(INotifications notifications, AssistanceRequest request)
    {
        var subject = $"Staffed: {request.Title}";
        var body = $"Every expert for \"{request.Title}\" has accepted. The centre will start the deployment from {request.EarliestStart:yyyy-MM-dd}.";
        var link = $"/roster/requests/{request.Id}";
        await notifications.SendToRoleAsync(request.RequestingOrganisationId, Role.CountryFocalPoint, subject, body, link, CancellationToken.None);
        await notifications.SendToRoleAsync(request.CentreId, Role.CentreCoordinator, subject, body, link, CancellationToken.None);
    }
}
