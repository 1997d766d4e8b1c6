using Comity.Exchange;
using Comity.Hygiene.Data;
using Comity.Hygiene.Reports;
using Comity.Identity.Access;
using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Manage.Reports;

/// <summary>The moderation queue of the caller's CERT or centre; the same handlers as /api/v1/hygiene/reports.</summary>
public sealed class IndexModel(HygieneDb db, HygieneCallers callers, IExchangeIntake exchange, IAuditLog audit, TimeProvider clock) : PageModel
{
    public OrganisationResponse? Queue { get; private set; }

    public IReadOnlyList<ReportResponse> Reports { get; private set; } = [];

    public bool ShowAll { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(bool all, CancellationToken cancellationToken)
    {
        ShowAll = all;
        Queue = await callers.QueueOfAsync(User, cancellationToken);
        if (Queue is not null)
        {
            Reports = await ModerateReports.QueueAsync(Queue.Id, !all, db, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision, string? tlp, CancellationToken cancellationToken)
    {
        Queue = await callers.QueueOfAsync(User, cancellationToken);
        if (Queue is null)
        {
            return Forbid();
        }
        var me = User.UserId()!.Value;
        var outcome = decision == "accept"
            ? await ModerateReports.AcceptAsync(id, new ModerateRequest(tlp), me, Queue, db, exchange, audit, clock, cancellationToken)
            : await ModerateReports.RejectAsync(id, me, Queue.Id, db, audit, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            Message = string.Join(" ", outcome.Errors.SelectMany(e => e.Value));
            Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            Reports = await ModerateReports.QueueAsync(Queue.Id, true, db, cancellationToken);
            return Page();
        }
        return RedirectToPage();
    }

    /// <summary>Downloads the accepted items as a STIX 2.1 bundle.</summary>
    public async Task<IActionResult> OnGetStixAsync(CancellationToken cancellationToken)
    {
        Queue = await callers.QueueOfAsync(User, cancellationToken);
        if (Queue is null)
        {
            return Forbid();
        }
        var bundle = await StixExport.BundleAsync(Queue, db, clock, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(bundle.ToJsonString()), "application/stix+json;version=2.1", "scam-reports.stix.json");
    }

    /// <summary>Shows a report's screenshot, after the browser checked it against the declared type (nosniff).</summary>
    public async Task<IActionResult> OnGetScreenshotAsync(Guid id, CancellationToken cancellationToken)
    {
        Queue = await callers.QueueOfAsync(User, cancellationToken);
        if (Queue is null || await ModerateReports.ScreenshotAsync(id, Queue.Id, db, cancellationToken) is not { } shot)
        {
            return NotFound();
        }
        return File(shot.Bytes, shot.ContentType);
    }
}
