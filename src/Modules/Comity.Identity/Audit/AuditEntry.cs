namespace Comity.Identity.Audit;

/// <summary>One recorded state change. Rows are never updated or deleted (database triggers refuse it).</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorName = "";
        Action = "";
        TargetType = "";
        TargetId = "";
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    /// <summary>The actor's name at the time, kept so the entry reads well after the account is gone.</summary>
    public string ActorName { get; private set; }

    public Guid? OrganisationId { get; private set; }

    /// <summary>A dotted verb such as <c>organisation.created</c>.</summary>
    public string Action { get; private set; }

    public string TargetType { get; private set; }

    public string TargetId { get; private set; }

    public string? Summary { get; private set; }

    public string? SourceAddress { get; private set; }

    internal static AuditEntry From(AuditEvent e, Actor actor, DateTimeOffset at) => new()
    {
        At = at,
        ActorId = actor.UserId,
        ActorName = Truncate(actor.Name, 200),
        OrganisationId = actor.OrganisationId,
        Action = Truncate(e.Action, 100),
        TargetType = Truncate(e.TargetType, 100),
        TargetId = Truncate(e.TargetId, 200),
        Summary = e.Summary is null ? null : Truncate(e.Summary, 2000),
        SourceAddress = actor.SourceAddress,
    };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>What happened, to what; who did it comes from the current <see cref="Actor"/>.</summary>
public sealed record AuditEvent(string Action, string TargetType, string TargetId, string? Summary = null);
