using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Indexing;
using Comity.Library.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages;

/// <summary>The library search: words in any of the six languages, facet filters, highlighted snippets, pages of ten.</summary>
public sealed class IndexModel(LibraryDb db, LibraryIndexKeeper keeper) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? QueryLanguage { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public List<string> Types { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "language")]
    public List<string> Languages { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "topic")]
    public List<string> Topics { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "region")]
    public List<string> Regions { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "country")]
    public List<string> Countries { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "year")]
    public List<int> Years { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResponse Result { get; private set; } = null!;

    public PagerLinks Pager { get; private set; } = null!;

    public bool IsLibrarian { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsLibrarian = LibraryCaller.From(User).IsLibrarian;
        Result = await SearchLibrary.RunAsync(new SearchQuery
        {
            Q = Q,
            Language = QueryLanguage,
            Types = Types,
            Languages = Languages,
            Topics = Topics,
            Regions = Regions,
            Countries = Countries,
            Years = Years,
            Page = PageNumber,
        }, db, keeper, cancellationToken);
        var reachable = Math.Min(Result.Total, Result.PageCount * Result.PageSize);
        Pager = PagerLinks.For(new Page<SearchHit>(Result.Hits, Result.Page, Result.PageSize, reachable), Request);
    }
}
