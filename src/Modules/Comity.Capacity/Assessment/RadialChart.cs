using System.Globalization;
using System.Net;
using System.Text;

namespace Comity.Capacity.Assessment;

/// <summary>
/// The stage of each factor as a server-rendered radial chart: one spoke per factor, five rings for the stages. The SVG
/// carries a title and a description, and pages show the same figures as a table next to it.
/// </summary>
public static class RadialChart
{
    // Wider than tall: factor names sit left and right of the circle and must not be clipped.
    private const double Width = 760;
    private const double Height = 520;
    private const double Centre = Height / 2;
    private const double CentreX = Width / 2;
    private const double Radius = 170;

    public static string Render(IReadOnlyList<FactorResult> factors, string title, string description, string? previousLabel = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var svg = new StringBuilder();
        var id = "chart-" + Guid.NewGuid().ToString("N")[..8];
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"radial-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-t {id}-d\" width=\"100%\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(title)}</title><desc id=\"{id}-d\">{E(description)}</desc>");
        for (var ring = 1; ring <= 5; ring++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{CentreX}\" cy=\"{Centre}\" r=\"{F(Radius * ring / 5)}\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"{(ring == 5 ? 1.5 : 0.75)}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{CentreX + 3}\" y=\"{F(Centre - Radius * ring / 5 - 2)}\" font-size=\"10\" fill=\"#333\">{ring}</text>");
        }
        var n = Math.Max(factors.Count, 1);
        for (var i = 0; i < factors.Count; i++)
        {
            var (x, y) = Point(i, n, Radius);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{CentreX}\" y1=\"{Centre}\" x2=\"{F(x)}\" y2=\"{F(y)}\" stroke=\"#b0b0b0\" stroke-width=\"0.75\"/>");
            var (lx, ly) = Point(i, n, Radius + 14);
            var anchor = Math.Abs(lx - CentreX) < 10 ? "middle" : lx > CentreX ? "start" : "end";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" fill=\"#222\">{E(Short(factors[i].Name))}</text>");
        }
        if (previousLabel is not null && factors.Any(f => f.PreviousStage is not null))
        {
            svg.Append(Polygon(factors, f => f.PreviousStage ?? 0, "none", "#7a4b00", "4 3"));
        }
        svg.Append(Polygon(factors, f => f.Stage, "rgba(0,94,162,0.25)", "#005ea2", null));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Polygon(IReadOnlyList<FactorResult> factors, Func<FactorResult, int> stage, string fill, string stroke, string? dash)
    {
        var points = string.Join(' ', factors.Select((f, i) => Point(i, factors.Count, Radius * stage(f) / 5)).Select(p => $"{F(p.X)},{F(p.Y)}"));
        var dashes = dash is null ? "" : $" stroke-dasharray=\"{dash}\"";
        return $"<polygon points=\"{points}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"{dashes}/>";
    }

    private static (double X, double Y) Point(int i, int n, double r)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return (CentreX + r * Math.Cos(angle), Centre + r * Math.Sin(angle));
    }

    private static string Short(string name) => name.Length <= 26 ? name : name[..25] + "…";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
