using System.Globalization;
using System.Text;
using Comity.Capacity.Assessment;
using Comity.Identity.Geography;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Strategy;

/// <summary>A piece of an outline section; the HTML page and the Markdown writer each render every kind.</summary>
public abstract record OutlineBlock;

public sealed record OutlineParagraph(string Text) : OutlineBlock;

public sealed record OutlineList(IReadOnlyList<string> Items) : OutlineBlock;

public sealed record OutlineChecklist(IReadOnlyList<OutlineCheck> Items) : OutlineBlock;

public sealed record OutlineCheck(bool Done, string Text, string? Detail);

public sealed record OutlineTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : OutlineBlock;

/// <summary>A heading (level 2 for a chapter, 3 inside one) and what follows it.</summary>
public sealed record OutlineSection(int Level, string Heading, IReadOnlyList<OutlineBlock> Blocks);

public sealed record OutlineDocument(string Title, string Subtitle, IReadOnlyList<OutlineSection> Sections);

/// <summary>The Markdown file as both the API and the page's download link serve it.</summary>
public sealed record MarkdownDownload(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The strategy outline document: vision, principles, where the country stands, objectives with their action plan,
/// governance, monitoring, and the preparation checklist. Built once, then written as HTML (the page) or Markdown.
/// </summary>
public static class Outline
{
    public static OutlineDocument Build(StrategyResponse s, IStringLocalizer t, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var sections = new List<OutlineSection>
        {
            new(2, t["1. Vision"], [new OutlineParagraph(s.Vision ?? t["The vision is still to be written (production phase)."])]),
            new(2, t["2. Guiding principles"], s.Principles.Count > 0 ? [new OutlineList(s.Principles)] : [new OutlineParagraph(t["No principles agreed yet."])]),
            new(2, t["3. Where the country stands"], Standing(s, t)),
        };
        var objectives = s.Objectives.Where(o => o.Status != ObjectiveStatus.Dropped).ToList();
        sections.Add(new(2, t["4. Strategic objectives and action plan"],
            [new OutlineParagraph(objectives.Count == 0 ? t["No objectives yet."] : t["{0} objectives, each with a measurable target and its actions.", objectives.Count])]));
        for (var n = 0; n < objectives.Count; n++)
        {
            sections.Add(new(3, $"4.{n + 1} {objectives[n].Title}", Objective(objectives[n], t)));
        }
        sections.Add(new(2, t["5. Implementation and governance"], [Checklist(s.Phase(StrategyPhase.Implementation), t)]));
        sections.Add(new(2, t["6. Monitoring and evaluation"],
        [
            new OutlineTable(t["Targets to monitor"], [t["Objective"], t["Baseline stage"], t["Target stage"], t["Measure"]],
                objectives.Select(o => (IReadOnlyList<string>)[o.Title, o.Baseline?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    o.TargetStage?.ToString(CultureInfo.InvariantCulture) ?? "—", o.Measure.Length > 0 ? o.Measure : "—"]).ToList()),
            Checklist(s.Phase(StrategyPhase.Monitoring), t),
        ]));
        sections.Add(new(2, t["Annex: preparing the strategy"], []));
        foreach (var phase in new[] { StrategyPhase.Initiation, StrategyPhase.Stocktaking, StrategyPhase.Production })
        {
            var p = s.Phase(phase);
            sections.Add(new(3, $"{p.Name} ({t["{0} of {1} done", p.Done, p.Total]})", [Checklist(p, t)]));
        }
        var subtitle = t["{0} · edition {1} · {2} · outline of {3}", Countries.NameOf(s.Country), s.Edition,
            s.Status == StrategyStatus.Active ? t["In progress"] : t["Archived"], now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        return new OutlineDocument(s.Title, subtitle, sections);
    }

    private static List<OutlineBlock> Standing(StrategyResponse s, IStringLocalizer t)
    {
        if (s.Source is not { } source)
        {
            return [new OutlineParagraph(t["No national self-assessment has been submitted yet; stocktaking relies on the team's own analysis."])];
        }
        return
        [
            new OutlineParagraph(t["From the national self-assessment “{0}”, submitted {1}. Target stage for every factor: {2} ({3}).", source.Title,
                source.SubmittedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", s.TargetStage, t[Export.StageName(s.TargetStage)]]),
            new OutlineTable(t["Stage of each factor"], [t["Factor"], t["Stage"]],
                s.Stages.Select(f => (IReadOnlyList<string>)[f.Name, $"{f.Stage} — {t[Export.StageName(f.Stage)]}"]).ToList()),
        ];
    }

    private static List<OutlineBlock> Objective(ObjectiveResponse o, IStringLocalizer t)
    {
        var facts = new List<string>();
        if (o.FactorName is not null)
        {
            facts.Add(o.Baseline is { } b ? t["Maturity-model factor: {0}, now at stage {1} ({2})", o.FactorName, b, t[Export.StageName(b)]]
                : t["Maturity-model factor: {0}", o.FactorName]);
        }
        if (o.Measure.Length > 0)
        {
            facts.Add(t["Target: {0}", o.Measure]);
        }
        facts.Add(t["Status: {0}", t[o.Status.Label()]]);
        var actions = o.Actions.Where(a => a.Status != ActionStatus.Dropped).ToList();
        return
        [
            new OutlineList(facts),
            actions.Count == 0 ? new OutlineParagraph(t["No actions yet."])
                : new OutlineTable(t["Actions"], [t["Action"], t["Owner"], t["Start"], t["Due"], t["Status"]],
                    actions.Select(a => (IReadOnlyList<string>)[a.Text, a.Owner ?? "—", Day(a.Start), Day(a.Due), t[a.Status.Label()]]).ToList()),
        ];
    }

    private static OutlineChecklist Checklist(PhaseResponse phase, IStringLocalizer t) =>
        new(phase.Items.Select(i => new OutlineCheck(i.Done, i.Text, Detail(i, t))).ToList());

    private static string? Detail(ItemResponse i, IStringLocalizer t)
    {
        var parts = new List<string>();
        if (i.Owner is not null)
        {
            parts.Add(t["owner: {0}", i.Owner]);
        }
        if (i.Due is { } due)
        {
            parts.Add(t["due {0}", Day(due)]);
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static MarkdownDownload Download(StrategyResponse strategy, IStringLocalizer t, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return new(Encoding.UTF8.GetBytes(Markdown(Build(strategy, t, now))), "text/markdown; charset=utf-8",
            $"strategy-{strategy.Country}-edition-{strategy.Edition}.md");
    }

    /// <summary>The outline as CommonMark with GitHub-style tables and task lists; every text the team wrote is escaped.</summary>
    public static string Markdown(OutlineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(document.Title)).AppendLine();
        md.Append('_').Append(Escape(document.Subtitle)).AppendLine("_").AppendLine();
        foreach (var section in document.Sections)
        {
            md.Append('#', section.Level).Append(' ').AppendLine(Escape(section.Heading)).AppendLine();
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case OutlineParagraph p:
                        md.AppendLine(Escape(p.Text));
                        break;
                    case OutlineList l:
                        foreach (var item in l.Items)
                        {
                            md.Append("- ").AppendLine(Escape(item));
                        }
                        break;
                    case OutlineChecklist c:
                        foreach (var item in c.Items)
                        {
                            md.Append(item.Done ? "- [x] " : "- [ ] ").Append(Escape(item.Text));
                            md.AppendLine(item.Detail is null ? "" : $" ({Escape(item.Detail)})");
                        }
                        break;
                    case OutlineTable table:
                        md.Append("| ").AppendJoin(" | ", table.Header.Select(Escape)).AppendLine(" |");
                        md.Append('|').AppendJoin("", table.Header.Select(_ => " --- |")).AppendLine();
                        foreach (var row in table.Rows)
                        {
                            md.Append("| ").AppendJoin(" | ", row.Select(Escape)).AppendLine(" |");
                        }
                        break;
                }
                md.AppendLine();
            }
        }
        return md.ToString();
    }

    /// <summary>
    /// Text as literal Markdown on one line: markup characters are backslash-escaped, so what the team wrote can neither
    /// format the document, break a table, nor smuggle in links or HTML.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ").Trim();
        var escaped = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            // Brackets, emphasis, code, HTML, tables and headings anywhere; list and numbered-list markers only where a line starts.
            if ("\\`*_[]<>|#~&".Contains(c, StringComparison.Ordinal) || (i == 0 && c is '-' or '+' or '=')
                || (c is '.' or ')' && line[..i].All(char.IsAsciiDigit) && i > 0))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
