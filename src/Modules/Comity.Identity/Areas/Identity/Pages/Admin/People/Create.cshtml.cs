using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.People;

public sealed class CreateModel(IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OrganisationResponse> Organisations { get; private set; } = [];

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public sealed class PersonForm
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? Role { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManagePeople.CreateAsync(new CreatePersonRequest(Form.Email, Form.DisplayName, Form.Password, Form.OrganisationId, Form.Role),
            db, users, audit, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            await LoadAsync(cancellationToken);
            return Page();
        }
        return Redirect($"/admin/people/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisations = (await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null), new PageQuery(1, PageQuery.MaxPageSize), db,
            cancellationToken)).Items;
}
