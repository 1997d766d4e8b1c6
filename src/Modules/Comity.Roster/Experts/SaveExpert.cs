using Comity.Identity.Audit;
using Comity.Identity.Geography;
using Comity.Kernel;
using Comity.Roster.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Experts;

public sealed record ExpertRequest(
    string? Name,
    string? Email,
    List<string>? Nationalities,
    string? ResidenceCountry,
    Guid? EmployerOrganisationId,
    string? EmployerName,
    string? EmployerCountry,
    double? UtcOffsetHours,
    List<ExpertLanguage>? Languages,
    List<ExpertSkill>? Skills,
    List<BlockedPeriod>? BlockedPeriods,
    int? NoticeDays,
    bool? AcceptsRemote,
    bool? AcceptsOnSite,
    int? YearlyCap,
    bool? NetworkVisible);

public sealed record VettingRequest(VettingStatus? Status, DateOnly? Expires);

/// <summary>Adds experts to a centre's roster, lets them or their coordinator keep the profile, and records vetting.</summary>
public static class SaveExpert
{
    public static async Task<Outcome<ExpertResponse>> CreateAsync(RosterCaller caller, ExpertRequest request, Guid? accountId, RosterDb db,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.CoordinatedCentre is not { } centre)
        {
            return Outcome<ExpertResponse>.Forbidden();
        }
        var (v, profile) = await ValidateAsync(request, db, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        if (await db.Experts.AnyAsync(e => e.CentreId == centre && e.Email == profile!.Email, cancellationToken))
        {
            return Outcome<ExpertResponse>.Invalid("email", "An expert with this e-mail address is already on your roster.");
        }
        var expert = Expert.Create(centre, profile!, clock.GetUtcNow());
        if (accountId is { } user)
        {
            expert.LinkAccount(user);
        }
        db.Experts.Add(expert);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("expert.added", "expert", expert.Id.ToString(), expert.Name), cancellationToken);
        return Outcome<ExpertResponse>.Ok(await FindExperts.ToResponseAsync(expert, db, cancellationToken));
    }

    public static async Task<Outcome<ExpertResponse>> UpdateAsync(RosterCaller caller, Guid id, ExpertRequest request, RosterDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (expert is null || !(expert.CentreId == caller.CoordinatedCentre || (expert.UserId == caller.UserId && caller.IsExpert)))
        {
            return Outcome<ExpertResponse>.NotFound();
        }
        var (v, profile) = await ValidateAsync(request, db, cancellationToken);
        if (!v.IsValid)
        {
            return v;
        }
        expert.Update(profile!, clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("expert.updated", "expert", id.ToString(), expert.Name), cancellationToken);
        return Outcome<ExpertResponse>.Ok(await FindExperts.ToResponseAsync(expert, db, cancellationToken));
    }

    public static async Task<Outcome<ExpertResponse>> VetAsync(RosterCaller caller, Guid id, VettingRequest request, RosterDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (expert is null || expert.CentreId != caller.CoordinatedCentre)
        {
            return Outcome<ExpertResponse>.NotFound();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var v = new Validation()
            .Require(request.Status is not null && Enum.IsDefined(request.Status.Value), "status",
                $"Choose one of: {string.Join(", ", Enum.GetNames<VettingStatus>())}.")
            .Require(request.Status != VettingStatus.Vetted || request.Expires > today, "expires", "A vetting needs an expiry date in the future.");
        if (!v.IsValid)
        {
            return v;
        }
        expert.SetVetting(request.Status!.Value, request.Expires, clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("expert.vetting-changed", "expert", id.ToString(),
            $"{expert.Vetting}{(expert.VettingExpires is { } e ? $" until {e:yyyy-MM-dd}" : "")}"), cancellationToken);
        return Outcome<ExpertResponse>.Ok(await FindExperts.ToResponseAsync(expert, db, cancellationToken));
    }

    internal static async Task<(Validation, ExpertProfile?)> ValidateAsync(ExpertRequest r, RosterDb db, CancellationToken cancellationToken)
    {
        var v = new Validation()
            .Required(r.Name, "name", Expert.NameMax)
            .Required(r.Email, "email", 254)
            .Require(r.Email is null || System.Net.Mail.MailAddress.TryCreate(r.Email.Trim(), out _), "email", "This is not an e-mail address.")
            .Require(r.Nationalities is { Count: > 0 and <= 5 } && r.Nationalities.All(Countries.Exists), "nationalities",
                "Give one to five nationalities as ISO 3166-1 alpha-2 codes.")
            .Require(Countries.Exists(r.ResidenceCountry), "residenceCountry", "Give the country of residence as an ISO 3166-1 alpha-2 code.")
            .Require(string.IsNullOrWhiteSpace(r.EmployerCountry) || Countries.Exists(r.EmployerCountry), "employerCountry",
                "Give the employer's country as an ISO 3166-1 alpha-2 code.")
            .MaxLength(r.EmployerName, "employerName", 200)
            .Require(r.UtcOffsetHours is >= -12 and <= 14, "utcOffsetHours", "Give the usual offset from UTC, between -12 and 14 hours.")
            .Require(r.NoticeDays is >= 0 and <= 365, "noticeDays", "Give a notice period of 0 to 365 days.")
            .Require(r.YearlyCap is >= 0 and <= 24, "yearlyCap", "Give a yearly cap of 0 to 24 deployments.")
            .Require(r.AcceptsRemote == true || r.AcceptsOnSite == true, "acceptsRemote", "Accept remote work, on-site work, or both.")
            .Require(r.Languages is { Count: > 0 and <= 20 }, "languages", "Give one to twenty languages.")
            .Require(r.Skills is { Count: > 0 and <= 40 }, "skills", "Give one to forty skills.")
            .Require((r.BlockedPeriods?.Count ?? 0) <= 100, "blockedPeriods", "Give at most 100 blocked periods.");
        foreach (var language in r.Languages ?? [])
        {
            v.Require(IsLanguageCode(language.Language) && Enum.IsDefined(language.Speaking) && Enum.IsDefined(language.Reading)
                && Enum.IsDefined(language.Writing), "languages", "Each language needs an ISO 639-1 code (such as fr) and CEFR levels A1 to C2.");
        }
        var codes = (r.Skills ?? []).Select(s => s.Skill).ToList();
        var known = await db.Skills.Where(s => codes.Contains(s.Code) && s.IsActive).Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var skill in r.Skills ?? [])
        {
            v.Require(known.Contains(skill.Skill), "skills", $"'{skill.Skill}' is not an active skill in the taxonomy.")
                .Require(Enum.IsDefined(skill.Level), "skills", "Skill levels are Foundation, Practitioner, Advanced or Authority.")
                .MaxLength(skill.Evidence, "skills", 500);
        }
        foreach (var period in r.BlockedPeriods ?? [])
        {
            v.Require(period.Start <= period.End, "blockedPeriods", "A blocked period must end on or after its start.");
        }
        if (!v.IsValid)
        {
            return (v, null);
        }
        return (v, new ExpertProfile(r.Name!, r.Email!, r.Nationalities!, r.ResidenceCountry!, r.EmployerOrganisationId, r.EmployerName,
            r.EmployerCountry, r.UtcOffsetHours!.Value, r.Languages!.Select(l => l with { Language = l.Language.ToLowerInvariant() }).ToList(),
            r.Skills!, r.BlockedPeriods ?? [], r.NoticeDays!.Value, r.AcceptsRemote ?? false, r.AcceptsOnSite ?? false, r.YearlyCap!.Value,
            r.NetworkVisible ?? false));
    }

    private static bool IsLanguageCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetter);
}
