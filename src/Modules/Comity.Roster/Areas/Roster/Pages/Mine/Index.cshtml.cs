using Comity.Identity.Audit;
using Comity.Identity.Notifications;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Comity.Roster.Skills;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Mine;

/// <summary>
/// An expert's own page: their profile, which they keep through the same handler as PUT /api/v1/roster/experts/{id},
/// offers to answer and deployments to report on. Vetting is shown but never part of the form: coordinators vet.
/// </summary>
[RequestSizeLimit(ExpertEndpoints.CvUploadLimit)]
public sealed class IndexModel(RosterDb db, RosterCallers callers, IAuditLog audit, INotifications notifications, TimeProvider clock) : PageModel
{
    /// <summary>Blank rows offered below the filled ones; without JavaScript, more come after saving.</summary>
    public const int SpareRows = 2;

    public ExpertResponse? Profile { get; private set; }

    public IReadOnlyList<DeploymentResponse> Deployments { get; private set; } = [];

    public TaxonomyResponse Taxonomy { get; private set; } = null!;

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public sealed class LanguageRow
    {
        public string? Code { get; set; }

        public Cefr Speaking { get; set; } = Cefr.B2;

        public Cefr Reading { get; set; } = Cefr.B2;

        public Cefr Writing { get; set; } = Cefr.B2;
    }

    public sealed class SkillRow
    {
        public string? Skill { get; set; }

        public Proficiency Level { get; set; } = Proficiency.Practitioner;

        public string? Evidence { get; set; }
    }

    public sealed class BlockedRow
    {
        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }

        public string? Reason { get; set; }
    }

    /// <summary>The part of the profile an expert keeps; identity fields and vetting stay as the centre recorded them.</summary>
    public sealed class ProfileForm
    {
        public List<LanguageRow> Languages { get; set; } = [];

        public List<SkillRow> Skills { get; set; } = [];

        public List<BlockedRow> BlockedPeriods { get; set; } = [];

        public int? NoticeDays { get; set; }

        public bool AcceptsRemote { get; set; }

        public bool AcceptsOnSite { get; set; }

        public int? YearlyCap { get; set; }

        public bool NetworkVisible { get; set; }

        public static ProfileForm From(ExpertResponse p) => new()
        {
            Languages = [.. p.Languages.Select(l => new LanguageRow { Code = l.Language, Speaking = l.Speaking, Reading = l.Reading, Writing = l.Writing })],
            Skills = [.. p.Skills.Select(s => new SkillRow { Skill = s.Skill, Level = s.Level, Evidence = s.Evidence })],
            BlockedPeriods = [.. p.BlockedPeriods.Select(b => new BlockedRow { Start = b.Start, End = b.End, Reason = b.Reason })],
            NoticeDays = p.NoticeDays,
            AcceptsRemote = p.AcceptsRemote,
            AcceptsOnSite = p.AcceptsOnSite,
            YearlyCap = p.YearlyCap,
            NetworkVisible = p.NetworkVisible,
        };

        /// <summary>The API's request body: the form's fields over the profile as it stands, blank rows dropped.</summary>
        public ExpertRequest ToRequest(ExpertResponse p) => new(p.Name, p.Email, [.. p.Nationalities], p.ResidenceCountry, p.EmployerOrganisationId,
            p.EmployerName, p.EmployerCountry, p.UtcOffsetHours,
            [.. Languages.Where(l => !string.IsNullOrWhiteSpace(l.Code)).Select(l => new ExpertLanguage(l.Code!.Trim(), l.Speaking, l.Reading, l.Writing))],
            [.. Skills.Where(s => !string.IsNullOrWhiteSpace(s.Skill))
                .Select(s => new ExpertSkill(s.Skill!, s.Level, string.IsNullOrWhiteSpace(s.Evidence) ? null : s.Evidence.Trim()))],
            [.. BlockedPeriods.Where(b => b.Start is not null && b.End is not null)
                .Select(b => new BlockedPeriod(b.Start!.Value, b.End!.Value, string.IsNullOrWhiteSpace(b.Reason) ? null : b.Reason.Trim()))],
            NoticeDays, AcceptsRemote, AcceptsOnSite, YearlyCap, NetworkVisible);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Profile is not null)
        {
            Form = ProfileForm.From(Profile);
        }
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var current = await FindExperts.MineAsync(caller, db, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }
        if (Form.BlockedPeriods.Any(b => (b.Start is null) != (b.End is null)))
        {
            ModelState.AddModelError("Form.BlockedPeriods", "Give both the first and the last day of each period you are not available.");
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveExpert.UpdateAsync(caller, current.Id, Form.ToRequest(current), db, audit, clock, cancellationToken);
            if (outcome.IsOk)
            {
                Message = "Your profile is saved.";
                return RedirectToPage();
            }
            ModelState.AddOutcomeErrors(outcome, "Form");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCvAsync(IFormFile? cv, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var current = await FindExperts.MineAsync(caller, db, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }
        if (cv is null)
        {
            ModelState.AddModelError("Cv", "Choose a file to upload.");
        }
        else
        {
            await using var content = cv.OpenReadStream();
            var outcome = await CvAttachment.UploadAsync(caller, current.Id, cv.FileName, content, db, audit, clock, cancellationToken);
            if (outcome.IsOk)
            {
                Message = "Your CV is saved.";
                return RedirectToPage();
            }
            ModelState.AddOutcomeErrors(outcome);
        }
        await LoadAsync(cancellationToken);
        Form = ProfileForm.From(Profile!);
        return Page();
    }

    public async Task<IActionResult> OnGetCvAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var current = await FindExperts.MineAsync(caller, db, cancellationToken);
        var file = current is null ? null : await CvAttachment.DownloadAsync(caller, current.Id, db, audit, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostAnswerAsync(Guid deploymentId, bool accept, string? reason, CancellationToken cancellationToken) =>
        ActAsync(c => DeploymentLifecycle.RespondAsync(c, deploymentId, new OfferAnswer(accept, reason), db, audit, notifications, clock,
            cancellationToken),
            accept ? "You accepted the offer." : "You declined the offer; the centre will look for someone else.", cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid deploymentId, string? report, CancellationToken cancellationToken) =>
        ActAsync(c => DeploymentLifecycle.ReportAsync(c, deploymentId, new AfterActionReport(report), db, audit, clock, cancellationToken),
            "Your after-action report is filed.", cancellationToken);

    private async Task<IActionResult> ActAsync<T>(Func<RosterCaller, Task<Outcome<T>>> action, string success, CancellationToken cancellationToken)
    {
        var outcome = await action(await callers.ForAsync(User, cancellationToken));
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = success;
            return RedirectToPage();
        }
        ModelState.AddOutcomeErrors(outcome);
        await LoadAsync(cancellationToken);
        if (Profile is not null)
        {
            Form = ProfileForm.From(Profile);
        }
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        Profile = await FindExperts.MineAsync(caller, db, cancellationToken);
        Deployments = await DeploymentLifecycle.ListAsync(caller, null, db, cancellationToken);
        Taxonomy = await SkillEndpoints.TaxonomyAsync(db, cancellationToken);
    }
}
