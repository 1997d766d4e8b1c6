using Comity.Library.Data;
using Comity.Library.Indexing;
using Comity.Library.Search;

namespace Comity.Library;

/// <summary>
/// A library document offered to another module's page: what to show and where it lives. <see cref="Url"/> is the
/// document's page relative to the host (<c>/library/documents/{id}</c>); <see cref="Summary"/> is the librarian's, when
/// the document has one.
/// </summary>
public sealed record LibraryResource(Guid Id, string Title, string Url, string? Summary, string Type, string Language, int? Year);

/// <summary>What another module asks the library for: documents on some topics, preferably about a country and in a language.</summary>
/// <param name="Topics">Topic slugs (see <see cref="Documents.LibraryTopics"/>); a document must carry at least one.</param>
/// <param name="Country">ISO 3166 alpha-2 code; documents about it come first.</param>
/// <param name="Language">The reader's language; documents written in it come next.</param>
/// <param name="Limit">At most this many, 1 to 20.</param>
public sealed record LibraryTopicQuery(IReadOnlyList<string> Topics, string? Country, string? Language, int Limit);

/// <summary>
/// The Library module's public contract for other modules (Capacity lists matching documents under each gap). Other
/// modules reach the library only through this interface, never its tables.
/// </summary>
public interface ILibrarySearch
{
    /// <summary>Documents on any of the topics: those about the country first, then those in the reader's language, then the newest.</summary>
    Task<IReadOnlyList<LibraryResource>> ForTopicAsync(LibraryTopicQuery query, CancellationToken cancellationToken);
}

internal sealed class LibrarySearchService(LibraryDb db, LibraryIndexKeeper keeper) : ILibrarySearch
{
    public async Task<IReadOnlyList<LibraryResource>> ForTopicAsync(LibraryTopicQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = await keeper.CurrentAsync(db, cancellationToken);
        var hits = index.Related(query.Topics, query.Country?.Trim().ToUpperInvariant(), query.Language, Math.Clamp(query.Limit, 1, 20));
        var confirmed = await SearchLibrary.ConfirmAsync(hits, db, cancellationToken);
        return confirmed.Select(h => new LibraryResource(h.Id, h.Title, $"/library/documents/{h.Id}", h.Summary, h.Type, h.Language, h.Year)).ToList();
    }
}
