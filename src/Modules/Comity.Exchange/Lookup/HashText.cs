using System.Buffers;

namespace Comity.Exchange.Lookup;

/// <summary>File hashes as lower-case hex, the algorithm told by (or checked against) the digit count.</summary>
internal static class HashText
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static ObservableKind? KindOfLength(int length) => length switch
    {
        32 => ObservableKind.Md5,
        40 => ObservableKind.Sha1,
        64 => ObservableKind.Sha256,
        128 => ObservableKind.Sha512,
        _ => null,
    };

    public static bool IsHashKind(ObservableKind kind) => kind is ObservableKind.Md5 or ObservableKind.Sha1 or ObservableKind.Sha256 or ObservableKind.Sha512;

    public static bool LooksLikeHash(ReadOnlySpan<char> text) => KindOfLength(text.Length) is not null && IsHex(text);

    public static bool TryNormalise(ReadOnlySpan<char> text, ObservableKind? expected, out Observable observable, out string? error)
    {
        observable = default;
        if (!IsHex(text))
        {
            error = "a hash is hexadecimal digits only";
            return false;
        }
        var kind = KindOfLength(text.Length);
        if (kind is null || (expected is { } e && e != kind))
        {
            error = expected is { } want
                ? $"a {want} hash has {Digits(want)} hex digits, not {text.Length}"
                : $"no supported hash has {text.Length} hex digits";
            return false;
        }
        observable = Observable.Text(kind.Value, text.ToString().ToLowerInvariant());
        error = null;
        return true;
    }

    private static int Digits(ObservableKind kind) => kind switch
    {
        ObservableKind.Md5 => 32,
        ObservableKind.Sha1 => 40,
        ObservableKind.Sha256 => 64,
        _ => 128,
    };

    private static bool IsHex(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExcept(HexDigits);
}
