using Scandal.Core.Alignment;
using Scandal.Core.Claims;
using Scandal.Core.Extraction;
using Scandal.Core.Scoring;

namespace Scandal.Core.Reporting;

/// <summary>
/// Everything the pipeline found in a batch of articles, as objects; write it with
/// <see cref="JsonReportWriter"/> or <see cref="MarkdownReportWriter"/>.
/// </summary>
/// <remarks>Documents are sorted by id, quotes by document then position, statements by first quotation, outlets by
/// consistency: a report never depends on the order of its inputs. Immutable and thread-safe.</remarks>
public sealed class CrossCheckReport
{
    /// <summary>The version of the JSON schema written by <see cref="JsonReportWriter"/>.</summary>
    public const int SchemaVersion = 1;

    internal CrossCheckReport(IReadOnlyList<DocumentSummary> documents, IReadOnlyList<Quote> quotes, IReadOnlyList<Statement> statements, IReadOnlyList<OutletScore> outlets, IReadOnlyList<ClaimCheck> claims, AlignmentStats stats, string language = Discrepancies.LanguageDetector.Default, IReadOnlyList<Discrepancies.Translation>? translations = null)
    {
        Documents = ReadOnly.Copy(documents);
        Quotes = ReadOnly.Copy(quotes);
        Statements = ReadOnly.Copy(statements);
        Outlets = ReadOnly.Copy(outlets);
        Claims = ReadOnly.Copy(claims);
        Stats = stats;
        Language = language;
        Translations = translations ?? [];
    }

    /// <summary>The input articles, sorted by id.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; }

    /// <summary>Every quotation found, by document id then position.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The statements the quotations render, in order of their first quotation.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every document's consistency, most consistent first (documents without a score last, then by id).</summary>
    public IReadOnlyList<OutletScore> Outlets { get; }

    /// <summary>Names, amounts and dates stated by two documents or more (and names spelled two ways).</summary>
    public IReadOnlyList<ClaimCheck> Claims { get; }

    /// <summary>The language of the batch (most documents'), an ISO 639-1 code such as <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>
    /// Quotations in another language than <see cref="Language"/>, by document then position: reported here and kept out
    /// of statements, fidelity and consistency.
    /// </summary>
    public IReadOnlyList<Discrepancies.Translation> Translations { get; }

    /// <summary>The language of a quotation: its translation's, or the batch's.</summary>
    /// <param name="quoteId">The quotation's id.</param>
    /// <returns>An ISO 639-1 code or a BCP 47 script tag.</returns>
    public string LanguageOf(string quoteId)
    {
        foreach (var t in Translations)
        {
            if (string.Equals(t.QuoteId, quoteId, StringComparison.Ordinal))
            {
                return t.Language;
            }
        }

        return Language;
    }

    internal AlignmentStats Stats { get; }

    /// <summary>The quotation with this id, or <see langword="null"/>.</summary>
    /// <param name="quoteId">The quotation's id.</param>
    /// <returns>The quotation; constant time (an index built on the first call).</returns>
    public Quote? FindQuote(string quoteId)
    {
        ArgumentNullException.ThrowIfNull(quoteId);
        return QuotesById.GetValueOrDefault(quoteId);
    }

    /// <summary>The quotations by id, built on first use (once, even under concurrent calls).</summary>
    private Dictionary<string, Quote> QuotesById => LazyInitializer.EnsureInitialized(ref quotesById, () =>
    {
        var index = new Dictionary<string, Quote>(Quotes.Count, StringComparer.Ordinal);
        foreach (var q in Quotes)
        {
            index.TryAdd(q.Id, q);
        }

        return index;
    });

    private Dictionary<string, Quote>? quotesById;
}
