using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Comity.Library.Search;

/// <summary>
/// The library's full-text index in a directory on disk. Writes (rebuild, add/update, delete) are serialised and
/// committed before they return; searches run concurrently on a <see cref="SearcherManager"/> snapshot and see a
/// write once it has been committed, never a half-done rebuild.
/// </summary>
internal sealed class LibraryIndex : IDisposable
{
    public const int MaxPageSize = 100;
    public const int MaxResultDepth = 10_000;
    private const int FacetValuesPerField = 50;

    /// <summary>
    /// Changes whenever fields or analysers change in a way an existing index cannot serve; an index written under
    /// another schema reports no <see cref="Position"/>, and its keeper rebuilds it.
    /// </summary>
    private const string Schema = "1";
    private const string PositionKey = "comity.position";
    private const string SchemaKey = "comity.schema";

    private readonly LuceneDirectory directory;
    private readonly LibraryAnalyzers analyzers = new();
    private readonly List<SearcherManager> retired = [];
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private readonly LibraryQueryBuilder queries;
    private readonly System.Threading.Lock writeLock = new();

    private LibraryIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        writer = NewWriter();
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        queries = new LibraryQueryBuilder(analyzers);
    }

    /// <summary>Opens the index stored in <paramref name="path"/>, creating an empty one if there is none.</summary>
    public static LibraryIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new LibraryIndex(FSDirectory.Open(path));
    }

    /// <summary>An index that lives in memory only; for tests and previews.</summary>
    public static LibraryIndex InMemory() => new(new RAMDirectory());

    /// <summary>Number of documents visible to searches.</summary>
    public int Count
    {
        get
        {
            var manager = searchers;
            var searcher = manager.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    /// <summary>
    /// Replaces the whole index with <paramref name="documents"/> (the <c>comity library reindex</c> entry point).
    /// Searches keep seeing the previous contents until the new ones are committed. Returns the number indexed.
    /// </summary>
    public int Rebuild(IEnumerable<LibraryDocument> documents, CancellationToken cancellationToken = default) => Rebuild(documents, null, cancellationToken);

    /// <summary>As <see cref="Rebuild(IEnumerable{LibraryDocument}, CancellationToken)"/>, recording <paramref name="position"/> with the commit.</summary>
    public int Rebuild(IEnumerable<LibraryDocument> documents, long? position, CancellationToken cancellationToken = default)
    {
        lock (writeLock)
        {
            var count = 0;
            try
            {
                writer.DeleteAll();
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.AddDocument(LibraryDocumentMapper.ToLucene(document));
                    count++;
                }
            }
            catch
            {
                // Nothing since the last commit reaches the disk or the searchers: the old index stays whole.
                RollbackAndReopen();
                throw;
            }
            CommitAndRefresh(position);
            return count;
        }
    }

    /// <summary>Adds documents, replacing any with the same id.</summary>
    public void Upsert(IEnumerable<LibraryDocument> documents) => Apply(documents, [], null);

    public void Upsert(LibraryDocument document) => Upsert([document]);

    /// <summary>Removes the documents with these ids; unknown ids are ignored.</summary>
    public void Delete(params IEnumerable<string> ids) => Apply([], ids, null);

    /// <summary>
    /// Adds or replaces <paramref name="upserts"/> and removes <paramref name="deletes"/> in one commit, which records
    /// <paramref name="position"/> (when given) so that a reopened index knows which changes it already holds.
    /// </summary>
    public void Apply(IEnumerable<LibraryDocument> upserts, IEnumerable<string> deletes, long? position)
    {
        lock (writeLock)
        {
            try
            {
                foreach (var document in upserts)
                {
                    writer.UpdateDocument(new Term(LibraryFields.Id, document.Id), LibraryDocumentMapper.ToLucene(document));
                }
                var terms = deletes.Select(id => new Term(LibraryFields.Id, id)).ToArray();
                if (terms.Length > 0)
                {
                    writer.DeleteDocuments(terms);
                }
            }
            catch
            {
                RollbackAndReopen();
                throw;
            }
            CommitAndRefresh(position);
        }
    }

    /// <summary>The position recorded with the last commit (see <see cref="Apply"/>); null for an index that never recorded one.</summary>
    public long? Position
    {
        get
        {
            lock (writeLock)
            {
                return writer.CommitData.TryGetValue(PositionKey, out var value)
                    && writer.CommitData.TryGetValue(SchemaKey, out var schema) && schema == Schema
                    && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                    ? position
                    : null;
            }
        }
    }

    public LibrarySearchResult Search(LibrarySearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var depth = Math.Min((long)page * pageSize, MaxResultDepth);
        var queryLanguage = LibraryLanguages.Normalize(request.QueryLanguage);
        var built = queries.Build(request.Text, queryLanguage is null ? LibraryLanguages.All : [queryLanguage]);
        var filter = LibraryFilterBuilder.Build(request.Filters);

        var manager = searchers;
        var searcher = manager.Acquire();
        try
        {
            var top = built.HasText
                ? (ITopDocsCollector)TopScoreDocCollector.Create((int)depth, docsScoredInOrder: true)
                : TopFieldCollector.Create(NewestFirst, (int)depth, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            var facets = request.IncludeFacets ? new FacetCollector(LibraryFields.Facets) : null;
            searcher.Search(built.Query, filter, facets is null ? top : MultiCollector.Wrap(top, facets));
            var docs = top.GetTopDocs();
            var hits = new List<LibraryHit>();
            for (var i = (page - 1) * pageSize; i < docs.ScoreDocs.Length; i++)
            {
                hits.Add(ToHit(searcher, docs.ScoreDocs[i], built.HighlightTerms));
            }
            return new LibrarySearchResult(
                docs.TotalHits,
                page,
                pageSize,
                hits,
                facets?.Result(LibraryFields.Facets, FacetValuesPerField) ?? []);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// Documents like the one with <paramref name="id"/>, most similar first: its most distinctive title and body terms
    /// (analysed in its own language) plus, with a smaller weight, its topics, which also reach related documents in
    /// other languages. Empty when the id is unknown.
    /// </summary>
    public IReadOnlyList<LibraryHit> MoreLikeThis(string id, int count = 5)
    {
        var manager = searchers;
        var searcher = manager.Acquire();
        try
        {
            var found = searcher.Search(new TermQuery(new Term(LibraryFields.Id, id)), 1);
            if (found.TotalHits == 0)
            {
                return [];
            }
            var source = searcher.Doc(found.ScoreDocs[0].Doc);
            var metadata = LibraryDocumentMapper.ReadMetadata(source);
            var reader = searcher.IndexReader;
            var body = LibraryLanguages.BodyField(metadata.Language);
            var likeThis = new MoreLikeThis(reader)
            {
                Analyzer = analyzers.PerField,
                FieldNames = [body],
                MinTermFreq = 1,
                // On a small library every shared term is evidence; on a large one, terms seen once are noise.
                MinDocFreq = reader.NumDocs < 1_000 ? 1 : 2,
                MaxQueryTerms = 30,
            };
            var text = source.Get(LibraryFields.Title, CultureInfo.InvariantCulture) + "\n" + source.Get(LibraryFields.Body, CultureInfo.InvariantCulture);
            var query = new BooleanQuery
            {
                { likeThis.Like(new StringReader(text), body), Occur.SHOULD },
                { new TermQuery(new Term(LibraryFields.Id, id)), Occur.MUST_NOT },
            };
            foreach (var topic in metadata.Topics)
            {
                query.Add(new TermQuery(new Term(LibraryFields.Of(LibraryFacet.Topics), topic)) { Boost = 0.3f }, Occur.SHOULD);
            }
            var docs = searcher.Search(query, Math.Clamp(count, 1, MaxPageSize));
            return docs.ScoreDocs.Select(d => ToHit(searcher, d, null)).ToList();
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// Documents on any of <paramref name="topics"/>, those about <paramref name="country"/> first, then those written in
    /// <paramref name="language"/>, then the ones sharing more of the topics; ties go to the newest. No text is involved, so
    /// the answer is the same whatever language the caller reads.
    /// </summary>
    public IReadOnlyList<LibraryHit> Related(IReadOnlyList<string> topics, string? country, string? language, int count)
    {
        var wanted = topics.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        var topicField = LibraryFields.Of(LibraryFacet.Topics);
        var anyTopic = new BooleanQuery(disableCoord: true);
        foreach (var topic in wanted)
        {
            anyTopic.Add(new ConstantScoreQuery(new TermQuery(new Term(topicField, topic))) { Boost = 1f }, Occur.SHOULD);
        }
        var query = new BooleanQuery(disableCoord: true) { { anyTopic, Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(country))
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(LibraryFields.Of(LibraryFacet.Countries), country))) { Boost = 100f }, Occur.SHOULD);
        }
        if (LibraryLanguages.Normalize(language) is { } normalized)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(LibraryFields.Of(LibraryFacet.Language), normalized))) { Boost = 10f }, Occur.SHOULD);
        }
        var manager = searchers;
        var searcher = manager.Acquire();
        try
        {
            var sort = new Sort(SortField.FIELD_SCORE, new SortField(LibraryFields.YearSort, SortFieldType.INT64, reverse: true), SortField.FIELD_DOC);
            var docs = searcher.Search(query, null, Math.Clamp(count, 1, MaxPageSize), sort, doDocScores: true, doMaxScore: false);
            return docs.ScoreDocs.Select(d => ToHit(searcher, d, null)).ToList();
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        foreach (var manager in retired)
        {
            manager.Dispose();
        }
        writer.Dispose();
        analyzers.Dispose();
        directory.Dispose();
    }

    private static readonly Sort NewestFirst = new(new SortField(LibraryFields.YearSort, SortFieldType.INT64, reverse: true), SortField.FIELD_DOC);

    private IndexWriter NewWriter() => new(directory, new IndexWriterConfig(LibraryLanguages.Version, analyzers.PerField)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
    });

    /// <summary>
    /// Rollback closes Lucene's writer, so a new writer and searcher manager take over. The old manager is retired, not
    /// disposed, because a search may be about to acquire from it; it still serves the last commit, which is correct.
    /// </summary>
    private void RollbackAndReopen()
    {
        writer.Rollback();
        writer = NewWriter();
        retired.Add(searchers);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    private void CommitAndRefresh(long? position)
    {
        if (position is { } value)
        {
            writer.SetCommitData(new Dictionary<string, string>
            {
                [PositionKey] = value.ToString(CultureInfo.InvariantCulture),
                [SchemaKey] = Schema,
            });
        }
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    private LibraryHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlyDictionary<string, HashSet<string>>? highlight)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var metadata = LibraryDocumentMapper.ReadMetadata(doc);
        IReadOnlyList<string> snippets = [];
        if (highlight is not null)
        {
            var body = LibraryLanguages.BodyField(metadata.Language);
            snippets = SnippetBuilder.Build(
                doc.Get(LibraryFields.Body, CultureInfo.InvariantCulture) ?? "",
                analyzers.For(metadata.Language),
                body,
                highlight.TryGetValue(body, out var terms) ? terms : []);
        }
        return new LibraryHit(doc.Get(LibraryFields.Id, CultureInfo.InvariantCulture), doc.Get(LibraryFields.Title, CultureInfo.InvariantCulture) ?? "", float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score, snippets, metadata);
    }
}
