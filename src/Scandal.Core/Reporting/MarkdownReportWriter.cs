using System.Globalization;
using System.Text;
using Scandal.Core.Extraction;

namespace Scandal.Core.Reporting;

/// <summary>Writes a <see cref="CrossCheckReport"/> as a Markdown document meant to be read by a person.</summary>
/// <remarks>Stateless and thread-safe. Output is deterministic.</remarks>
public static class MarkdownReportWriter
{
    /// <summary>Writes the report as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text, with LF line endings.</returns>
    public static string Write(CrossCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("# Cross-check report\n\n");
        foreach (var document in report.Documents)
        {
            var quotes = report.Quotes.Where(q => string.Equals(q.DocumentId, document.Id, StringComparison.Ordinal)).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"## {document.Id}\n\n{quotes.Count} quotation(s).\n\n");
            foreach (var quote in quotes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- **{quote.Speaker ?? "(unknown speaker)"}** ({quote.Kind}): “{quote.Text}”\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

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
            for (var i = 0; i < q.Pieces.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{q.Spans[i].Start}..{q.Spans[i].End}` {Escape(q.Pieces[i])}\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
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
