using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Identity.People;
using Comity.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.People;

/// <summary>One person: memberships, lock state, recent activity.</summary>
public sealed class DetailsModel(IdentityDb db, UserManager<ComityUser> users, IAuditLog audit, TimeProvider clock) : PageModel
{
    public PersonResponse Person { get; private set; } = null!;

    public IReadOnlyList<OrganisationResponse> Organisations { get; private set; } = [];

    public IReadOnlyList<AuditEntryResponse> Activity { get; private set; } = [];

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddMembershipAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ManagePeople.AddMembershipAsync(id, new MembershipRequest(OrganisationId, Role), db, users, audit, clock, cancellationToken);
        return await AfterAsync(id, outcome, "The role has been given.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveMembershipAsync(Guid id, Guid membershipId, CancellationToken cancellationToken)
    {
        var outcome = await ManagePeople.RemoveMembershipAsync(id, membershipId, db, users, audit, clock, cancellationToken);
        return await AfterAsync(id, outcome, "The role has been taken away.", cancellationToken);
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id, bool locked, CancellationToken cancellationToken)
    {
        var outcome = await ManagePeople.SetLockedAsync(id, locked, db, users, audit, clock, cancellationToken);
        return await AfterAsync(id, outcome, locked ? "The person is locked out." : "The person can sign in again.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<PersonResponse> outcome, string success, CancellationToken cancellationToken)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            Message = success;
            return Redirect($"/admin/people/{id}");
        }
        ModelState.AddOutcomeErrors(outcome);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await ManagePeople.GetAsync(id, db, clock, cancellationToken);
        if (person is null)
        {
            return false;
        }
        Person = person;
        Organisations = (await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null), new PageQuery(1, PageQuery.MaxPageSize), db,
            cancellationToken)).Items;
        Activity = (await BrowseAudit.ListAsync(new AuditFilter(null, null, null, id.ToString(), null, null), new PageQuery(1, 20), db,
            cancellationToken)).Items;
        return true;
    }
}
