using System.Security.Claims;
using Comity.Identity.Access;

namespace Comity.Library;

/// <summary>Who is calling, in the library's terms: anyone signed in reads; librarians add, describe and remove documents and curate toolkits.</summary>
public sealed record LibraryCaller(Guid? UserId, string Name, bool IsLibrarian)
{
    /// <summary>The roles that look after the library: a centre's coordinator and the platform's administrator.</summary>
    public static IReadOnlyList<Role> LibrarianRoles { get; } = [Role.CentreCoordinator, Role.PlatformAdministrator];

    public static LibraryCaller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new LibraryCaller(user.UserId(), user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            LibrarianRoles.Any(user.Has));
    }

    /// <summary>The demo seed and other work done by the system itself.</summary>
    public static LibraryCaller System { get; } = new(null, "Comity", true);
}
