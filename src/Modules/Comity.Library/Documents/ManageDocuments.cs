using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Documents;

/// <summary>
/// Adding, describing and removing documents. Each write validates everything first, commits the change with its
/// change-log entry and audit record, then brings this node's index up to date, so the uploader's next search finds it.
/// </summary>
public static class ManageDocuments
{
    /// <summary>
    /// Adds a document from an uploaded file. The file must be recognised and its text extracted, and the metadata valid,
    /// before anything is stored; a title may come from the file itself.
    /// </summary>
    public static async Task<Outcome<DocumentResponse>> UploadAsync(LibraryCaller caller, string? fileName, byte[]? content, DocumentInput input,
        LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<DocumentResponse>.Forbidden();
        }
        var now = clock.GetUtcNow();
        var (file, error) = content is null
            ? (null, $"The file is larger than the {UploadedFiles.MaxBytes / (1024 * 1024)} MB the library accepts.")
            : UploadedFiles.Read(fileName, content);
        var (description, validation) = DocumentDescription.From(input, file?.SuggestedTitle, now.Year);
        if (content is { Length: 0 } && string.IsNullOrEmpty(fileName))
        {
            error = "Choose a file to upload.";
        }
        if (error is not null)
        {
            validation.Add("file", error);
        }
        if (!validation.IsValid)
        {
            return validation;
        }
        if (await db.Documents.AsNoTracking().Where(d => d.Sha256 == file!.Sha256).Select(d => new { d.Id, d.Title }).FirstOrDefaultAsync(cancellationToken)
            is { } existing)
        {
            return Outcome<DocumentResponse>.Conflict($"This file is already in the library as \"{existing.Title}\" (/library/documents/{existing.Id}).");
        }
        var document = Document.Create(Guid.CreateVersion7(now), description!, file!, caller.UserId, caller.Name, now);
        db.Documents.Add(document);
        db.Files.Add(DocumentFile.For(document.Id, file!.Content));
        await LibraryChanges.SaveAsync(db, audit, new AuditEvent("library.document-added", "library-document", document.Id.ToString(),
            $"{document.Title} ({document.FileName}, {document.Size} bytes)"), [(document.Id, ChangeKind.Upsert)], now, cancellationToken);
        await keeper.CurrentAsync(db, cancellationToken);
        return Outcome<DocumentResponse>.Ok(DocumentResponse.From(document));
    }

    /// <summary>Replaces a document's metadata; the file and its text stay.</summary>
    public static async Task<Outcome<DocumentResponse>> EditAsync(LibraryCaller caller, Guid id, DocumentInput input, LibraryDb db, LibraryIndexKeeper keeper,
        IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<DocumentResponse>.Forbidden();
        }
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return Outcome<DocumentResponse>.NotFound();
        }
        var now = clock.GetUtcNow();
        var (description, validation) = DocumentDescription.From(input, null, now.Year);
        if (!validation.IsValid)
        {
            return validation;
        }
        document.Describe(description!, now);
        await LibraryChanges.SaveAsync(db, audit, new AuditEvent("library.document-edited", "library-document", id.ToString(), document.Title),
            [(id, ChangeKind.Upsert)], now, cancellationToken);
        await keeper.CurrentAsync(db, cancellationToken);
        return Outcome<DocumentResponse>.Ok(DocumentResponse.From(document));
    }

    /// <summary>Removes a document, its file and its place in any toolkit.</summary>
    public static async Task<Outcome<DocumentResponse>> DeleteAsync(LibraryCaller caller, Guid id, LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsLibrarian)
        {
            return Outcome<DocumentResponse>.Forbidden();
        }
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return Outcome<DocumentResponse>.NotFound();
        }
        var response = DocumentResponse.From(document);
        var entries = await db.ToolkitEntries.Where(e => e.DocumentId == id).ToListAsync(cancellationToken);
        db.ToolkitEntries.RemoveRange(entries);
        db.Files.Remove(await db.Files.SingleAsync(f => f.DocumentId == id, cancellationToken));
        db.Documents.Remove(document);
        await LibraryChanges.SaveAsync(db, audit, new AuditEvent("library.document-deleted", "library-document", id.ToString(),
            $"{document.Title} ({document.FileName})"), [(id, ChangeKind.Delete)], clock.GetUtcNow(), cancellationToken);
        await keeper.CurrentAsync(db, cancellationToken);
        return Outcome<DocumentResponse>.Ok(response);
    }
}
