using Microsoft.AspNetCore.Identity;

namespace Comity.Identity.People;

/// <summary>A person with an account. What they may do comes from their memberships.</summary>
public sealed class ComityUser : IdentityUser<Guid>
{
    public const int DisplayNameMax = 120;

    public string DisplayName { get; set; } = "";

    /// <summary>The organisation the person acts for when they have several memberships.</summary>
    public Guid? ActiveOrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
