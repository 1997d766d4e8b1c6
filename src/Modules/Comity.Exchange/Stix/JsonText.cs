using System.Runtime.InteropServices;
using System.Text.Json;

namespace Comity.Exchange.Stix;

/// <summary>
/// Reads short ASCII strings and property names straight from the document into a caller's buffer, so the common case
/// allocates no strings. Returns -1 when the text is escaped, non-ASCII or too long; callers then use the allocating API.
/// </summary>
internal static class JsonText
{
    public static int Value(JsonElement element, Span<char> buffer) =>
        element.ValueKind == JsonValueKind.String ? Copy(Unquote(JsonMarshal.GetRawUtf8Value(element)), buffer) : -1;

    public static int Name(JsonProperty property, Span<char> buffer) =>
        Copy(Unquote(JsonMarshal.GetRawUtf8PropertyName(property)), buffer);

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> raw) =>
        raw.Length >= 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"' ? raw[1..^1] : raw;

    private static int Copy(ReadOnlySpan<byte> utf8, Span<char> buffer)
    {
        if (utf8.Length > buffer.Length)
        {
            return -1;
        }
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b >= 0x80 || b == (byte)'\\')
            {
                return -1;
            }
            buffer[i] = (char)b;
        }
        return utf8.Length;
    }
}
