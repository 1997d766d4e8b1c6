using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Comity.Hygiene.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Analytics;

/// <summary>A count as a dashboard may show it: null when it is under the threshold and so suppressed.</summary>
public sealed record ShownCount(string Label, long? Count);

public sealed record DayCount(DateOnly Day, long? Count);

public sealed record AnalyticsReport(DateOnly From, DateOnly To, string? Country, IReadOnlyList<DayCount> ViewsPerDay,
    IReadOnlyList<ShownCount> ByEvent, IReadOnlyList<ShownCount> ByLanguage, IReadOnlyList<ShownCount> ByPage, IReadOnlyList<ShownCount> ActionsChosen);

/// <summary>The campaign's counters for a period, with every cell under <see cref="Threshold"/> suppressed.</summary>
public static class ReadAnalytics
{
    /// <summary>Counts below this are never shown: a small number could point at a person in a small place.</summary>
    public const int Threshold = 10;

    public static async Task<AnalyticsReport> ReadAsync(DateOnly from, DateOnly to, string? country, HygieneDb db, CancellationToken cancellationToken)
    {
        var query = db.Counters.AsNoTracking().Where(c => c.Day >= from && c.Day <= to);
        if (!string.IsNullOrEmpty(country))
        {
            query = query.Where(c => c.Country == country);
        }
        var rows = await query.ToListAsync(cancellationToken);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var views = rows.Where(r => r.Event == Events.View).GroupBy(r => r.Day).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return new AnalyticsReport(from, to, country,
            days.Select(d => new DayCount(d, Suppress(views.GetValueOrDefault(d)))).ToList(),
            Events.All.Select(e => new ShownCount(e, Suppress(rows.Where(r => r.Event == e).Sum(r => r.Count)))).ToList(),
            Languages.Codes.Select(l => new ShownCount(l, Suppress(rows.Where(r => r.Language == l && r.Event == Events.View).Sum(r => r.Count)))).ToList(),
            Group(rows.Where(r => r.Event == Events.View)),
            Group(rows.Where(r => r.Event == Events.ActionChosen)));
    }

    private static List<ShownCount> Group(IEnumerable<DailyCounter> rows) => rows.GroupBy(r => r.Page)
        .Select(g => (g.Key, Sum: g.Sum(r => r.Count))).OrderByDescending(x => x.Sum).ThenBy(x => x.Key, StringComparer.Ordinal)
        .Select(x => new ShownCount(x.Key, Suppress(x.Sum))).ToList();

    public static long? Suppress(long count) => count < Threshold ? null : count;

    /// <summary>
    /// A bar chart as inline SVG, drawn on the server: a title and description for screen readers, no script, and the
    /// page shows the same numbers in a table beside it. Suppressed days draw no bar.
    /// </summary>
    public static string BarChart(IReadOnlyList<DayCount> days, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(days);
        const int width = 600, height = 200, top = 10, bottom = 20;
        var max = Math.Max(1, days.Max(d => d.Count ?? 0));
        var slot = (double)width / Math.Max(1, days.Count);
        var svg = new StringBuilder();
        var html = HtmlEncoder.Default;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{html.Encode(title)}</title><desc id=\"chart-desc\">{html.Encode(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{height - bottom}\" x2=\"{width}\" y2=\"{height - bottom}\" stroke=\"currentColor\"/>");
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Count is not { } count)
            {
                continue;
            }
            var barHeight = (height - top - bottom) * (double)count / max;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{i * slot + slot * 0.15:0.#}\" y=\"{height - bottom - barHeight:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{barHeight:0.#}\" fill=\"currentColor\"/>");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"0\" y=\"{height - 4}\" font-size=\"12\" fill=\"currentColor\">{days[0].Day:yyyy-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{width}\" y=\"{height - 4}\" font-size=\"12\" text-anchor=\"end\" fill=\"currentColor\">{days[^1].Day:yyyy-MM-dd}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
