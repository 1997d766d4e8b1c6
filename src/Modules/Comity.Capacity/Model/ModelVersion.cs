namespace Comity.Capacity.Model;

public enum ModelStatus
{
    Draft,
    Published,
}

/// <summary>One version of the maturity model. A published version never changes; cycles point at the version they used.</summary>
public sealed class ModelVersion
{
    private ModelContent? content;

    private ModelVersion()
    {
        ContentJson = "";
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public ModelStatus Status { get; private set; }

    /// <summary>The content as JSON: the tree is read and replaced whole, never queried piece by piece.</summary>
    public string ContentJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public ModelContent Content => content ??= ModelContent.FromJson(ContentJson);

    public static ModelVersion Draft(int number, ModelContent content, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(content);
        return new ModelVersion
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Status = ModelStatus.Draft,
            ContentJson = content.ToJson(),
            CreatedAt = now,
        };
    }

    public void Replace(ModelContent replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (Status != ModelStatus.Draft)
        {
            throw new InvalidOperationException("A published model version cannot change; draft the next version instead.");
        }
        ContentJson = replacement.ToJson();
        content = null;
    }

    /// <summary>
    /// Adds the languages <paramref name="source"/> has for texts this version shares with it (same code, same English).
    /// Allowed on published versions too: a translation of the same statement does not change what the version measures.
    /// Returns whether anything was added.
    /// </summary>
    public bool AddMissingTranslations(ModelContent source)
    {
        // A fresh copy: the cached tree may be in use by whoever read it.
        var copy = ModelContent.FromJson(ContentJson);
        if (!ModelTranslations.Fill(copy, source))
        {
            return false;
        }
        ContentJson = copy.ToJson();
        content = null;
        return true;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != ModelStatus.Draft)
        {
            throw new InvalidOperationException("This model version is already published.");
        }
        Status = ModelStatus.Published;
        PublishedAt = now;
    }
}
