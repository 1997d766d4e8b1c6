using Comity.Exchange.Collections;
using Comity.Exchange.Sharing;

namespace Comity.Exchange.Areas.Exchange.Pages.Collections;

/// <summary>The collection form: the fields of <see cref="CollectionBody"/>, with a fixed number of rows for named organisations.</summary>
public sealed class CollectionForm
{
    /// <summary>Empty rows offered for more organisations beyond those already named.</summary>
    public const int SpareRows = 5;

    public string? ApiRoot { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Alias { get; set; }

    public Tlp DefaultTlp { get; set; } = Tlp.Amber;

    public ReadAudience ReadAudience { get; set; } = ReadAudience.Community;

    public bool CommunityCanWrite { get; set; }

    public List<GrantRow> Grants { get; set; } = [];

    public CollectionBody ToBody() => new(ApiRoot, Title, Description, Alias, DefaultTlp.Label(), ReadAudience, CommunityCanWrite,
        Grants.Where(g => g.OrganisationId is not null && (g.CanRead || g.CanWrite))
            .Select(g => new GrantDetails(g.OrganisationId!.Value, g.CanRead, g.CanWrite)).ToList());

    public static CollectionForm From(CollectionResponse c) => new()
    {
        ApiRoot = c.ApiRoot,
        Title = c.Title,
        Description = c.Description,
        Alias = c.Alias,
        DefaultTlp = TlpMarkings.Parse(c.DefaultTlp) ?? Tlp.Amber,
        ReadAudience = c.ReadAudience,
        CommunityCanWrite = c.CommunityCanWrite,
        Grants = c.Grants.Select(g => new GrantRow { OrganisationId = g.OrganisationId, CanRead = g.CanRead, CanWrite = g.CanWrite }).ToList(),
    };

    /// <summary>One named organisation: pick it, tick read and/or write.</summary>
    public sealed class GrantRow
    {
        public Guid? OrganisationId { get; set; }

        public bool CanRead { get; set; }

        public bool CanWrite { get; set; }
    }
}

/// <summary>What the shared form partial needs.</summary>
public sealed record CollectionFormView(CollectionForm Form, bool IsNew, IReadOnlyList<ApiRoot> Roots, IReadOnlyList<Comity.Identity.Organisations.OrganisationResponse> Organisations);
