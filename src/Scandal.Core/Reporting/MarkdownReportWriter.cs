using System.Globalization;
using System.Text;
using Scandal.Core.Alignment;
using Scandal.Core.Claims;
using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Scoring;

namespace Scandal.Core.Reporting;

/// <summary>Writes a <see cref="CrossCheckReport"/> as a Markdown document meant to be read by a person.</summary>
/// <remarks>
/// <para>Stateless and thread-safe. Output is deterministic. Every piece of text that comes from an input (document
/// ids and file names, speakers, quotation text, claim values, diagnostic messages) is escaped: it can neither break a
/// table (<c>|</c>, line breaks), start a heading or a list, make a link, nor carry HTML (<c>&lt;script&gt;</c>).</para>
/// <para>The report is written as it goes to a <see cref="TextWriter"/> or <see cref="Stream"/>: memory does not grow
/// with the size of the output, and every lookup is by index, so the time is linear in the report's size.</para>
/// </remarks>
public static class MarkdownReportWriter
{
    private const int SeriousShown = 12;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

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
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes the report as UTF-8 Markdown (no BOM) to a stream, as it goes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; it is flushed, not disposed.</param>
    public static void Write(CrossCheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        Write(report, writer);
    }

    /// <summary>Writes the report as Markdown to a text writer, as it goes (LF line endings).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer; it is flushed, not disposed.</param>
    public static void Write(CrossCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var w = writer;
        var multi = report.Statements.Count(s => !s.SingleSource);
        w.Write("# Cross-check report\n\n");
        w.Write(Inv($"{report.Documents.Count} documents · {report.Quotes.Count} quotations · {report.Statements.Count} statements ({multi} quoted by two documents or more) · {report.Claims.Count} claims checked.\n\n"));

        WriteOutlets(w, report);
        WriteStatementTable(w, report);
        WriteSerious(w, report);
        WriteClaims(w, report);
        WriteTranslations(w, report);
        var quotes = QuotesById(report);
        foreach (var statement in report.Statements)
        {
            WriteStatement(w, quotes, statement);
        }

        WriteDocuments(w, report);
        w.Flush();
    }

    private static Dictionary<string, Quote> QuotesById(CrossCheckReport report)
    {
        var quotes = new Dictionary<string, Quote>(report.Quotes.Count, StringComparer.Ordinal);
        foreach (var q in report.Quotes)
        {
            quotes.TryAdd(q.Id, q);
        }

        return quotes;
    }

    private static void WriteOutlets(TextWriter w, CrossCheckReport report)
    {
        w.Write("## Outlets by consistency\n\n");
        w.Write("| # | outlet | consistency | quotes | words scored | typo | substitution | omission | insertion | reordering | truncation | paraphrase | typography |\n");
        w.Write("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var rank = 0;
        foreach (var o in report.Outlets)
        {
            rank++;
            var d = o.Discrepancies;
            w.Write(Inv($"| {rank} | {Cell(o.DocumentId)} | {Score(o.Consistency)} | {o.Quotes} | {o.ScoredWords} | {d[DiscrepancyKind.Typo]} | {d[DiscrepancyKind.Substitution]} | {d[DiscrepancyKind.Omission]} | {d[DiscrepancyKind.Insertion]} | {d[DiscrepancyKind.Reordering]} | {d[DiscrepancyKind.Truncation]} | {d[DiscrepancyKind.Paraphrase]} | {d[DiscrepancyKind.Typography]} |\n"));
        }

        w.Write("\nConsistency = Σ fidelity × covered words / Σ covered words over the outlet's renderings of statements quoted by two documents or more; — when it has none.\n\n");
    }

    private static void WriteStatementTable(TextWriter w, CrossCheckReport report)
    {
        w.Write("## Statements\n\n| statement | speaker | documents | agreement | contested | opening words |\n|---|---|---:|---:|---:|---|\n");
        foreach (var s in report.Statements)
        {
            var agreement = s.SingleSource ? "single source" : Score(s.Agreement);
            w.Write(Inv($"| [{Cell(s.Id)}](#{Anchor(s.Id)}) | {Cell(s.Speaker ?? "unknown")} | {s.DocumentIds.Count} | {agreement} | {s.Contested.Count} | {Cell(Opening(s.Consensus, 12))} |\n"));
        }

        w.Write('\n');
    }

    private static void WriteSerious(TextWriter w, CrossCheckReport report)
    {
        var serious = report.Statements
            .Where(s => !s.SingleSource)
            .SelectMany(s => s.Witnesses.SelectMany(w => w.Discrepancies.Select(d => (Statement: s, Witness: w, D: d))))
            .Where(x => x.D.Weight > 0)
            .OrderByDescending(x => x.D.Material)
            .ThenByDescending(x => x.D.Weight)
            .ThenBy(x => x.Witness.DocumentId, StringComparer.Ordinal)
            .ThenBy(x => x.D.Span.Start)
            .Take(SeriousShown)
            .ToList();
        w.Write("## Most serious discrepancies\n\nIn statements quoted by two documents or more: material changes (a number, a negation, a name, a modal) first, then heaviest first.\n\n");
        if (serious.Count == 0)
        {
            w.Write("None.\n\n");
            return;
        }

        w.Write("| outlet | statement | kind | weight | consensus | outlet printed |\n|---|---|---|---:|---|---|\n");
        foreach (var (statement, witness, d) in serious)
        {
            w.Write(Inv($"| {Cell(witness.DocumentId)} | {Cell(statement.Id)} | {d.Kind}{(d.Material ? " (material: " + d.Reason + ")" : string.Empty)} | {d.Weight:0.##} | {Cell(Opening(d.Expected, 16))} | {Cell(Opening(d.Actual, 16))} |\n"));
        }

        w.Write('\n');
    }

    private static void WriteClaims(TextWriter w, CrossCheckReport report)
    {
        w.Write("## Claims\n\n");
        if (report.Claims.Count == 0)
        {
            w.Write("No name, amount or date is stated by two documents or more.\n\n");
            return;
        }

        w.Write("| claim | kind | about | verdict | readings |\n|---|---|---|---|---|\n");
        foreach (var c in report.Claims)
        {
            var readings = string.Join("; ", c.Readings.Select(r => $"{Cell(r.Value)}{(r.Ambiguous ? " (ambiguous: day or month first)" : string.Empty)} ({Ids(r.DocumentIds)})"));
            var verdict = c.Consistent ? "consistent" : c.Kind == ClaimKind.Name ? "**spelled differently**" : "**documents disagree**";
            w.Write(Inv($"| {Cell(c.Id)} | {c.Kind} | {Cell(c.Topic.Length == 0 ? "—" : c.Topic)} | {verdict} | {readings} |\n"));
        }

        w.Write('\n');
    }

    private static void WriteStatement(TextWriter w, Dictionary<string, Quote> quotes, Statement s)
    {
        w.Write(Inv($"## {Escape(s.Id)}\n\n"));
        var agreement = s.SingleSource ? "single source (no agreement score)" : $"agreement {Score(s.Agreement)}";
        w.Write(Inv($"**{Cell(s.Speaker ?? "Unknown speaker")}** · {s.DocumentIds.Count} document(s): {Ids(s.DocumentIds)} · {agreement}{(s.FromReference ? " · consensus from the reference text" : string.Empty)}\n\n"));
        if (s.SpeakersDisagree)
        {
            var named = string.Join("; ", s.SpeakerReadings.Select(r => $"{Cell(r.Speaker ?? "no speaker")} ({Ids(r.DocumentIds)})"));
            w.Write(Inv($"**Speakers disagree:** {named}. The same words are attributed to different people.\n\n"));
        }

        w.Write("> ");
        w.Write(MarkedConsensus(s));
        w.Write("\n\n");
        foreach (var c in s.Contested)
        {
            var readings = string.Join(" vs ", c.Readings.Select(r => $"“{(r.Text.Length == 0 ? "(no word)" : Escape(r.Text))}” ({Ids(r.DocumentIds)})"));
            w.Write(Inv($"- Contested word {c.Index + 1}: {readings}. Documents split evenly; the report does not pick one.\n"));
        }

        if (s.Contested.Count > 0)
        {
            w.Write('\n');
        }

        w.Write("| outlet | quotation | fidelity | coverage | discrepancies |\n|---|---|---:|---:|---|\n");
        foreach (var witness in s.Witnesses)
        {
            var counted = witness.Discrepancies.Where(d => d.Weight > 0).GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            var free = witness.Discrepancies.Count(d => d.Weight == 0);
            var summary = string.Join(", ", counted);
            if (free > 0)
            {
                summary += (summary.Length > 0 ? "; " : string.Empty) + $"{free} not counted";
            }

            w.Write(Inv($"| {Cell(witness.DocumentId)} | {Cell(witness.QuoteId)} | {Score(witness.Fidelity)} | {witness.Coverage:P0} | {(summary.Length == 0 ? "none" : summary)} |\n"));
        }

        w.Write('\n');
        foreach (var witness in s.Witnesses)
        {
            if (witness.Discrepancies.Count == 0)
            {
                continue;
            }

            var quote = quotes.GetValueOrDefault(witness.QuoteId);
            w.Write(Inv($"**{Escape(witness.DocumentId)}** ({Escape(witness.QuoteId)}{(quote is null ? string.Empty : ", " + Kind(quote.Kind))}):"));
            if (quote is not null)
            {
                w.Write(" “");
                w.Write(Escape(quote.Text));
                w.Write('”');
            }

            w.Write("\n\n");
            foreach (var d in witness.Discrepancies)
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

                if (tags.Count == 0)
                {
                    tags.Add(string.Create(CultureInfo.InvariantCulture, $"weight {d.Weight:0.##}"));
                }

                if (d.Material)
                {
                    tags.Add("material");
                }

                if (d.Reason is not null && !d.Contested)
                {
                    tags.Add(d.Reason);
                }

                var note = $" ({string.Join(", ", tags)})";
                w.Write(Inv($"- {d.Kind}{note}: “{Escape(d.Expected)}” → “{Escape(d.Actual)}” at {d.Span.Start}..{d.Span.End}\n"));
            }

            w.Write('\n');
        }
    }

    private static void WriteTranslations(TextWriter w, CrossCheckReport report)
    {
        if (report.Translations.Count == 0)
        {
            return;
        }

        w.Write(Inv($"## Translations\n\nQuotations in another language than the batch's ({Cell(report.Language)}): not compared with the statements and not scored.\n\n| document | quotation | language | opening words |\n|---|---|---|---|\n"));
        foreach (var t in report.Translations)
        {
            var quote = report.FindQuote(t.QuoteId);
            w.Write(Inv($"| {Cell(t.DocumentId)} | {Cell(t.QuoteId)} | {Cell(t.Language)} | {Cell(Opening(quote?.Text ?? string.Empty, 12))} |\n"));
        }

        w.Write('\n');
    }

    private static void WriteDocuments(TextWriter w, CrossCheckReport report)
    {
        // Quotes are sorted by document: one pass counts them all.
        var counts = new Dictionary<string, int>(report.Documents.Count, StringComparer.Ordinal);
        foreach (var q in report.Quotes)
        {
            counts[q.DocumentId] = counts.GetValueOrDefault(q.DocumentId) + 1;
        }

        w.Write("## Documents\n\n| document | characters | quotations | diagnostics |\n|---|---:|---:|---|\n");
        foreach (var d in report.Documents)
        {
            var quotes = counts.GetValueOrDefault(d.Id);
            var diagnostics = d.Diagnostics.Count == 0 ? "none" : string.Join("; ", d.Diagnostics.GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Inv($"{g.Sum(x => x.Count)} × {g.Key} {Cell(g.First().Message)}")));
            w.Write(Inv($"| {Cell(d.Id)} | {d.Length} | {quotes} | {diagnostics} |\n"));
        }

        w.Write('\n');
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

            var separator = Escape(s.Words[i].Separator);
            sb.Append(i + 1 < s.Words.Count ? separator : separator.TrimEnd());
        }

        return sb.ToString();
    }

    private static string Score(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Ids(IEnumerable<string> ids) => string.Join(", ", ids.Select(Escape));

    /// <summary>A heading anchor for an id: letters, digits and hyphens only.</summary>
    private static string Anchor(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }

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
        var w = new StringBuilder();
        var article = result.Article;
        w.Append(Inv($"# Quotations in {Escape(article.Id)}\n\n"));
        var kinds = string.Join(", ", result.Quotes.GroupBy(q => q.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Kind(g.Key)}"));
        w.Append(Inv($"{result.Quotes.Count} quotation(s) in {article.Text.Length:N0} characters"));
        w.Append(kinds.Length > 0 ? $": {kinds}.\n\n" : ".\n\n");
        if (result.Diagnostics.Count > 0)
        {
            w.Append("Diagnostics:\n\n");
            foreach (var d in result.Diagnostics)
            {
                w.Append(Inv($"- {d.Severity} {d.Code}{(d.Span is { } s ? Inv($" at {s.Start}") : string.Empty)}: {Escape(d.Message)}\n"));
            }

            w.Append('\n');
        }

        w.Append("| # | speaker | kind | pieces | start | words |\n|---:|---|---|---:|---:|---:|\n");
        var n = 0;
        foreach (var q in result.Quotes)
        {
            n++;
            var words = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            w.Append(Inv($"| {n} | {Cell(q.Speaker ?? "—")} | {Kind(q.Kind)} | {q.Pieces.Count} | {q.Spans[0].Start} | {words} |\n"));
        }

        w.Append('\n');
        n = 0;
        foreach (var q in result.Quotes)
        {
            n++;
            w.Append(Inv($"## {n}. {Escape(q.Speaker ?? "(no speaker)")} · {Kind(q.Kind)}\n\n"));
            w.Append(SpeakerEvidenceLine(q, article.Text));
            for (var i = 0; i < q.Pieces.Count; i++)
            {
                w.Append(Inv($"- `{q.Spans[i].Start}..{q.Spans[i].End}` {Escape(q.Pieces[i])}\n"));
            }

            w.Append('\n');
        }

        return w.ToString();
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

    /// <summary>
    /// Keeps input text literal in Markdown and inert as HTML: Markdown's punctuation is backslash-escaped (no emphasis,
    /// heading, table cell, code span, link or link definition), <c>&lt;</c> and <c>&gt;</c> become entities (no tag), an
    /// <c>&amp;</c> that could start an entity becomes <c>&amp;amp;</c>, and line breaks become spaces (no new block).
    /// Characters that cannot act are left as printed (<c>a_b</c>, <c>q#1</c>, <c>[sic]</c>, <c>&amp; the</c>) so the text stays readable.
    /// </summary>
    internal static string Escape(string text)
    {
        var special = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (Escaped(text, i) is not null)
            {
                special = true;
                break;
            }
        }

        if (!special)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (Escaped(text, i) is { } replacement)
            {
                sb.Append(replacement);
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>What the character at <paramref name="i"/> is written as, or <see langword="null"/> when as itself.</summary>
    private static string? Escaped(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var prev = i > 0 ? text[i - 1] : ' ';
        return c switch
        {
            '\\' => "\\\\",
            '*' => "\\*",
            '|' => "\\|",
            '#' when i == 0 || char.IsWhiteSpace(prev) => "\\#",
            '`' => "\\`",
            '_' when !(char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) => "\\_",
            ']' when next is '(' or '[' or ':' => "\\]",
            '<' => "&lt;",
            '>' => "&gt;",
            '&' when char.IsAsciiLetter(next) || next == '#' => "&amp;",
            '\r' => string.Empty,
            '\n' or '\u2028' or '\u2029' => " ",
            _ => null,
        };
    }
}
