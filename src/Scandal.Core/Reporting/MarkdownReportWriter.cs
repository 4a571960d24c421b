using System.Globalization;
using System.Text;
using Scandal.Core.Alignment;
using Scandal.Core.Claims;
using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;

namespace Scandal.Core.Reporting;

/// <summary>Writes a <see cref="CrossCheckReport"/> as a Markdown document meant to be read by a person.</summary>
/// <remarks>Stateless and thread-safe. Output is deterministic.</remarks>
public static class MarkdownReportWriter
{
    private const int SeriousShown = 12;

    /// <summary>
    /// Writes the report as Markdown: a one-screen summary (outlets ranked by consistency, statements with their
    /// agreement, the most serious discrepancies, the claims), then per statement the consensus text with contested
    /// positions marked and, per outlet, the rendering with its discrepancies, then the documents and their diagnostics.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text, with LF line endings.</returns>
    public static string Write(CrossCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var multi = report.Statements.Count(s => !s.SingleSource);
        sb.Append("# Cross-check report\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{report.Documents.Count} documents · {report.Quotes.Count} quotations · {report.Statements.Count} statements ({multi} quoted by two documents or more) · {report.Claims.Count} claims checked.\n\n");

        WriteOutlets(sb, report);
        WriteStatementTable(sb, report);
        WriteSerious(sb, report);
        WriteClaims(sb, report);
        foreach (var statement in report.Statements)
        {
            WriteStatement(sb, report, statement);
        }

        WriteDocuments(sb, report);
        return sb.ToString();
    }

    private static void WriteOutlets(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("## Outlets by consistency\n\n");
        sb.Append("| # | outlet | consistency | quotes | words scored | typo | substitution | omission | insertion | reordering | truncation | paraphrase | typography |\n");
        sb.Append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var rank = 0;
        foreach (var o in report.Outlets)
        {
            rank++;
            var d = o.Discrepancies;
            sb.Append(CultureInfo.InvariantCulture, $"| {rank} | {o.DocumentId} | {Score(o.Consistency)} | {o.Quotes} | {o.ScoredWords} | {d[DiscrepancyKind.Typo]} | {d[DiscrepancyKind.Substitution]} | {d[DiscrepancyKind.Omission]} | {d[DiscrepancyKind.Insertion]} | {d[DiscrepancyKind.Reordering]} | {d[DiscrepancyKind.Truncation]} | {d[DiscrepancyKind.Paraphrase]} | {d[DiscrepancyKind.Typography]} |\n");
        }

        sb.Append("\nConsistency = Σ fidelity × covered words / Σ covered words over the outlet's renderings of statements quoted by two documents or more; — when it has none.\n\n");
    }

    private static void WriteStatementTable(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("## Statements\n\n| statement | speaker | documents | agreement | contested | opening words |\n|---|---|---:|---:|---:|---|\n");
        foreach (var s in report.Statements)
        {
            var agreement = s.SingleSource ? "single source" : Score(s.Agreement);
            sb.Append(CultureInfo.InvariantCulture, $"| [{s.Id}](#{s.Id}) | {Cell(s.Speaker ?? "unknown")} | {s.DocumentIds.Count} | {agreement} | {s.Contested.Count} | {Cell(Opening(s.Consensus, 12))} |\n");
        }

        sb.Append('\n');
    }

    private static void WriteSerious(StringBuilder sb, CrossCheckReport report)
    {
        var serious = report.Statements
            .Where(s => !s.SingleSource)
            .SelectMany(s => s.Witnesses.SelectMany(w => w.Discrepancies.Select(d => (Statement: s, Witness: w, D: d))))
            .Where(x => x.D.Weight > 0)
            .OrderByDescending(x => x.D.Weight)
            .ThenBy(x => x.Witness.DocumentId, StringComparer.Ordinal)
            .ThenBy(x => x.D.Span.Start)
            .Take(SeriousShown)
            .ToList();
        sb.Append("## Most serious discrepancies\n\nIn statements quoted by two documents or more, heaviest first.\n\n");
        if (serious.Count == 0)
        {
            sb.Append("None.\n\n");
            return;
        }

        sb.Append("| outlet | statement | kind | weight | consensus | outlet printed |\n|---|---|---|---:|---|---|\n");
        foreach (var (statement, witness, d) in serious)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {witness.DocumentId} | {statement.Id} | {d.Kind} | {d.Weight:0.##} | {Cell(Opening(d.Expected, 16))} | {Cell(Opening(d.Actual, 16))} |\n");
        }

        sb.Append('\n');
    }

    private static void WriteClaims(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("## Claims\n\n");
        if (report.Claims.Count == 0)
        {
            sb.Append("No name, amount or date is stated by two documents or more.\n\n");
            return;
        }

        sb.Append("| claim | kind | about | verdict | readings |\n|---|---|---|---|---|\n");
        foreach (var c in report.Claims)
        {
            var readings = string.Join("; ", c.Readings.Select(r => $"{Cell(r.Value)} ({string.Join(", ", r.DocumentIds)})"));
            var verdict = c.Consistent ? "consistent" : c.Kind == ClaimKind.Name ? "**spelled differently**" : "**documents disagree**";
            sb.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {c.Kind} | {Cell(c.Topic.Length == 0 ? "—" : c.Topic)} | {verdict} | {readings} |\n");
        }

        sb.Append('\n');
    }

    private static void WriteStatement(StringBuilder sb, CrossCheckReport report, Statement s)
    {
        sb.Append(CultureInfo.InvariantCulture, $"## {s.Id}\n\n");
        var agreement = s.SingleSource ? "single source (no agreement score)" : $"agreement {Score(s.Agreement)}";
        sb.Append(CultureInfo.InvariantCulture, $"**{Cell(s.Speaker ?? "Unknown speaker")}** · {s.DocumentIds.Count} document(s): {string.Join(", ", s.DocumentIds)} · {agreement}{(s.FromReference ? " · consensus from the reference text" : string.Empty)}\n\n");
        sb.Append("> ").Append(MarkedConsensus(s)).Append("\n\n");
        foreach (var c in s.Contested)
        {
            var readings = string.Join(" vs ", c.Readings.Select(r => $"“{(r.Text.Length == 0 ? "(no word)" : Escape(r.Text))}” ({string.Join(", ", r.DocumentIds)})"));
            sb.Append(CultureInfo.InvariantCulture, $"- Contested word {c.Index + 1}: {readings}. Documents split evenly; the report does not pick one.\n");
        }

        if (s.Contested.Count > 0)
        {
            sb.Append('\n');
        }

        sb.Append("| outlet | quotation | fidelity | coverage | discrepancies |\n|---|---|---:|---:|---|\n");
        foreach (var w in s.Witnesses)
        {
            var counted = w.Discrepancies.Where(d => d.Weight > 0).GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            var free = w.Discrepancies.Count(d => d.Weight == 0);
            var summary = string.Join(", ", counted);
            if (free > 0)
            {
                summary += (summary.Length > 0 ? "; " : string.Empty) + $"{free} not counted";
            }

            sb.Append(CultureInfo.InvariantCulture, $"| {w.DocumentId} | {w.QuoteId} | {Score(w.Fidelity)} | {w.Coverage:P0} | {(summary.Length == 0 ? "none" : summary)} |\n");
        }

        sb.Append('\n');
        foreach (var w in s.Witnesses.Where(w => w.Discrepancies.Count > 0))
        {
            var quote = report.FindQuote(w.QuoteId);
            sb.Append(CultureInfo.InvariantCulture, $"**{w.DocumentId}** ({w.QuoteId}{(quote is null ? string.Empty : ", " + Kind(quote.Kind))}):");
            if (quote is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" “{Escape(quote.Text)}”");
            }

            sb.Append("\n\n");
            foreach (var d in w.Discrepancies)
            {
                var tags = new List<string>();
                if (d.Signalled)
                {
                    tags.Add("signalled");
                }

                if (d.Contested)
                {
                    tags.Add("contested");
                }

                if (d.Weight == 0 && !d.Signalled && !d.Contested)
                {
                    tags.Add("not counted");
                }

                var note = tags.Count > 0 ? $" ({string.Join(", ", tags)})" : $" (weight {d.Weight:0.##})";
                sb.Append(CultureInfo.InvariantCulture, $"- {d.Kind}{note}: “{Escape(d.Expected)}” → “{Escape(d.Actual)}” at {d.Span.Start}..{d.Span.End}\n");
            }

            sb.Append('\n');
        }
    }

    private static void WriteDocuments(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("## Documents\n\n| document | characters | quotations | diagnostics |\n|---|---:|---:|---|\n");
        foreach (var d in report.Documents)
        {
            var quotes = report.Quotes.Count(q => string.Equals(q.DocumentId, d.Id, StringComparison.Ordinal));
            var diagnostics = d.Diagnostics.Count == 0 ? "none" : string.Join("; ", d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} × {g.Key} {Cell(g.First().Message)}"));
            sb.Append(CultureInfo.InvariantCulture, $"| {d.Id} | {d.Length} | {quotes} | {diagnostics} |\n");
        }

        sb.Append('\n');
    }

    /// <summary>The consensus with contested words shown as **[a | b]**.</summary>
    private static string MarkedConsensus(Statement s)
    {
        if (s.Contested.Count == 0)
        {
            return Escape(s.Consensus);
        }

        var sb = new StringBuilder();
        var contested = s.Contested.ToDictionary(c => c.Index);
        for (var i = 0; i < s.Words.Count; i++)
        {
            if (contested.TryGetValue(i, out var c))
            {
                sb.Append("**[").Append(string.Join(" | ", c.Readings.Select(r => r.Text.Length == 0 ? "—" : Escape(r.Text)))).Append("]**");
            }
            else
            {
                sb.Append(Escape(s.Words[i].Text));
            }

            var separator = s.Words[i].Separator;
            sb.Append(i + 1 < s.Words.Count ? separator : separator.TrimEnd());
        }

        return sb.ToString();
    }

    private static string Score(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static string Opening(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts.Take(words)) + " …";
    }

    private static string Cell(string text) => Escape(text);

    /// <summary>
    /// Writes the quotations of one article as Markdown, for review against the article: a table of contents line per
    /// quotation, then each quotation with its speaker, kind and every piece with its span.
    /// </summary>
    /// <param name="result">The extraction result.</param>
    /// <returns>The Markdown text, with LF line endings.</returns>
    public static string WriteExtraction(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var article = result.Article;
        sb.Append(CultureInfo.InvariantCulture, $"# Quotations in {article.Id}\n\n");
        var kinds = string.Join(", ", result.Quotes.GroupBy(q => q.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Kind(g.Key)}"));
        sb.Append(CultureInfo.InvariantCulture, $"{result.Quotes.Count} quotation(s) in {article.Text.Length:N0} characters");
        sb.Append(kinds.Length > 0 ? $": {kinds}.\n\n" : ".\n\n");
        if (result.Diagnostics.Count > 0)
        {
            sb.Append("Diagnostics:\n\n");
            foreach (var d in result.Diagnostics)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {d.Severity} {d.Code}{(d.Span is { } s ? $" at {s.Start}" : string.Empty)}: {d.Message}\n");
            }

            sb.Append('\n');
        }

        sb.Append("| # | speaker | kind | pieces | start | words |\n|---:|---|---|---:|---:|---:|\n");
        var n = 0;
        foreach (var q in result.Quotes)
        {
            n++;
            var words = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            sb.Append(CultureInfo.InvariantCulture, $"| {n} | {q.Speaker ?? "—"} | {Kind(q.Kind)} | {q.Pieces.Count} | {q.Spans[0].Start} | {words} |\n");
        }

        sb.Append('\n');
        n = 0;
        foreach (var q in result.Quotes)
        {
            n++;
            sb.Append(CultureInfo.InvariantCulture, $"## {n}. {q.Speaker ?? "(no speaker)"} · {Kind(q.Kind)}\n\n");
            sb.Append(SpeakerEvidenceLine(q, article.Text));
            for (var i = 0; i < q.Pieces.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{q.Spans[i].Start}..{q.Spans[i].End}` {Escape(q.Pieces[i])}\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Who-said-what evidence: the rule and the cue as printed, or why there is no speaker.</summary>
    private static string SpeakerEvidenceLine(Quote q, string text)
    {
        if (q.Evidence is { } e)
        {
            var cue = e.End <= text.Length ? text[e.Start..e.End].ReplaceLineEndings(" ") : string.Empty;
            if (cue.Length > 120)
            {
                cue = cue[..117] + "...";
            }

            return string.Create(CultureInfo.InvariantCulture, $"Speaker by {e.Rule} at `{e.Start}..{e.End}`: {Escape(cue)}\n\n");
        }

        return q.MissingReason switch
        {
            SpeakerMissing.Ambiguous => "No speaker: the cue is ambiguous.\n\n",
            SpeakerMissing.NoCue => "No speaker: no attribution cue.\n\n",
            _ => string.Empty,
        };
    }

    private static string Kind(QuoteKind kind) => kind switch
    {
        QuoteKind.EmbeddedPost => "embedded post",
        QuoteKind.Fragment => "fragment",
        _ => "direct",
    };

    /// <summary>Keeps quoted text literal in Markdown (no accidental emphasis, headings or tables).</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("#", "\\#", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
