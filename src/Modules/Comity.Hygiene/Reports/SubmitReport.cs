using System.Net.Mail;
using Comity.Hygiene.Data;
using Comity.Identity.Audit;
using Comity.Identity.Geography;
using Comity.Identity.Organisations;
using Comity.Kernel;

namespace Comity.Hygiene.Reports;

public sealed record SubmitReportRequest(string? Country, string? Language, string? Link, string? Email, string? Phone, string? Message);

/// <summary>An uploaded screenshot as received: its bytes decide its type, never the name or the declared type.</summary>
public sealed record ScreenshotUpload(byte[] Bytes);

public sealed record ReportReceipt(Guid Id);

/// <summary>A member of the public reports a scam; the report joins the queue of their country's CERT, or else its regional centre.</summary>
public static class SubmitReport
{
    public static async Task<Outcome<ReportReceipt>> SubmitAsync(SubmitReportRequest request, ScreenshotUpload? screenshot, bool solvedProofOfWork,
        HygieneDb db, IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var v = Validate(request, screenshot, out var fields, out var imageType);
        if (!v.IsValid)
        {
            return v;
        }
        var queue = await organisations.NationalCertForCountryAsync(fields!.Country, cancellationToken)
            ?? await organisations.CentreForCountryAsync(fields.Country, cancellationToken);
        var now = clock.GetUtcNow();
        var report = ScamReport.Receive(fields, queue?.Id, solvedProofOfWork, imageType is not null, now);
        db.Reports.Add(report);
        if (imageType is not null)
        {
            db.Screenshots.Add(ReportScreenshot.For(report.Id, imageType, screenshot!.Bytes));
        }
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("hygiene.report.received", "hygiene-report", report.Id.ToString(),
            $"{fields.Country}, queue {queue?.ShortName ?? queue?.Name ?? "none"}"), cancellationToken);
        return Outcome<ReportReceipt>.Ok(new ReportReceipt(report.Id));
    }

    internal static Validation Validate(SubmitReportRequest request, ScreenshotUpload? screenshot, out ScamReportFields? fields, out string? imageType)
    {
        var v = new Validation();
        fields = null;
        imageType = null;
        var country = request.Country?.Trim().ToUpperInvariant();
        v.Require(Countries.Exists(country), "country", "Choose the country where you saw this.");
        var language = Languages.IsSupported(request.Language) ? request.Language! : "en";
        var link = Blank(request.Link);
        var email = Blank(request.Email);
        var phone = Blank(request.Phone);
        var message = Blank(request.Message);
        v.MaxLength(link, "link", ScamReport.LinkMax);
        v.MaxLength(email, "email", ScamReport.EmailMax);
        v.MaxLength(phone, "phone", ScamReport.PhoneMax);
        v.MaxLength(message, "message", ScamReport.MessageMax);
        if (link is not null && link.Length <= ScamReport.LinkMax)
        {
            link = Normalise.Url(link);
            v.Require(link is not null, "link", "This does not look like a web address; copy it as it appears, for example example.com/login.");
        }
        if (email is not null && email.Length <= ScamReport.EmailMax)
        {
            email = Normalise.Email(email);
            v.Require(email is not null, "email", "This does not look like an e-mail address.");
        }
        if (phone is not null && phone.Length <= ScamReport.PhoneMax)
        {
            phone = Normalise.Phone(phone);
            v.Require(phone is not null, "phone", "Write the number with 5 to 15 digits, and + in front if it had one.");
        }
        if (screenshot is not null)
        {
            v.Require(screenshot.Bytes.Length <= ReportScreenshot.MaxBytes, "screenshot", "The picture must be 2 MB or smaller.");
            imageType = ImageType.Sniff(screenshot.Bytes);
            v.Require(imageType is not null, "screenshot", "Send a PNG, JPEG, GIF or WebP picture.");
        }
        v.Require(link is not null || email is not null || phone is not null || message is not null || imageType is not null, "",
            "Tell us at least one thing: the link, the address or number it came from, or the message.");
        if (v.IsValid)
        {
            fields = new ScamReportFields(country!, language, link, email, phone, message);
        }
        return v;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One spelling per artefact, so that repeats are recognised.</summary>
internal static class Normalise
{
    public static string? Url(string raw)
    {
        var text = raw.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            // People copy what the message shows, often without a scheme.
            text = "http://" + text;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.IdnHost.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        var builder = new UriBuilder(uri) { Host = uri.IdnHost.ToLowerInvariant(), Fragment = "" };
        return builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped);
    }

    public static string? Domain(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost.ToLowerInvariant() : null;

    public static string? Email(string raw)
    {
        var text = raw.Trim();
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        return $"{address.User}@{address.Host.ToLowerInvariant()}";
    }

    public static string? Phone(string raw)
    {
        var text = raw.Trim();
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' or '+')) || text.LastIndexOf('+') > 0)
        {
            return null;
        }
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is < 5 or > 15 ? null : (text.StartsWith('+') ? "+" : "") + digits;
    }
}

/// <summary>Recognises the image formats a screenshot may have by their first bytes.</summary>
internal static class ImageType
{
    public static string? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
