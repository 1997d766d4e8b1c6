namespace Comity.Hygiene.Breaches;

/// <summary>The two hash families Pwned Passwords publishes: SHA-1 of the UTF-8 password, and the NT hash (MD4 of UTF-16LE).</summary>
internal enum HashKind
{
    Sha1,
    Ntlm,
}

internal static class HashKinds
{
    /// <summary>The range prefix is always 5 hex digits, so 2^20 buckets.</summary>
    public const int PrefixHexLength = 5;

    public const int BucketCount = 1 << 20;

    public static int HashBytes(this HashKind kind) => kind == HashKind.Sha1 ? 20 : 16;

    public static int HashHexLength(this HashKind kind) => kind.HashBytes() * 2;

    public static int SuffixHexLength(this HashKind kind) => kind.HashHexLength() - PrefixHexLength;

    /// <summary>The store's file name inside the configured directory, one file per kind.</summary>
    public static string StoreFileName(this HashKind kind) => kind == HashKind.Sha1 ? "pwned-sha1.range" : "pwned-ntlm.range";

    public static string Name(this HashKind kind) => kind == HashKind.Sha1 ? "SHA-1" : "NTLM";
}
