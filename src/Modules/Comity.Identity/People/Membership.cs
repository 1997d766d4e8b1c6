using Comity.Identity.Access;

namespace Comity.Identity.People;

/// <summary>A person's role in one organisation.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Role Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Membership Create(Guid userId, Guid organisationId, Role role, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), UserId = userId, OrganisationId = organisationId, Role = role, CreatedAt = now };
}
