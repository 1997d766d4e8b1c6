using System.Net.Mail;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Geography;
using Comity.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Comity.Identity.Organisations;

/// <summary>The body of a create or update request; <c>kind</c> is one of <see cref="OrganisationKind"/>.</summary>
public sealed record OrganisationRequest(
    string? Name,
    string? ShortName,
    OrganisationKind? Kind,
    string? HomeCountry,
    string? Website,
    string? ContactEmail,
    IReadOnlyList<string>? CoveredCountries);

/// <summary>Creates an organisation, or updates one, after checking every field.</summary>
public static class SaveOrganisation
{
    public static async Task<Outcome<OrganisationResponse>> CreateAsync(OrganisationRequest request, IdentityDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = Validate(request, out var details);
        if (!validation.IsValid)
        {
            return validation;
        }
        if (await db.Organisations.AnyAsync(o => o.Name == details!.Name, cancellationToken))
        {
            return Outcome<OrganisationResponse>.Invalid("name", "Another organisation already has this name.");
        }
        var organisation = Organisation.Create(details!, clock.GetUtcNow());
        db.Organisations.Add(organisation);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("organisation.created", "organisation", organisation.Id.ToString(),
            $"{organisation.Name} ({organisation.Kind.Title()}, {organisation.HomeCountry})"), cancellationToken);
        return Outcome<OrganisationResponse>.Ok(organisation.ToResponse());
    }

    public static async Task<Outcome<OrganisationResponse>> UpdateAsync(Guid id, OrganisationRequest request, IdentityDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return Outcome<OrganisationResponse>.NotFound();
        }
        var validation = Validate(request, out var details);
        if (!validation.IsValid)
        {
            return validation;
        }
        if (await db.Organisations.AnyAsync(o => o.Name == details!.Name && o.Id != id, cancellationToken))
        {
            return Outcome<OrganisationResponse>.Invalid("name", "Another organisation already has this name.");
        }
        organisation.Update(details!, clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("organisation.updated", "organisation", id.ToString(), organisation.Name), cancellationToken);
        return Outcome<OrganisationResponse>.Ok(organisation.ToResponse());
    }

    public static async Task<Outcome<OrganisationResponse>> SetActiveAsync(Guid id, bool active, IdentityDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return Outcome<OrganisationResponse>.NotFound();
        }
        if (organisation.IsActive != active)
        {
            organisation.SetActive(active, clock.GetUtcNow());
            await db.SaveChangesAuditedAsync(audit, new AuditEvent(active ? "organisation.reactivated" : "organisation.deactivated",
                "organisation", id.ToString(), organisation.Name), cancellationToken);
        }
        return Outcome<OrganisationResponse>.Ok(organisation.ToResponse());
    }

    internal static Validation Validate(OrganisationRequest request, out OrganisationDetails? details)
    {
        var v = new Validation()
            .Required(request.Name, "name", Organisation.NameMax)
            .MaxLength(request.ShortName, "shortName", Organisation.ShortNameMax)
            .Require(request.Kind is not null && Enum.IsDefined(request.Kind.Value), "kind",
                $"Choose one of: {string.Join(", ", Enum.GetNames<OrganisationKind>())}.")
            .Require(Countries.Exists(request.HomeCountry), "homeCountry", "Give the home country as an ISO 3166-1 alpha-2 code, such as KE.")
            .MaxLength(request.Website, "website", Organisation.WebsiteMax)
            .MaxLength(request.ContactEmail, "contactEmail", Organisation.EmailMax);
        if (!string.IsNullOrWhiteSpace(request.Website)
            && !(Uri.TryCreate(request.Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            v.Add("website", "Give a full http or https address.");
        }
        if (!string.IsNullOrWhiteSpace(request.ContactEmail) && !MailAddress.TryCreate(request.ContactEmail.Trim(), out _))
        {
            v.Add("contactEmail", "This is not an e-mail address.");
        }
        var covered = request.CoveredCountries ?? [];
        var unknown = covered.Where(c => !Countries.Exists(c)).ToList();
        v.Require(unknown.Count == 0, "coveredCountries", $"Unknown country codes: {string.Join(", ", unknown.Take(10))}.");
        v.Require(covered.Count <= 300, "coveredCountries", "A centre covers at most 300 countries.");
        v.Require(covered.Count == 0 || request.Kind == OrganisationKind.RegionalCentre, "coveredCountries",
            "Only a regional centre covers countries.");
        details = v.IsValid
            ? new OrganisationDetails(request.Name!, request.ShortName, request.Kind!.Value, request.HomeCountry!, request.Website,
                request.ContactEmail, covered)
            : null;
        return v;
    }
}
