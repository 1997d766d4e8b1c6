using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Admin.Audit;

public sealed class IndexModel(IdentityDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditEntryResponse> Results { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = new AuditFilter(Actor, OrganisationId, Action, null,
            From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        Results = await BrowseAudit.ListAsync(filter, new PageQuery(PageNumber, 50), db, cancellationToken);
        OrganisationNames = (await FindOrganisations.ListAsync(new OrganisationFilter(null, null, null, IncludeInactive: true),
            new PageQuery(1, PageQuery.MaxPageSize), db, cancellationToken)).Items.ToDictionary(o => o.Id, o => o.Name);
    }
}
