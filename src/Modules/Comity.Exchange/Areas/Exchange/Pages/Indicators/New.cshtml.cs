using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Indicators;

/// <summary>An analyst writes an indicator; it is stored through the same ingest as a TAXII POST.</summary>
public sealed class NewModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IngestObjects ingest, IOrganisationDirectory organisations,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    public IReadOnlyList<VisibleCollection> Writable { get; private set; } = [];

    public IReadOnlyList<OrganisationResponse> Organisations { get; private set; } = [];

    public sealed class IndicatorForm
    {
        public Guid? Collection { get; set; }

        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? Pattern { get; set; }

        /// <summary>A datetime-local value, read as UTC (the form says so).</summary>
        public DateTime? ValidFrom { get; set; }

        public List<string> IndicatorTypes { get; set; } = [];

        public string? Labels { get; set; }

        public Tlp Tlp { get; set; } = Tlp.Amber;

        public List<Guid> Recipients { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid? collection, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return Forbid();
        }
        Form.Collection = collection ?? (Writable.Count > 0 ? Writable[0].Collection.Id : null);
        var now = clock.GetUtcNow().UtcDateTime;
        Form.ValidFrom = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        DateTimeOffset? validFrom = Form.ValidFrom is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)) : null;
        var body = new IndicatorBody(Form.Collection, Form.Name, Form.Description, Form.Pattern, validFrom, Form.IndicatorTypes, Form.Labels, Form.Tlp,
            Form.Recipients);
        var outcome = await CreateIndicator.HandleAsync(caller, body, Writable, ingest, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            ModelState.Clear();
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        return Redirect($"/exchange/objects/{outcome.Value!.CollectionId}/{outcome.Value.StixId}");
    }

    private async Task<ExchangeCaller?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        if (caller is null)
        {
            return null;
        }
        Writable = (await FindCollections.EverywhereAsync(db, roots, caller, cancellationToken)).Where(c => c.Access.CanWrite).ToList();
        Organisations = await organisations.ActiveAsync(cancellationToken);
        return caller;
    }
}
