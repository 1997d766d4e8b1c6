using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Organisations;

namespace Comity.Hygiene;

/// <summary>A moderator: the organisation whose report queue they work, when it is a national CERT or a regional centre.</summary>
public sealed class HygieneCallers(IOrganisationDirectory organisations)
{
    public async Task<OrganisationResponse?> QueueOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.OrganisationId() is not { } id || await organisations.GetAsync(id, cancellationToken) is not { } organisation)
        {
            return null;
        }
        return organisation.Kind is OrganisationKind.NationalCert or OrganisationKind.RegionalCentre ? organisation : null;
    }
}
