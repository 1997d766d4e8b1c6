using System.Security.Cryptography;
using System.Text;

namespace Comity.Hygiene.Breaches;

/// <summary>The two hashes Pwned Passwords indexes a password by.</summary>
internal static class PasswordHashes
{
    /// <summary>SHA-1 of the UTF-8 bytes, as the range API's default mode expects.</summary>
#pragma warning disable CA5350 // SHA-1 is the corpus's lookup key, fixed by the Pwned Passwords format, not a security choice.
    public static HashValue Sha1(string password) => HashValue.FromBytes(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
#pragma warning restore CA5350

    /// <summary>The NT hash: MD4 of the UTF-16LE bytes, as <c>?mode=ntlm</c> expects.</summary>
    public static HashValue Nt(string password) => HashValue.FromBytes(Md4.Hash(Encoding.Unicode.GetBytes(password)));

    public static HashValue Of(HashKind kind, string password) => kind == HashKind.Sha1 ? Sha1(password) : Nt(password);
}
