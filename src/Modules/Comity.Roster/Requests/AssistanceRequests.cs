using System.Security.Claims;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Requests;

/// <summary>A draft request that another module prepares for a focal point, who reviews and sends it on the roster.</summary>
public sealed record RequestDraft(string Title, string Description, IReadOnlyList<string> Skills, string CapacityGap);

/// <summary>A request's state as other modules may see it.</summary>
public sealed record RequestState(Guid Id, string Title, string Status, bool Completed);

/// <summary>
/// What other modules (Capacity) may do with assistance requests, without touching the roster's tables:
/// draft one for the calling focal point, read back the state of requests they linked to, and name skills.
/// </summary>
public interface IAssistanceRequests
{
    /// <summary>Saves a draft request for the caller's country, through the same validation as a request filed by hand.</summary>
    Task<Outcome<RequestState>> DraftAsync(ClaimsPrincipal user, RequestDraft draft, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, RequestState>> StatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Active skill codes and their English names.</summary>
    Task<IReadOnlyDictionary<string, string>> SkillNamesAsync(CancellationToken cancellationToken);
}

internal sealed class AssistanceRequests(RosterDb db, RosterCallers callers, IOrganisationDirectory organisations, IAuditLog audit,
    TimeProvider clock) : IAssistanceRequests
{
    // Sensible starting values the focal point changes before sending: a month to prepare, a quarter to run.
    private const int LeadDays = 30;
    private const int WindowDays = 90;
    private const int DefaultDurationDays = 10;

    public async Task<Outcome<RequestState>> DraftAsync(ClaimsPrincipal user, RequestDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var caller = await callers.ForAsync(user, cancellationToken);
        var skills = await db.Skills.AsNoTracking().Where(s => draft.Skills.Contains(s.Code) && s.IsActive)
            .Select(s => new { s.Code, s.AreaCode }).ToListAsync(cancellationToken);
        if (skills.Count == 0)
        {
            return Outcome<RequestState>.Invalid("requiredSkills", "None of the factor's skills is active on the roster; file the request by hand.");
        }
        var start = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(LeadDays);
        var body = new AssistanceRequestBody(draft.Title, draft.Description,
            skills.GroupBy(s => s.AreaCode).OrderByDescending(g => g.Count()).First().Key,
            skills.Take(15).Select(s => new RequiredSkill(s.Code, Proficiency.Practitioner)).ToList(), [], start, start.AddDays(WindowDays),
            DefaultDurationDays, DeploymentModality.Either, 1, Urgency.Routine, 0, draft.CapacityGap, null, null, Submit: false);
        var outcome = await FileRequest.HandleAsync(caller, body, db, organisations, audit, clock, cancellationToken);
        return outcome.IsOk
            ? Outcome<RequestState>.Ok(new RequestState(outcome.Value!.Id, outcome.Value.Title, outcome.Value.Status.ToString(), false))
            : outcome.Kind switch
            {
                OutcomeKind.Forbidden => Outcome<RequestState>.Forbidden(),
                OutcomeKind.NotFound => Outcome<RequestState>.NotFound(),
                _ => Outcome<RequestState>.Invalid(outcome.Errors),
            };
    }

    public async Task<IReadOnlyDictionary<Guid, RequestState>> StatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new RequestState(r.Id, r.Title, r.Status.ToString(), r.Status == RequestStatus.Completed))
            .ToDictionaryAsync(r => r.Id, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> SkillNamesAsync(CancellationToken cancellationToken) =>
        await db.Skills.AsNoTracking().Where(s => s.IsActive).ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
}
