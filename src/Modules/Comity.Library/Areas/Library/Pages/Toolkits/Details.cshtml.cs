using Comity.Library.Data;
using Comity.Library.Toolkits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Toolkits;

/// <summary>A toolkit: its purpose and its documents in reading order.</summary>
public sealed class DetailsModel(LibraryDb db) : PageModel
{
    public ToolkitResponse Toolkit { get; private set; } = null!;

    public bool IsLibrarian { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ManageToolkits.GetAsync(id, db, cancellationToken) is not { } toolkit)
        {
            return NotFound();
        }
        Toolkit = toolkit;
        IsLibrarian = LibraryCaller.From(User).IsLibrarian;
        return Page();
    }
}
