using Comity.Library.Data;
using Comity.Library.Toolkits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Toolkits;

/// <summary>Every toolkit, with what it is for and how many documents it holds.</summary>
public sealed class IndexModel(LibraryDb db) : PageModel
{
    public IReadOnlyList<ToolkitSummary> Toolkits { get; private set; } = [];

    public bool IsLibrarian { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsLibrarian = LibraryCaller.From(User).IsLibrarian;
        Toolkits = await ManageToolkits.ListAsync(db, cancellationToken);
    }
}
