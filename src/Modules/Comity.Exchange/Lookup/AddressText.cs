using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Comity.Exchange.Lookup;

/// <summary>Strict parsing and canonical text of IPv4/IPv6 addresses and CIDR ranges, in the 128-bit space of <see cref="Observable"/>.</summary>
internal static class AddressText
{
    /// <summary>::ffff:0:0, the top 96 bits under which IPv4 addresses live.</summary>
    public static readonly UInt128 V4Mapped = (UInt128)0xFFFF << 32;

    /// <summary>Upper 64 bits of ::ffff:0:0/96 are zero; the lower hold 0xffff then the IPv4 address.</summary>
    private const ulong V4MappedLow = 0xFFFFUL << 32;

    private static readonly UInt128[] Masks = [.. Enumerable.Range(0, 129).Select(p => p == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - p))];

    public static UInt128 Mask(int prefix) => Masks[prefix];

    /// <summary>True for a key in the IPv4 family: inside ::ffff:0:0/96 with a prefix of at least 96.</summary>
    public static bool IsV4(UInt128 address, int prefix) => IsV4((ulong)(address >> 64), (ulong)address, prefix);

    public static bool IsV4(ulong high, ulong low, int prefix) => prefix >= 96 && high == 0 && (low & ~0xFFFF_FFFFUL) == V4MappedLow;

    public static bool TryParse(ReadOnlySpan<char> text, out ObservableKind kind, out UInt128 address, out int prefix, out string? error)
    {
        kind = default;
        address = default;
        prefix = -1;
        var slash = text.IndexOf('/');
        var host = slash < 0 ? text : text[..slash];
        int? length = null;
        if (slash >= 0)
        {
            var digits = text[(slash + 1)..];
            if (digits.Length is 0 or > 3 || !IsDigits(digits))
            {
                error = "the prefix length after / is not a number";
                return false;
            }
            length = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        if (host.Contains(':'))
        {
            if (host.Contains('%') || !IPAddress.TryParse(host, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
            {
                error = "not an IPv6 address";
                return false;
            }
            Span<byte> bytes = stackalloc byte[16];
            parsed.TryWriteBytes(bytes, out _);
            address = BinaryPrimitives.ReadUInt128BigEndian(bytes);
            prefix = length ?? 128;
            if (prefix > 128)
            {
                error = "an IPv6 prefix length is at most 128";
                return false;
            }
        }
        else
        {
            if (!TryParseV4(host, out var v4))
            {
                error = "not an IPv4 address (four decimal numbers 0-255)";
                return false;
            }
            address = V4Mapped | v4;
            prefix = 96 + (length ?? 32);
            if (length > 32)
            {
                error = "an IPv4 prefix length is at most 32";
                return false;
            }
        }
        address &= Mask(prefix);
        kind = IsV4(address, prefix) ? ObservableKind.Ipv4 : ObservableKind.Ipv6;
        error = null;
        return true;
    }

    public static string Format(UInt128 address, int prefix)
    {
        if (IsV4(address, prefix))
        {
            return FormatV4((uint)address, prefix - 96);
        }
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, address);
        var v6 = new IPAddress(bytes).ToString();
        return prefix == 128 ? v6 : string.Create(CultureInfo.InvariantCulture, $"{v6}/{prefix}");
    }

    /// <summary>Dotted quad only: inet_aton forms such as <c>127.1</c> or <c>0x7f.0.0.1</c> are refused, leading zeros read as decimal.</summary>
    public static bool TryParseV4(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        uint octet = 0;
        var digits = 0;
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (digits == 0 || ++dots > 3)
                {
                    return false;
                }
                value = (value << 8) | octet;
                octet = 0;
                digits = 0;
            }
            else if (char.IsAsciiDigit(c) && ++digits <= 3)
            {
                octet = (octet * 10) + (uint)(c - '0');
                if (octet > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }
        if (digits == 0 || dots != 3)
        {
            return false;
        }
        value = (value << 8) | octet;
        return true;
    }

    /// <summary>Writes dotted-quad text without going through composite formatting: this runs once per queried address.</summary>
    private static string FormatV4(uint v4, int length)
    {
        Span<char> buffer = stackalloc char[18];
        var at = 0;
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            ((v4 >> shift) & 0xFF).TryFormat(buffer[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
            if (shift > 0)
            {
                buffer[at++] = '.';
            }
        }
        if (length < 32)
        {
            buffer[at++] = '/';
            length.TryFormat(buffer[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }
        return new string(buffer[..at]);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
