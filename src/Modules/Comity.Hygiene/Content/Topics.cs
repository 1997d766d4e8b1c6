namespace Comity.Hygiene.Content;

/// <summary>A lesson topic: one of the few actions that protect most, in order of impact for a new internet user.</summary>
public sealed record Topic(string Key, string Title);

public static class Topics
{
    /// <summary>Ranked by how much harm each action prevents for the effort it takes (see docs/hygiene.md).</summary>
    public static IReadOnlyList<Topic> All { get; } =
    [
        new("passphrases", "Long, unique passphrases and a password manager"),
        new("two-factor", "A second step when you sign in"),
        new("updates", "Updates, switched on automatically"),
        new("scams", "Spot and report scams"),
        new("backups", "Backups of what you cannot lose"),
        new("privacy", "Privacy settings"),
    ];

    public static Topic? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
