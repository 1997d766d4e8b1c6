using System.Globalization;

namespace Comity.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>/proc/thread-self/schedstat</c>), so throughput on a shared machine counts
/// the time this thread ran rather than the time it waited for a core.
/// </summary>
internal static class ThreadCpu
{
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }
        var text = File.ReadAllText("/proc/thread-self/schedstat");
        var nanoseconds = long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
