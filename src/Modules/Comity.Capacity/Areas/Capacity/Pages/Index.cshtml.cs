using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages;

/// <summary>The capacity home: invitations to answer for everyone; for a focal point, the country's cycles and opening a new one.</summary>
public sealed class IndexModel(CapacityDb db, CapacityCallers callers, IAuditLog audit, TimeProvider clock, IStringLocalizer<CapacityText> t) : PageModel
{
    public CapacityCaller Caller { get; private set; } = null!;

    public IReadOnlyList<CycleSummary> Cycles { get; private set; } = [];

    public IReadOnlyList<InvitationSummary> Invitations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public bool Consent { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await Assessment.Cycles.OpenAsync(caller, new OpenCycleBody(NewTitle, Consent), db, audit, clock, t, cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/capacity/cycles/{outcome.Value!.Id}");
        }
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        ModelState.AddOutcomeErrors(outcome, nameof(NewTitle));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Caller = await callers.ForAsync(User, cancellationToken);
        Cycles = await Assessment.Cycles.ListAsync(Caller, db, cancellationToken);
        Invitations = (await Assessment.Cycles.InvitationsAsync(User.UserId() ?? Guid.Empty, db, cancellationToken))
            .Select(x => new InvitationSummary(x.Respondent.Id, x.Cycle.Id, x.Cycle.Country, x.Cycle.Title, x.Respondent.Group, x.Respondent.Answers.Count))
            .ToList();
    }
}
