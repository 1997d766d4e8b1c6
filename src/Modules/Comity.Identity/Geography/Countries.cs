using System.Collections.Frozen;
using System.Reflection;
using Comity.Kernel;

namespace Comity.Identity.Geography;

/// <summary>
/// The reference list shipped in countries.csv (see SOURCES.md). It is immutable between releases,
/// so it is read once into memory; migrations copy the same rows into the database for joins and reports.
/// </summary>
public static class Countries
{
    private static readonly Lazy<(FrozenDictionary<string, Country> Countries, FrozenDictionary<string, Region> Regions)> Data = new(Load);

    public static IEnumerable<Country> All => Data.Value.Countries.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    public static IEnumerable<Region> Regions => Data.Value.Regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>The country with this ISO alpha-2 code (any case), or null.</summary>
    public static Country? Find(string? alpha2) =>
        alpha2 is not null && Data.Value.Countries.TryGetValue(alpha2.Trim().ToUpperInvariant(), out var country) ? country : null;

    public static bool Exists(string? alpha2) => Find(alpha2) is not null;

    public static Region? FindRegion(string? code) =>
        code is not null && Data.Value.Regions.TryGetValue(code, out var region) ? region : null;

    /// <summary>The country's name, or the code itself when unknown.</summary>
    public static string NameOf(string alpha2) => Find(alpha2)?.Name ?? alpha2;

    private static (FrozenDictionary<string, Country>, FrozenDictionary<string, Region>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Comity.Identity.countries.csv")
            ?? throw new InvalidOperationException("The embedded countries.csv is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = Csv.Split(line);
            if (f.Count != 10)
            {
                throw new InvalidDataException($"countries.csv: expected 10 fields after '{header}', got {f.Count} in '{line}'.");
            }
            countries.Add(f[0], new Country(f[0], f[1], f[2], f[3], NullIfEmpty(f[4]), NullIfEmpty(f[6]), NullIfEmpty(f[8])));
            AddRegion(regions, f[4], f[5], RegionLevel.Region, null);
            AddRegion(regions, f[6], f[7], RegionLevel.Subregion, NullIfEmpty(f[4]));
            AddRegion(regions, f[8], f[9], RegionLevel.IntermediateRegion, NullIfEmpty(f[6]));
        }
        return (countries.ToFrozenDictionary(StringComparer.Ordinal), regions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void AddRegion(Dictionary<string, Region> regions, string code, string name, RegionLevel level, string? parent)
    {
        if (code.Length > 0)
        {
            regions.TryAdd(code, new Region(code, name, level, parent));
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
