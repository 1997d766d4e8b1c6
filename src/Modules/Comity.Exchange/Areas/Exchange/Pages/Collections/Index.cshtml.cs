using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Collections;

/// <summary>The collections of the API roots the caller manages: administrators every root, coordinators their centre's and the network's.</summary>
public sealed class IndexModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots) : PageModel
{
    public IReadOnlyList<CollectionResponse> Collections { get; private set; } = [];

    public IReadOnlyList<ApiRoot> Managed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        Managed = (await roots.AllAsync(cancellationToken)).Where(caller.ManagesCollectionsOf).ToList();
        var slugs = Managed.Select(r => r.Slug).ToHashSet();
        Collections = (await ManageCollections.ListAsync(caller, db, roots, cancellationToken)).Where(c => slugs.Contains(c.ApiRoot)).ToList();
        return Page();
    }
}
