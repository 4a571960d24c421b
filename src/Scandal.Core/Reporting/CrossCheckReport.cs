using Scandal.Core.Extraction;

namespace Scandal.Core.Reporting;

/// <summary>
/// Everything the pipeline found in a batch of articles, as objects; write it with
/// <see cref="JsonReportWriter"/> or <see cref="MarkdownReportWriter"/>.
/// </summary>
/// <remarks>Documents are sorted by id and quotes by document then position, so a report never depends on input order. Immutable and thread-safe.</remarks>
public sealed class CrossCheckReport
{
    /// <summary>The version of the JSON schema written by <see cref="JsonReportWriter"/>.</summary>
    public const int SchemaVersion = 1;

    private CrossCheckReport(IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Quote> quotes)
    {
        Documents = documents;
        Quotes = quotes;
    }

    /// <summary>The input articles, sorted by id.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; }

    /// <summary>Every quotation found, by document id then position.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    internal static CrossCheckReport Create(IReadOnlyList<ExtractionResult> results)
    {
        var documents = new List<DocumentSummary>(results.Count);
        var quotes = new List<Quote>();
        foreach (var result in results.OrderBy(r => r.Article.Id, StringComparer.Ordinal))
        {
            documents.Add(new DocumentSummary(result.Article.Id, result.Article.Path, result.Article.Text.Length, result.Diagnostics));
            quotes.AddRange(result.Quotes);
        }

        return new CrossCheckReport(documents, quotes);
    }
}
