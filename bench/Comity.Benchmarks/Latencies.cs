using System.Globalization;

namespace Comity.Benchmarks;

/// <summary>Percentiles of measured latencies, reported the same way by every driver.</summary>
internal static class Latencies
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–1) of <paramref name="sorted"/>.</summary>
    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>"p50 …, p95 …, p99 …, max …" in milliseconds; sorts <paramref name="milliseconds"/> in place.</summary>
    public static string Summary(double[] milliseconds)
    {
        Array.Sort(milliseconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {Percentile(milliseconds, 0.50):0.0} ms, p95 {Percentile(milliseconds, 0.95):0.0} ms, p99 {Percentile(milliseconds, 0.99):0.0} ms, max {milliseconds[^1]:0.0} ms");
    }
}
