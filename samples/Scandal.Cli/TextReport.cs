using System.Text;
using Scandal.Core.Reporting;

namespace Scandal.Cli;

/// <summary>The default terminal output: per article, its quotations with speaker and kind.</summary>
internal static class TextReport
{
    public static string Write(CrossCheckReport report)
    {
        var sb = new StringBuilder();
        foreach (var document in report.Documents)
        {
            var quotes = report.Quotes.Where(q => q.DocumentId == document.Id).ToList();
            sb.AppendLine($"{document.Id}  ({quotes.Count} quotations)");
            foreach (var diagnostic in document.Diagnostics)
            {
                sb.AppendLine($"  ! {diagnostic}");
            }

            foreach (var quote in quotes)
            {
                var speaker = quote.Speaker ?? "unknown speaker";
                sb.AppendLine($"  - {speaker} [{quote.Kind}] {string.Join(" ", quote.Spans)}");
                sb.AppendLine($"    “{Shorten(quote.Text, 160)}”");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
