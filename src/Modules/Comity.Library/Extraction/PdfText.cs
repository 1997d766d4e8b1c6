using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Comity.Library.Extraction;

/// <summary>The text layer of a PDF, page by page in reading order.</summary>
internal static class PdfText
{
    public static string Extract(byte[] pdf, int maxChars)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var builder = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                builder.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
                // Later pages would only be cut off again.
                if (builder.Length > maxChars)
                {
                    break;
                }
            }
            return builder.ToString();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new TextExtractionException(ExtractionFailure.Unreadable, "The PDF is password-protected; upload an unprotected copy.", e);
        }
    }
}
