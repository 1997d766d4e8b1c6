using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.Organisations;

/// <summary>Adds an organisation (no id) or changes one; the same handlers as the API.</summary>
public sealed class EditModel(IdentityDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public OrganisationResponse? Existing { get; private set; }

    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public sealed class OrganisationForm
    {
        public string? Name { get; set; }

        public string? ShortName { get; set; }

        public OrganisationKind? Kind { get; set; }

        public string? HomeCountry { get; set; }

        public string? Website { get; set; }

        public string? ContactEmail { get; set; }

        public List<string> CoveredCountries { get; set; } = [];

        public OrganisationRequest ToRequest() => new(Name, ShortName, Kind, HomeCountry, Website, ContactEmail, CoveredCountries);
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existingId)
        {
            Existing = await FindOrganisations.GetAsync(existingId, db, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
            Form = new OrganisationForm
            {
                Name = Existing.Name,
                ShortName = Existing.ShortName,
                Kind = Existing.Kind,
                HomeCountry = Existing.HomeCountry,
                Website = Existing.Website,
                ContactEmail = Existing.ContactEmail,
                CoveredCountries = [.. Existing.CoveredCountries],
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var outcome = id is { } existingId
            ? await SaveOrganisation.UpdateAsync(existingId, Form.ToRequest(), db, audit, clock, cancellationToken)
            : await SaveOrganisation.CreateAsync(Form.ToRequest(), db, audit, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            Existing = id is null ? null : await FindOrganisations.GetAsync(id.Value, db, cancellationToken);
            return Page();
        }
        Message = id is null ? "The organisation has been added." : "Your changes have been saved.";
        return Redirect($"/admin/organisations/{outcome.Value!.Id}");
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var outcome = await SaveOrganisation.SetActiveAsync(id, active, db, audit, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }
        Message = active ? "The organisation is active again." : "The organisation is deactivated: its members have no role there until it is reactivated.";
        return Redirect($"/admin/organisations/{id}");
    }
}
