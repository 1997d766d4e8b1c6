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
