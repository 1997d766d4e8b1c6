using Comity.Identity.Access;
using Comity.Identity.ApiKeys;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Account;

/// <summary>A person's own API keys: create (the secret is shown once), list, revoke.</summary>
public sealed class ApiKeysModel(IdentityDb db, IAuditLog audit, TimeProvider clock, IEnumerable<ApiScope> scopes) : PageModel
{
    public IReadOnlyList<ApiKeyResponse> Keys { get; private set; } = [];

    public IReadOnlyList<ApiScope> AvailableScopes { get; } = scopes.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public CreatedApiKey? Created { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public int ExpiresInDays { get; set; } = 90;

    /// <summary>The name of the key just revoked, for the confirmation.</summary>
    [TempData]
    public string? RevokedName { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageApiKeys.CreateAsync(User.UserId()!.Value, User.OrganisationId(), new CreateApiKeyRequest(Name, Scopes, ExpiresInDays),
            AvailableScopes, db, audit, clock, cancellationToken);
        if (outcome.IsOk)
        {
            Created = outcome.Value;
            Name = null;
            Scopes = [];
        }
        else
        {
            ModelState.AddOutcomeErrors(outcome);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ManageApiKeys.RevokeAsync(id, User.UserId()!.Value, callerIsAdministrator: false, db, audit, clock, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }
        RevokedName = outcome.Value!.Name;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Keys = await ManageApiKeys.ListAsync(User.UserId()!.Value, db, clock, cancellationToken);
}
