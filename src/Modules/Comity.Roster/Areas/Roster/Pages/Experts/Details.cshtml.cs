using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Experts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Experts;

[RequestSizeLimit(ExpertEndpoints.CvUploadLimit)]
public sealed class DetailsModel(RosterDb db, RosterCallers callers, IAuditLog audit, TimeProvider clock) : PageModel
{
    public ExpertResponse Expert { get; private set; } = null!;

    public bool CanVet { get; private set; }

    public IReadOnlyDictionary<string, string> SkillNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public VettingStatus Status { get; set; }

    [BindProperty]
    public DateOnly? Expires { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await SaveExpert.VetAsync(await callers.ForAsync(User, cancellationToken), id, new VettingRequest(Status, Expires), db, audit, clock,
            cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = "The vetting decision is recorded.";
            return Redirect($"/roster/experts/{id}");
        }
        ModelState.AddOutcomeErrors(outcome);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCvAsync(Guid id, IFormFile? cv, CancellationToken cancellationToken)
    {
        if (cv is null)
        {
            ModelState.AddModelError("Cv", "Choose a file to upload.");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        await using var content = cv.OpenReadStream();
        var outcome = await CvAttachment.UploadAsync(await callers.ForAsync(User, cancellationToken), id, cv.FileName, content, db, audit, clock,
            cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = "The CV is saved.";
            return Redirect($"/roster/experts/{id}");
        }
        ModelState.AddOutcomeErrors(outcome);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetCvAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await CvAttachment.DownloadAsync(await callers.ForAsync(User, cancellationToken), id, db, audit, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var expert = await FindExperts.GetAsync(caller, id, db, cancellationToken);
        if (expert is null)
        {
            return false;
        }
        Expert = expert;
        CanVet = expert.CentreId == caller.CoordinatedCentre;
        SkillNames = await Skills.SkillEndpoints.NamesAsync(db, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            cancellationToken);
        Status = expert.Vetting;
        Expires ??= expert.VettingExpires;
        return true;
    }
}
