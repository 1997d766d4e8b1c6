using System.Globalization;
using System.Text;
using Comity.Identity.Organisations;

namespace Comity.Exchange.Sharing;

/// <summary>
/// A sharing community and its TAXII API root: the whole network, or one regional centre with the
/// organisations based in the countries it serves.
/// </summary>
public sealed record ApiRoot(string Slug, Guid? CentreId, string Title, string Description, IReadOnlySet<string> Countries)
{
    public const string NetworkSlug = "network";

    public bool IsNetwork => CentreId is null;

    /// <summary>Whether an organisation belongs to this community.</summary>
    public bool Includes(OrganisationResponse organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.IsActive && (IsNetwork || organisation.Id == CentreId || Countries.Contains(organisation.HomeCountry));
    }
}

/// <summary>The API roots of this instance, derived from the organisation directory so they follow its centres.</summary>
public sealed class ApiRoots(IOrganisationDirectory directory)
{
    private IReadOnlyList<ApiRoot>? roots;

    public async Task<IReadOnlyList<ApiRoot>> AllAsync(CancellationToken cancellationToken)
    {
        if (roots is not null)
        {
            return roots;
        }
        var centres = await directory.CentresAsync(cancellationToken);
        var list = new List<ApiRoot>
        {
            new(ApiRoot.NetworkSlug, null, "Network", "Shared by every organisation in the network.", new HashSet<string>()),
        };
        list.AddRange(centres.Select(c => new ApiRoot(
            SlugOf(c), c.Id, c.Name, $"Shared within the community of {c.Name} and the countries it serves.",
            c.CoveredCountries.ToHashSet(StringComparer.Ordinal))));
        roots = list;
        return roots;
    }

    public async Task<ApiRoot?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase));

    public async Task<ApiRoot?> ForCentreAsync(Guid? centreId, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.CentreId == centreId);

    /// <summary>A URL segment for a centre: its short name when it has one ("WA-RCC" → "wa-rcc"), else its name.</summary>
    internal static string SlugOf(OrganisationResponse centre)
    {
        var source = (centre.ShortName ?? centre.Name).Normalize(NormalizationForm.FormKD);
        var slug = new StringBuilder();
        foreach (var c in source.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 || text == ApiRoot.NetworkSlug ? $"centre-{centre.Id:N}"[..15] : text;
    }
}
