using System.Text.Json;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Capacity.Areas.Capacity.Pages.Model;

/// <summary>
/// Administrators draft the next model version, edit its content as JSON (the same document the API takes) and publish it.
/// Published versions are never edited here.
/// </summary>
public sealed class EditModel(CapacityDb db, IAssistanceRequests roster, IAuditLog audit, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new(ModelContent.Json) { WriteIndented = true };

    public ModelVersion? Draft { get; private set; }

    [BindProperty]
    public string? ModelJson { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Draft = await ManageModel.DraftAsync(db, cancellationToken);
        ModelJson = Draft is null ? null : JsonSerializer.Serialize(Draft.Content, Indented);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        Finish(await ManageModel.StartDraftAsync(db, audit, clock, cancellationToken), "A draft of the next version is ready to edit.")
        ?? await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        ModelContent? content;
        try
        {
            content = string.IsNullOrWhiteSpace(ModelJson) || ModelJson.Length > ModelRules.MaxJsonChars ? null
                : JsonSerializer.Deserialize<ModelContent>(ModelJson, ModelContent.Json);
        }
        catch (JsonException e)
        {
            ModelState.AddModelError(nameof(ModelJson), $"The text is not valid JSON: {e.Message}");
            return await ShowAsync(cancellationToken, keepText: true);
        }
        var outcome = await ManageModel.EditDraftAsync(content, db, roster, audit, cancellationToken);
        return Finish(outcome, "The draft is saved.") ?? await ShowAsync(cancellationToken, keepText: true);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        Finish(await ManageModel.PublishDraftAsync(db, roster, audit, clock, cancellationToken), "The draft is published; new assessments use it.")
        ?? await ShowAsync(cancellationToken);

    private RedirectResult? Finish(Outcome<ModelVersionResponse> outcome, string message)
    {
        if (outcome.IsOk)
        {
            Message = message;
            return Redirect("/capacity/model/edit");
        }
        ModelState.AddOutcomeErrors(outcome);
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, bool keepText = false)
    {
        var text = ModelJson;
        await OnGetAsync(cancellationToken);
        if (keepText)
        {
            ModelJson = text;
        }
        return Page();
    }
}
