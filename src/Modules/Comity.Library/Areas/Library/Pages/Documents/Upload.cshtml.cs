using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Library.Data;
using Comity.Library.Documents;
using Comity.Library.Indexing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Library.Areas.Library.Pages.Documents;

/// <summary>A librarian adds a PDF, HTML or Markdown file with its description; a file that cannot be read is refused and nothing is kept.</summary>
[RequestSizeLimit(UploadedFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFiles.MaxRequestBytes)]
public sealed class UploadModel(LibraryDb db, LibraryIndexKeeper keeper, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DocumentForm Form { get; set; } = DocumentForm.New();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        byte[]? content = [];
        if (Upload is not null)
        {
            await using var stream = Upload.OpenReadStream();
            content = await UploadedFiles.ReadLimitedAsync(stream, cancellationToken);
        }
        var outcome = await ManageDocuments.UploadAsync(LibraryCaller.From(User), Upload?.FileName, content, Form.ToInput(), db, keeper, audit, clock,
            cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            // The file's error lands on "Form.File", beside the file input.
            ModelState.AddOutcomeErrors(outcome, "Form");
            return Page();
        }
        TempData["Message"] = "The document is in the library and can be searched now.";
        return Redirect($"/library/documents/{outcome.Value!.Id}");
    }
}
