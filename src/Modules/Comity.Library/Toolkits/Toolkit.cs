namespace Comity.Library.Toolkits;

/// <summary>
/// A curated collection of library documents on one topic, in the order a reader should take them, with a description
/// of what the toolkit is for.
/// </summary>
public sealed class Toolkit
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 4_000;
    public const int TopicMax = 60;
    public const int MaxDocuments = 100;

    private Toolkit()
    {
        Title = "";
        Topic = "";
        Description = "";
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>A topic slug, as documents carry them.</summary>
    public string Topic { get; private set; }

    public string Description { get; private set; }

    public List<ToolkitEntry> Entries { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Toolkit Create(string title, string topic, string description, IReadOnlyList<Guid> documents, DateTimeOffset now)
    {
        var toolkit = new Toolkit { Id = Guid.CreateVersion7(now), CreatedAt = now };
        toolkit.Change(title, topic, description, documents, now);
        return toolkit;
    }

    /// <summary>Replaces the description and the documents; their order is the order given.</summary>
    public void Change(string title, string topic, string description, IReadOnlyList<Guid> documents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Title = title;
        Topic = topic;
        Description = description;
        Entries.RemoveAll(e => !documents.Contains(e.DocumentId));
        for (var i = 0; i < documents.Count; i++)
        {
            var entry = Entries.FirstOrDefault(e => e.DocumentId == documents[i]);
            if (entry is null)
            {
                Entries.Add(new ToolkitEntry(Id, documents[i], i + 1));
            }
            else
            {
                entry.MoveTo(i + 1);
            }
        }
        UpdatedAt = now;
    }
}

/// <summary>A document's place in a toolkit.</summary>
public sealed class ToolkitEntry
{
    internal ToolkitEntry(Guid toolkitId, Guid documentId, int position)
    {
        ToolkitId = toolkitId;
        DocumentId = documentId;
        Position = position;
    }

    public Guid ToolkitId { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>1-based order within the toolkit.</summary>
    public int Position { get; private set; }

    internal void MoveTo(int position) => Position = position;
}
