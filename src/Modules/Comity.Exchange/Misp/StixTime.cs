using System.Globalization;

namespace Comity.Exchange.Misp;

internal static class StixTime
{
    /// <summary>STIX timestamps in UTC with exactly three fraction digits (created/modified require milliseconds).</summary>
    public static string Format(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
