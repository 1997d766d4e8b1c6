using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Comity.Library.Search;

/// <summary>
/// Query-biased snippets without Lucene's highlighter (not served here): re-analyse the stored text with the
/// document's analyser, find the tokens whose analysed form is a query term, and cut the one or two windows that
/// cover the most distinct terms. The output is HTML: every character of the source is escaped and only the
/// &lt;mark&gt; tags are ours, so markup in a document can never become live.
/// </summary>
internal static class SnippetBuilder
{
    public const int PassageLength = 220;
    private const int MaxAnalyzedChars = 100_000;
    private const int MaxMatches = 1_000;

    public static IReadOnlyList<string> Build(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms, int maxPassages = 2)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var matches = terms.Count == 0 ? [] : FindMatches(text, analyzer, field, terms);
        if (matches.Count == 0)
        {
            var (start, end) = Window(text, 0);
            return [Render(text, start, end, [])];
        }
        var chosen = new List<(int Start, int End)>();
        foreach (var candidate in Candidates(text, matches).OrderByDescending(c => c.Score).ThenBy(c => c.Start))
        {
            if (chosen.Count == maxPassages)
            {
                break;
            }
            if (chosen.All(c => candidate.End <= c.Start || candidate.Start >= c.End))
            {
                chosen.Add((candidate.Start, candidate.End));
            }
        }
        return chosen.OrderBy(c => c.Start).Select(c => Render(text, c.Start, c.End, matches)).ToList();
    }

    /// <summary>Escapes the five characters that matter in HTML text and attribute values.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    private static List<(int Start, int End, string Term)> FindMatches(string text, Analyzer analyzer, string field, IReadOnlySet<string> terms)
    {
        var matches = new List<(int, int, string)>();
        var analyzed = text.Length > MaxAnalyzedChars ? text[..MaxAnalyzedChars] : text;
        using var stream = analyzer.GetTokenStream(field, analyzed);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && matches.Count < MaxMatches)
        {
            var value = term.ToString();
            if (terms.Contains(value) && offset.EndOffset <= analyzed.Length && offset.StartOffset < offset.EndOffset)
            {
                matches.Add((offset.StartOffset, offset.EndOffset, value));
            }
        }
        stream.End();
        // CJK bigrams overlap ("网络", "络犯"): merge overlapping spans so the marks never nest.
        var merged = new List<(int Start, int End, string Term)>();
        foreach (var match in matches.OrderBy(m => m.Item1))
        {
            if (merged.Count > 0 && match.Item1 < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.End, match.Item2), last.Term);
            }
            else
            {
                merged.Add(match);
            }
        }
        return merged;
    }

    private static IEnumerable<(int Start, int End, int Score)> Candidates(string text, List<(int Start, int End, string Term)> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            // Start a little before the match so that it reads in context.
            var (start, end) = Window(text, Math.Max(0, matches[i].Start - (PassageLength / 4)));
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End <= end; j++)
            {
                if (matches[j].Start >= start)
                {
                    distinct.Add(matches[j].Term);
                    count++;
                }
            }
            yield return (start, end, (distinct.Count * 100) + count);
        }
    }

    /// <summary>A window of about <see cref="PassageLength"/> characters from near <paramref name="from"/>, snapped to word boundaries when there are any.</summary>
    private static (int Start, int End) Window(string text, int from)
    {
        var start = from;
        if (start > 0)
        {
            var space = text.LastIndexOf(' ', start, Math.Min(start + 1, 30));
            start = space >= 0 ? space + 1 : start;
        }
        var end = Math.Min(text.Length, start + PassageLength);
        if (end < text.Length)
        {
            var space = text.IndexOf(' ', end, Math.Min(30, text.Length - end));
            end = space >= 0 ? space : end;
        }
        // Never split a surrogate pair.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    private static string Render(string text, int start, int end, List<(int Start, int End, string Term)> matches)
    {
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }
        var position = start;
        foreach (var (matchStart, matchEnd, _) in matches)
        {
            if (matchStart < position || matchEnd > end)
            {
                continue;
            }
            AppendEscaped(builder, text.AsSpan(position, matchStart - position));
            builder.Append("<mark>");
            AppendEscaped(builder, text.AsSpan(matchStart, matchEnd - matchStart));
            builder.Append("</mark>");
            position = matchEnd;
        }
        AppendEscaped(builder, text.AsSpan(position, end - position));
        if (end < text.Length)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // Newlines and tabs become spaces so that a snippet is one line.
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
    }
}
