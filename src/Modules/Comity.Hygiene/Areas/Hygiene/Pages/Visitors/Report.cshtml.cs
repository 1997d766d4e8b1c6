using Comity.Hygiene.Analytics;
using Comity.Hygiene.Data;
using Comity.Hygiene.Reports;
using Comity.Identity.Audit;
using Comity.Identity.Geography;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>The public scam report form. It works without JavaScript; with it, a solved proof of work earns a looser rate limit.</summary>
[RequestSizeLimit(RequestLimit)]
public sealed class ReportModel(HygieneDb db, IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, SpamGuard guard,
    CounterBuffer counters) : PublicPage(counters)
{
    /// <summary>The screenshot's 2 MB, the text fields and the multipart framing.</summary>
    public const long RequestLimit = ReportScreenshot.MaxBytes + 64 * 1024;

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    public string ProofChallenge { get; private set; } = "";

    public int Bits => guard.Bits;

    public bool TooMany { get; private set; }

    public sealed class ReportForm
    {
        public string? Country { get; set; }

        public string? Link { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Message { get; set; }

        public IFormFile? Screenshot { get; set; }

        /// <summary>The honeypot: hidden from people, filled in by bots that fill in everything.</summary>
        public string? Website { get; set; }
    }

    public void OnGet(string? country)
    {
        Form.Country = Countries.Exists(country) ? country!.ToUpperInvariant() : null;
        ProofChallenge = guard.Challenge();
        Count("report");
    }

    public async Task<IActionResult> OnPostAsync(string? challenge, string? nonce, CancellationToken cancellationToken)
    {
        ProofChallenge = guard.Challenge();
        if (!string.IsNullOrEmpty(Form.Website))
        {
            // Bots get the same thank-you page as people, so they learn nothing; the report goes nowhere.
            return Redirect($"/{Language}/report/thanks");
        }
        var solved = guard.Verify(challenge, nonce);
        if (!guard.Admit(HttpContext.Connection.RemoteIpAddress, solved))
        {
            TooMany = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "3600";
            return Page();
        }
        ScreenshotUpload? screenshot = null;
        if (Form.Screenshot is { Length: > 0 } file)
        {
            if (file.Length > ReportScreenshot.MaxBytes)
            {
                ModelState.AddModelError("Form.Screenshot", "The picture must be 2 MB or smaller.");
                return Page();
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            screenshot = new ScreenshotUpload(buffer.ToArray());
        }
        var request = new SubmitReportRequest(Form.Country, Language, Form.Link, Form.Email, Form.Phone, Form.Message);
        var outcome = await SubmitReport.SubmitAsync(request, screenshot, solved, db, organisations, audit, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        Count("report", Events.Report, Form.Country);
        return Redirect($"/{Language}/report/thanks");
    }
}
