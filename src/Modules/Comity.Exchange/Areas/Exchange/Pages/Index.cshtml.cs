using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages;

/// <summary>The collections the caller may read, per API root, with how many objects of each TLP level they may see.</summary>
public sealed class IndexModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots) : PageModel
{
    public IReadOnlyList<VisibleCollection> Collections { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<Tlp, int>> Counts { get; private set; } = new Dictionary<Guid, IReadOnlyDictionary<Tlp, int>>();

    public bool ActsForOrganisation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return;
        }
        ActsForOrganisation = true;
        Collections = await BrowseObjects.ReadableAsync(caller, db, roots, cancellationToken);
        Counts = await BrowseObjects.CountsAsync(caller, Collections, db, cancellationToken);
    }
}
