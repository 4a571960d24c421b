using Scandal.Core.Discrepancies;

namespace Scandal.Core.Scoring;

/// <summary>How consistently one outlet (document) quotes, across all the statements it quotes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class OutletScore
{
    internal OutletScore(string documentId, double? consistency, int quotes, int scoredWords, IReadOnlyDictionary<DiscrepancyKind, int> discrepancies)
    {
        DocumentId = documentId;
        Consistency = consistency;
        Quotes = quotes;
        ScoredWords = scoredWords;
        Discrepancies = discrepancies as KindCounts ?? ReadOnly.Copy(discrepancies); // (KindCounts is immutable)
    }

    /// <summary>The document.</summary>
    public string DocumentId { get; }

    /// <summary>
    /// In [0, 1]: the mean fidelity of its renderings of multi-source statements, each weighted by the words it covers:
    /// <c>Σ fidelity × covered / Σ covered</c>. <see langword="null"/> when it quotes no statement that another document also quotes.
    /// </summary>
    public double? Consistency { get; }

    /// <summary>How many quotations it has in the report.</summary>
    public int Quotes { get; }

    /// <summary>The covered words that the consistency is computed over.</summary>
    public int ScoredWords { get; }

    /// <summary>How many discrepancies of each kind its renderings of multi-source statements carry, contested and signalled ones left out (every kind present, zero included).</summary>
    public IReadOnlyDictionary<DiscrepancyKind, int> Discrepancies { get; }
}
