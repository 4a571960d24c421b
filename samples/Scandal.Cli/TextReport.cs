using System.Globalization;
using System.Text;
using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;

namespace Scandal.Cli;

/// <summary>The default terminal output: the outlet ranking, the statements, and every counted discrepancy.</summary>
internal static class TextReport
{
    public static string Write(CrossCheckReport report, bool listQuotes)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{report.Documents.Count} articles, {report.Quotes.Count} quotations, {report.Statements.Count} statements ({report.Statements.Count(s => !s.SingleSource)} quoted by two articles or more)");
        sb.AppendLine();
        sb.AppendLine("Outlets by consistency (1 = every quoted word matches the consensus):");
        var rank = 0;
        foreach (var o in report.Outlets)
        {
            rank++;
            var kinds = string.Join(", ", o.Discrepancies.Where(kv => kv.Value > 0 && kv.Key != DiscrepancyKind.Typography).Select(kv => $"{kv.Value} {kv.Key.ToString().ToLowerInvariant()}"));
            var score = o.Consistency is { } c ? c.ToString("0.000", inv) : "  —  ";
            sb.AppendLine(inv, $"  {rank,2}. {score}  {o.DocumentId,-28} {o.Quotes,3} quotes  {(kinds.Length == 0 ? "no counted discrepancy" : kinds)}");
        }

        sb.AppendLine();
        sb.AppendLine("Statements quoted by two articles or more:");
        foreach (var s in report.Statements.Where(s => !s.SingleSource))
        {
            sb.AppendLine(inv, $"  {s.Id} {s.Speaker ?? "unknown speaker"} · {s.DocumentIds.Count} articles · agreement {s.Agreement:0.000}{(s.Contested.Count > 0 ? $" · {s.Contested.Count} contested" : string.Empty)}");
            sb.AppendLine(inv, $"     “{Shorten(s.Consensus, 150)}”");
            foreach (var c in s.Contested)
            {
                sb.AppendLine(inv, $"     contested: {string.Join(" vs ", c.Readings.Select(r => $"“{r.Text}” ({string.Join(", ", r.DocumentIds)})"))}");
            }

            foreach (var w in s.Witnesses)
            {
                foreach (var d in w.Discrepancies.Where(d => d.Weight > 0))
                {
                    sb.AppendLine(inv, $"     ! {w.DocumentId} {d.Kind}: “{Shorten(d.Expected, 60)}” → “{Shorten(d.Actual, 60)}” (chars {d.Span.Start}–{d.Span.End})");
                }
            }
        }

        var disagreements = report.Claims.Where(c => !c.Consistent).ToList();
        if (disagreements.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Claims the articles state differently:");
            foreach (var c in disagreements)
            {
                sb.AppendLine(inv, $"  {c.Kind} {c.Topic}: {string.Join("; ", c.Readings.Select(r => $"{r.Value} ({string.Join(", ", r.DocumentIds)})"))}");
            }
        }

        var diagnostics = report.Documents.Where(d => d.Diagnostics.Count > 0).ToList();
        if (diagnostics.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Diagnostics:");
            foreach (var d in diagnostics)
            {
                foreach (var g in d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    sb.AppendLine(inv, $"  {d.Id}: {g.Count()} × {g.First().Severity} {g.Key} {g.First().Message}");
                }
            }
        }

        if (listQuotes)
        {
            foreach (var document in report.Documents)
            {
                var quotes = report.Quotes.Where(q => q.DocumentId == document.Id).ToList();
                sb.AppendLine();
                sb.AppendLine(inv, $"{document.Id}  ({quotes.Count} quotations)");
                foreach (var quote in quotes)
                {
                    sb.AppendLine(inv, $"  - {quote.Speaker ?? "unknown speaker"} [{quote.Kind}] {string.Join(" ", quote.Spans)}");
                    sb.AppendLine(inv, $"    “{Shorten(quote.Text, 160)}”");
                }
            }
        }

        return sb.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
