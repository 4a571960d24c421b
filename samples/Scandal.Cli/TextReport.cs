using System.Globalization;
using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;

namespace Scandal.Cli;

/// <summary>The default terminal output: the outlet ranking, the statements, and every counted discrepancy.</summary>
internal static class TextReport
{
    public static void Write(CrossCheckReport report, bool listQuotes, TextWriter sb)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.WriteLine(string.Create(inv, $"{report.Documents.Count} articles, {report.Quotes.Count} quotations, {report.Statements.Count} statements ({report.Statements.Count(s => !s.SingleSource)} quoted by two articles or more)"));
        sb.WriteLine();
        sb.WriteLine("Outlets by consistency (1 = every quoted word matches the consensus):");
        var rank = 0;
        foreach (var o in report.Outlets)
        {
            rank++;
            var kinds = string.Join(", ", o.Discrepancies.Where(kv => kv.Value > 0 && kv.Key != DiscrepancyKind.Typography).Select(kv => $"{kv.Value} {kv.Key.ToString().ToLowerInvariant()}"));
            var score = o.Consistency is { } c ? c.ToString("0.000", inv) : "  —  ";
            sb.WriteLine(string.Create(inv, $"  {rank,2}. {score}  {o.DocumentId,-28} {o.Quotes,3} quotes  {(kinds.Length == 0 ? "no counted discrepancy" : kinds)}"));
        }

        sb.WriteLine();
        sb.WriteLine("Statements quoted by two articles or more:");
        foreach (var s in report.Statements.Where(s => !s.SingleSource))
        {
            sb.WriteLine(string.Create(inv, $"  {s.Id} {s.Speaker ?? "unknown speaker"} · {s.DocumentIds.Count} articles · agreement {s.Agreement:0.000}{(s.Contested.Count > 0 ? $" · {s.Contested.Count} contested" : string.Empty)}"));
            sb.WriteLine(string.Create(inv, $"     “{Shorten(s.Consensus, 150)}”"));
            foreach (var c in s.Contested)
            {
                sb.WriteLine(string.Create(inv, $"     contested: {string.Join(" vs ", c.Readings.Select(r => $"“{r.Text}” ({string.Join(", ", r.DocumentIds)})"))}"));
            }

            foreach (var w in s.Witnesses)
            {
                foreach (var d in w.Discrepancies.Where(d => d.Weight > 0))
                {
                    sb.WriteLine(string.Create(inv, $"     ! {w.DocumentId} {d.Kind}: “{Shorten(d.Expected, 60)}” → “{Shorten(d.Actual, 60)}” (chars {d.Span.Start}–{d.Span.End})"));
                }
            }
        }

        var disagreements = report.Claims.Where(c => !c.Consistent).ToList();
        if (disagreements.Count > 0)
        {
            sb.WriteLine();
            sb.WriteLine("Claims the articles state differently:");
            foreach (var c in disagreements)
            {
                sb.WriteLine(string.Create(inv, $"  {c.Kind} {c.Topic}: {string.Join("; ", c.Readings.Select(r => $"{r.Value} ({string.Join(", ", r.DocumentIds)})"))}"));
            }
        }

        var diagnostics = report.Documents.Where(d => d.Diagnostics.Count > 0).ToList();
        if (diagnostics.Count > 0)
        {
            sb.WriteLine();
            sb.WriteLine("Diagnostics:");
            foreach (var d in diagnostics)
            {
                foreach (var g in d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    sb.WriteLine(string.Create(inv, $"  {d.Id}: {g.Sum(x => x.Count)} × {g.First().Severity} {g.Key} {g.First().Message}"));
                }
            }
        }

        if (listQuotes)
        {
            var byDocument = report.Quotes.ToLookup(q => q.DocumentId, StringComparer.Ordinal);
            foreach (var document in report.Documents)
            {
                var quotes = byDocument[document.Id].ToList();
                sb.WriteLine();
                sb.WriteLine(string.Create(inv, $"{document.Id}  ({quotes.Count} quotations)"));
                foreach (var quote in quotes)
                {
                    sb.WriteLine(string.Create(inv, $"  - {quote.Speaker ?? "unknown speaker"} [{quote.Kind}] {string.Join(" ", quote.Spans)}"));
                    sb.WriteLine(string.Create(inv, $"    “{Shorten(quote.Text, 160)}”"));
                }
            }
        }

    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
