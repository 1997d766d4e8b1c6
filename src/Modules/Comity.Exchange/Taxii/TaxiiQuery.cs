using System.Buffers.Binary;
using Comity.Exchange.Objects;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Comity.Exchange.Taxii;

/// <summary>Reads TAXII's URL filters (added_after, limit, next, match[…]) into an <see cref="ObjectQuery"/>.</summary>
internal static class TaxiiQuery
{
    public static ObjectQuery? Parse(IQueryCollection query, out string? error)
    {
        error = null;
        long? after = null;
        if (query.TryGetValue("added_after", out var addedAfter))
        {
            if (!StixTimestamps.TryParseMicros(addedAfter.ToString(), out var micros))
            {
                error = $"added_after '{addedAfter}' is not a timestamp such as 2026-01-31T12:00:00.000000Z.";
                return null;
            }
            after = micros;
        }
        if (query.TryGetValue("next", out var next))
        {
            if (!TryDecodeCursor(next.ToString(), out var cursor))
            {
                error = "next is not a value this server handed out.";
                return null;
            }
            after = Math.Max(after ?? long.MinValue, cursor);
        }
        var limit = ReadObjects.DefaultPageSize;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                error = "limit must be a positive whole number.";
                return null;
            }
            limit = Math.Min(limit, ReadObjects.MaxPageSize);
        }
        var versions = ParseVersions(List(query, "match[version]"), out error);
        if (versions is null)
        {
            return null;
        }
        return new ObjectQuery(after, limit, List(query, "match[id]"), List(query, "match[type]"), versions, List(query, "match[spec_version]"));
    }

    private static VersionFilter? ParseVersions(List<string> values, out string? error)
    {
        error = null;
        if (values.Count == 0)
        {
            return VersionFilter.Latest;
        }
        bool first = false, last = false, all = false;
        var exact = new List<long>();
        foreach (var value in values)
        {
            switch (value)
            {
                case "first": first = true; break;
                case "last": last = true; break;
                case "all": all = true; break;
                default:
                    if (!StixTimestamps.TryParseMicros(value, out var micros))
                    {
                        error = $"match[version] '{value}' is neither first, last, all nor a timestamp.";
                        return null;
                    }
                    exact.Add(micros);
                    break;
            }
        }
        return new VersionFilter(first, last, all, exact);
    }

    private static List<string> List(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The cursor is the date_added of the last object of the previous page; opaque to clients.</summary>
    public static string EncodeCursor(long addedMicros)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, addedMicros);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    private static bool TryDecodeCursor(string text, out long addedMicros)
    {
        addedMicros = 0;
        try
        {
            var bytes = WebEncoders.Base64UrlDecode(text);
            if (bytes.Length != 8)
            {
                return false;
            }
            addedMicros = BinaryPrimitives.ReadInt64BigEndian(bytes);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
