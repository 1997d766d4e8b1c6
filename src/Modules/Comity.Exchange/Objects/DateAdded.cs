namespace Comity.Exchange.Objects;

/// <summary>
/// Hands out TAXII date_added values: unique and increasing within a collection, in microseconds, and with the last
/// object of every batch on a whole millisecond. Clients that keep their cursor as a JavaScript date (OpenCTI's TAXII
/// feeds) cut X-TAXII-Date-Added-Last to milliseconds; ending each batch on a millisecond makes that cut exact, so their
/// next poll starts after the last object instead of fetching the objects of its last millisecond again, every poll.
/// </summary>
internal static class DateAdded
{
    private const long MicrosPerMillisecond = 1000;

    /// <summary>
    /// The date_added of the first of <paramref name="count"/> objects added at <paramref name="nowMicros"/> to a
    /// collection whose last date_added was <paramref name="lastAddedMicros"/>; the others follow one microsecond apart.
    /// </summary>
    public static long FirstOfBatch(long nowMicros, long lastAddedMicros, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var earliestLast = Math.Max(nowMicros, lastAddedMicros + 1) + count - 1;
        var last = earliestLast + ((MicrosPerMillisecond - (earliestLast % MicrosPerMillisecond)) % MicrosPerMillisecond);
        return last - count + 1;
    }
}
