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

    /// <summary>Writes the quotations of one article as Markdown: each quotation with its speaker, kind and spans.</summary>
    /// <param name="result">The extraction result.</param>
    /// <returns>The Markdown text, with LF line endings.</returns>
    public static string WriteExtraction(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Quotations in {result.Article.Id}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{result.Quotes.Count} quotation(s) in {result.Article.Text.Length} characters.\n\n");
        foreach (var d in result.Diagnostics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"> {d}\n\n");
        }

        var n = 0;
        foreach (var q in result.Quotes)
        {
            n++;
            sb.Append(CultureInfo.InvariantCulture, $"## {n}. {q.Speaker ?? "(unknown speaker)"} · {q.Kind}\n\n");
            for (var i = 0; i < q.Pieces.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{q.Spans[i]}` {q.Pieces[i]}\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
