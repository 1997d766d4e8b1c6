using Comity.Identity.Access;
using Microsoft.AspNetCore.Http;
using System.Security.Claims;

namespace Comity.Identity.Audit;

/// <summary>Who is acting: a signed-in person, an API key's owner, the CLI or the system itself.</summary>
public sealed record Actor(Guid? UserId, string Name, Guid? OrganisationId, string? SourceAddress)
{
    public static Actor System { get; } = new(null, "system", null, null);

    public static Actor Anonymous(string? sourceAddress) => new(null, "anonymous", null, sourceAddress);
}

/// <summary>Finds the current actor: from the HTTP request when there is one, otherwise the system (CLI, jobs).</summary>
public interface ICurrentActor
{
    Actor Actor { get; }
}

internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Actor Actor
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return Actor.System;
            }
            var address = http.Connection.RemoteIpAddress?.ToString();
            var user = http.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return Actor.Anonymous(address);
            }
            return new Actor(user.UserId(), user.FindFirstValue(ClaimTypes.Name) ?? "unknown", user.OrganisationId(), address);
        }
    }
}
