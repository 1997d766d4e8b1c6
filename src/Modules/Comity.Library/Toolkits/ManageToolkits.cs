using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Documents;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Toolkits;

/// <summary>A toolkit as a librarian sends it; <see cref="Documents"/> are document ids in reading order.</summary>
public sealed record ToolkitInput(string? Title, string? Topic, string? Description, IReadOnlyList<Guid>? Documents);

public sealed record ToolkitSummary(Guid Id, string Title, string Topic, string Description, int DocumentCount, DateTimeOffset UpdatedAt);

public sealed record ToolkitResponse(Guid Id, string Title, string Topic, string Description, IReadOnlyList<ToolkitDocument> Documents,
    DateTimeOffset UpdatedAt);

/// <summary>A document in a toolkit, in its place.</summary>
public sealed record ToolkitDocument(int Position, Guid Id, string Title, string Type, string Language, int? Year, string? Summary);

/// <summary>Listing, reading, and (for librarians) curating toolkits. Every change is audited.</summary>
public static class ManageToolkits
{
    public static async Task<List<ToolkitSummary>> ListAsync(LibraryDb db, CancellationToken cancellationToken) =>
        await db.Toolkits.AsNoTracking().OrderBy(t => t.Title)
            .Select(t => new ToolkitSummary(t.Id, t.Title, t.Topic, t.Description, t.Entries.Count, t.UpdatedAt))
            .ToListAsync(cancellationToken);

    public static async Task<ToolkitResponse?> GetAsync(Guid id, LibraryDb db, CancellationToken cancellationToken)
    {
        var toolkit = await db.Toolkits.AsNoTracking().Include(t => t.Entries).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (toolkit is null)
        {
            return null;
        }
        var ids = toolkit.Entries.Select(e => e.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Type, d.Language, d.Year, d.Summary }).ToDictionaryAsync(d => d.Id, cancellationToken);
        var listed = toolkit.Entries.OrderBy(e => e.Position).Where(e => documents.ContainsKey(e.DocumentId))
            .Select(e =>
            {
                var d = documents[e.DocumentId];
                return new ToolkitDocument(e.Position, d.Id, d.Title, d.Type, d.Language, d.Year, d.Summary);
            })
            .ToList();
        return new ToolkitResponse(toolkit.Id, toolkit.Title, toolkit.Topic, toolkit.Description, listed, toolkit.UpdatedAt);
    }

    public static async Task<Outcome<ToolkitResponse>> CreateAsync(LibraryCaller caller, ToolkitInput input, LibraryDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<ToolkitResponse>.Forbidden();
        }
        var (valid, validation) = await ValidateAsync(input, db, cancellationToken);
        if (valid is null)
        {
            return validation;
        }
        var toolkit = Toolkit.Create(valid.Title, valid.Topic, valid.Description, valid.Documents, clock.GetUtcNow());
        db.Toolkits.Add(toolkit);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("library.toolkit-created", "library-toolkit", toolkit.Id.ToString(), toolkit.Title),
            cancellationToken);
        return Outcome<ToolkitResponse>.Ok((await GetAsync(toolkit.Id, db, cancellationToken))!);
    }

    public static async Task<Outcome<ToolkitResponse>> EditAsync(LibraryCaller caller, Guid id, ToolkitInput input, LibraryDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<ToolkitResponse>.Forbidden();
        }
        var toolkit = await db.Toolkits.Include(t => t.Entries).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (toolkit is null)
        {
            return Outcome<ToolkitResponse>.NotFound();
        }
        var (valid, validation) = await ValidateAsync(input, db, cancellationToken);
        if (valid is null)
        {
            return validation;
        }
        toolkit.Change(valid.Title, valid.Topic, valid.Description, valid.Documents, clock.GetUtcNow());
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("library.toolkit-changed", "library-toolkit", id.ToString(),
            $"{toolkit.Title}: {valid.Documents.Count} documents"), cancellationToken);
        return Outcome<ToolkitResponse>.Ok((await GetAsync(id, db, cancellationToken))!);
    }

    public static async Task<Outcome<ToolkitSummary>> DeleteAsync(LibraryCaller caller, Guid id, LibraryDb db, IAuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<ToolkitSummary>.Forbidden();
        }
        var toolkit = await db.Toolkits.Include(t => t.Entries).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (toolkit is null)
        {
            return Outcome<ToolkitSummary>.NotFound();
        }
        db.Toolkits.Remove(toolkit);
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("library.toolkit-deleted", "library-toolkit", id.ToString(), toolkit.Title), cancellationToken);
        return Outcome<ToolkitSummary>.Ok(new ToolkitSummary(toolkit.Id, toolkit.Title, toolkit.Topic, toolkit.Description, toolkit.Entries.Count,
            toolkit.UpdatedAt));
    }

    private sealed record ValidToolkit(string Title, string Topic, string Description, IReadOnlyList<Guid> Documents);

    private static async Task<(ValidToolkit? Valid, Validation Validation)> ValidateAsync(ToolkitInput input, LibraryDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validation = new Validation();
        var title = input.Title?.Trim();
        validation.Required(title, "title", Toolkit.TitleMax);
        var topic = input.Topic?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(topic))
        {
            validation.Add("topic", "Choose the toolkit's topic.");
        }
        else if (topic.Length > Toolkit.TopicMax || !LibraryTopics.IsSlug(topic))
        {
            validation.Add("topic", "A topic is written in lower-case letters, digits and hyphens, such as electronic-evidence.");
        }
        var description = input.Description?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        validation.Required(description, "description", Toolkit.DescriptionMax);
        var documents = (input.Documents ?? []).Distinct().ToList();
        if (documents.Count > Toolkit.MaxDocuments)
        {
            validation.Add("documents", $"A toolkit holds at most {Toolkit.MaxDocuments} documents.");
        }
        else if (documents.Count > 0)
        {
            var known = await db.Documents.AsNoTracking().Where(d => documents.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
            var missing = documents.Except(known).ToList();
            if (missing.Count > 0)
            {
                validation.Add("documents", $"These documents are not in the library: {string.Join(", ", missing)}.");
            }
        }
        return validation.IsValid ? (new ValidToolkit(title!, topic!, description!, documents), validation) : (null, validation);
    }
}
