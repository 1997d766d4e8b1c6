using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Comity.Hygiene.Passwords;

/// <summary>
/// <c>GET /js/words/{list}.txt</c>: the estimator's word lists for password-strength.js, the very bytes the C# estimator
/// embeds (Passwords/Data). The page's script asks for them only when the password field gets focus. Each list is
/// compressed once with Brotli at its best level, which the per-request compression of the host cannot afford.
/// </summary>
internal static class WordListEndpoint
{
    public const string BasePath = "/js/words/";

    /// <summary>A week: the lists change only with a new release, and the ETag makes revalidation cheap.</summary>
    public const string CacheControl = "public, max-age=604800";

    private static readonly Lazy<FrozenDictionary<string, WordList>> Lists = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(BasePath + "{list}.txt", Handle).WithDisplayName("Password word list").ExcludeFromDescription();

    private static IResult Handle(string list, HttpContext context)
    {
        if (!Lists.Value.TryGetValue(list, out var words))
        {
            return TypedResults.NotFound();
        }
        var headers = context.Response.Headers;
        headers.ETag = words.ETag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch == words.ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        if (AcceptsBrotli(context.Request))
        {
            headers.ContentEncoding = "br";
            return TypedResults.Bytes(words.Brotli, "text/plain; charset=utf-8");
        }
        return TypedResults.Bytes(words.Plain, "text/plain; charset=utf-8");
    }

    private static bool AcceptsBrotli(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Split(',').Any(e => e.Split(';')[0].Trim() == "br"));

    private static FrozenDictionary<string, WordList> Load()
    {
        var assembly = typeof(WordListEndpoint).Assembly;
        var lists = new Dictionary<string, WordList>(StringComparer.Ordinal);
        foreach (var name in Dictionaries.Names)
        {
            using var stream = assembly.GetManifestResourceStream($"Comity.Hygiene.Passwords.{name}.txt")
                ?? throw new InvalidOperationException($"The word list {name} is not embedded.");
            using var plain = new MemoryStream();
            stream.CopyTo(plain);
            var bytes = plain.ToArray();
            using var compressed = new MemoryStream();
            using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                brotli.Write(bytes);
            }
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8))}\"";
            lists[name] = new WordList(bytes, compressed.ToArray(), etag);
        }
        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record WordList(byte[] Plain, byte[] Brotli, string ETag);
}
