namespace Scandal.Core.Alignment;

/// <summary>
/// A statement as grouping and alignment leave it, for classification to consume: its renderings, its consensus, and
/// the substitution costs its alignments share.
/// </summary>
internal sealed class AlignedStatement
{
    public required string Id { get; init; }

    /// <summary>Every rendering of it, the reference text's included.</summary>
    public required List<Rendering> Members { get; init; }

    public required Consensus Consensus { get; init; }

    /// <summary>The memoised substitution costs of its alignments (not thread-safe: one statement, one thread).</summary>
    public required WordCosts Costs { get; init; }

    /// <summary>The quotations (the reference text's aside), by document then position.</summary>
    public List<Rendering> Witnesses() => Members.Where(m => !m.IsReference)
        .OrderBy(m => m.DocumentId, StringComparer.Ordinal)
        .ThenBy(m => m.Quote.Spans[0].Start)
        .ToList();
}
