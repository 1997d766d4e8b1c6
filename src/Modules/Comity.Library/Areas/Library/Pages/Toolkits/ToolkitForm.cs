using System.Text.RegularExpressions;
using Comity.Library.Data;
using Comity.Library.Toolkits;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Areas.Library.Pages.Toolkits;

/// <summary>
/// The toolkit form without JavaScript: every document on the toolkit's topic (and every one already in it) is a row with a
/// tick box and a position number; any other document is added by pasting its address.
/// </summary>
public sealed partial class ToolkitForm
{
    public const int MaxCandidates = 200;

    public string? Title { get; set; }

    public string? Topic { get; set; }

    public string? Description { get; set; }

    public List<ToolkitRow> Rows { get; set; } = [];

    /// <summary>Addresses (/library/documents/…) or ids of further documents, one per line.</summary>
    public string? More { get; set; }

    /// <summary>Ticked rows by position (rows without one after the others), then the pasted documents.</summary>
    public ToolkitInput ToInput()
    {
        var ticked = Rows.Where(r => r.Included).OrderBy(r => r.Position ?? int.MaxValue).Select(r => r.DocumentId);
        var pasted = DocumentId().Matches(More ?? "").Select(m => Guid.Parse(m.Value));
        return new ToolkitInput(Title, Topic, Description, ticked.Concat(pasted).Distinct().ToList());
    }

    public static ToolkitForm From(ToolkitResponse toolkit)
    {
        ArgumentNullException.ThrowIfNull(toolkit);
        return new()
        {
            Title = toolkit.Title,
            Topic = toolkit.Topic,
            Description = toolkit.Description,
            Rows = toolkit.Documents.Select(d => new ToolkitRow { DocumentId = d.Id, Included = true, Position = d.Position }).ToList(),
        };
    }

    /// <summary>The rows to show: the ones in the form, then the other documents on the topic, with their titles.</summary>
    public async Task<IReadOnlyList<(ToolkitRow Row, string Title, string Language)>> CandidatesAsync(LibraryDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var topic = Topic?.Trim().ToLowerInvariant() ?? "";
        var chosen = Rows.Select(r => r.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking()
            .Where(d => chosen.Contains(d.Id) || d.Topics.Contains(topic))
            .OrderBy(d => d.Title).Take(MaxCandidates + chosen.Count)
            .Select(d => new { d.Id, d.Title, d.Language })
            .ToListAsync(cancellationToken);
        var byId = documents.ToDictionary(d => d.Id);
        var rows = Rows.Where(r => byId.ContainsKey(r.DocumentId)).OrderBy(r => r.Included ? 0 : 1).ThenBy(r => r.Position ?? int.MaxValue).ToList();
        rows.AddRange(documents.Where(d => !chosen.Contains(d.Id)).Select(d => new ToolkitRow { DocumentId = d.Id }));
        return rows.Select(r => (r, byId[r.DocumentId].Title, byId[r.DocumentId].Language)).ToList();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex DocumentId();
}

/// <summary>One document in the form: whether it is in the toolkit, and where.</summary>
public sealed class ToolkitRow
{
    public Guid DocumentId { get; set; }

    public bool Included { get; set; }

    public int? Position { get; set; }
}

/// <summary>What the form partial needs: the form and its rows with titles.</summary>
public sealed record ToolkitFormView(ToolkitForm Form, IReadOnlyList<(ToolkitRow Row, string Title, string Language)> Candidates, string SubmitLabel);
