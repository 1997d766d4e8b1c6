using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Objects;

/// <summary>Browse and search the objects of every collection the caller may read, newest first, a keyset page at a time.</summary>
public sealed class IndexModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Collection { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Label { get; set; }

    [BindProperty(SupportsGet = true)]
    public Tlp? Tlp { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<VisibleCollection> Collections { get; private set; } = [];

    public ObjectList Result { get; private set; } = new([], null);

    /// <summary>Common STIX types offered in the filter; any other type can still be typed in the address.</summary>
    public static IReadOnlyList<string> CommonTypes { get; } =
    [
        "indicator", "malware", "threat-actor", "intrusion-set", "campaign", "attack-pattern", "tool", "vulnerability", "identity", "infrastructure",
        "observed-data", "report", "note", "opinion", "course-of-action", "relationship", "sighting", "domain-name", "ipv4-addr", "ipv6-addr", "url",
        "email-addr", "file",
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return;
        }
        Collections = await BrowseObjects.ReadableAsync(caller, db, roots, cancellationToken);
        Result = await BrowseObjects.SearchAsync(caller, Collections, new BrowseFilter(Collection, Type, Label, Tlp, From, To, Text, Before), db, cancellationToken);
    }

    /// <summary>This page's address with the current filters and another cursor.</summary>
    public string Link(long? before) => QueryString.Create(Filters(before)).ToUriComponent().Insert(0, "/exchange/objects");

    /// <summary>The export endpoint's filters that the current search can pass on: type and the start of the date range.</summary>
    public string ExportLink(Guid collection)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Type))
        {
            query.Add(new("type", Type.Trim()));
        }
        if (From is { } from)
        {
            // added_after is exclusive; a microsecond before midnight includes objects added at midnight.
            query.Add(new("addedAfter", from.ToDateTime(TimeOnly.MinValue).AddTicks(-10).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return $"/exchange/export/{collection}{QueryString.Create(query).ToUriComponent()}";
    }

    private List<KeyValuePair<string, string?>> Filters(long? before)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(name, value));
            }
        }
        Add("collection", Collection?.ToString());
        Add("type", Type);
        Add("label", Label);
        Add("tlp", Tlp?.ToString());
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("q", Text);
        Add("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return query;
    }
}
