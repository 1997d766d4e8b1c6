namespace Comity.Capacity;

/// <summary>A library document that may help close a gap.</summary>
public sealed record LibraryResource(string Title, string Url, string? Summary);

/// <summary>
/// The seam where the Library module will offer documents matching a gap. No implementation is registered yet; until one
/// is, the capacity pages show no library section at all rather than an empty one.
/// </summary>
public interface ILibraryLookup
{
    Task<IReadOnlyList<LibraryResource>> ForFactorAsync(string factorCode, string factorName, IReadOnlyList<string> skills, string culture,
        int limit, CancellationToken cancellationToken);
}
