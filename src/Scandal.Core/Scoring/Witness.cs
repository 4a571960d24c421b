using Scandal.Core.Discrepancies;

namespace Scandal.Core.Scoring;

/// <summary>One quotation as a rendering of a statement: how much of it it covers, how faithfully, and how it departs.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Witness
{
    internal Witness(string quoteId, string documentId, double? fidelity, double coverage, int coveredWords, IReadOnlyList<Discrepancy> discrepancies)
    {
        QuoteId = quoteId;
        DocumentId = documentId;
        Fidelity = fidelity;
        Coverage = coverage;
        CoveredWords = coveredWords;
        Discrepancies = ReadOnly.Copy(discrepancies);
    }

    /// <summary>The quotation.</summary>
    public string QuoteId { get; }

    /// <summary>The document it is in.</summary>
    public string DocumentId { get; }

    /// <summary>
    /// How faithfully it renders the words it covers, in [0, 1]:
    /// <c>1 − (Σ discrepancy weights) / max(1, covered words)</c>, clamped at 0; <see langword="null"/> for a single-source statement.
    /// </summary>
    public double? Fidelity { get; }

    /// <summary>The share of the statement's consensus words it covers, in [0, 1].</summary>
    public double Coverage { get; }

    /// <summary>How many consensus words lie between its first and last aligned word.</summary>
    public int CoveredWords { get; }

    /// <summary>Every departure from the consensus, in text order.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }
}
