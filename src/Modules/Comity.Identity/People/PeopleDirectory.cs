using Comity.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.People;

public sealed record PersonSummary(Guid Id, string Email, string DisplayName, Guid? ActiveOrganisationId);

/// <summary>What other modules may ask about people, without touching Identity's tables.</summary>
public interface IPeopleDirectory
{
    Task<PersonSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<PersonSummary?> GetAsync(Guid id, CancellationToken cancellationToken);
}

internal sealed class PeopleDirectory(IdentityDb db) : IPeopleDirectory
{
    public Task<PersonSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new PersonSummary(u.Id, u.Email!, u.DisplayName, u.ActiveOrganisationId)).SingleOrDefaultAsync(cancellationToken);
    }

    public Task<PersonSummary?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new PersonSummary(u.Id, u.Email!, u.DisplayName, u.ActiveOrganisationId)).SingleOrDefaultAsync(cancellationToken);
}
