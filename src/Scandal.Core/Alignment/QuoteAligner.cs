using Scandal.Core.Extraction;
using Scandal.Core.Matching;
using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>
/// Aligns quotations across documents in two steps: groups them into statements (<see cref="StatementGrouper"/>), then
/// rebuilds each statement's consensus (<see cref="ConsensusBuilder"/>) and hands it to the next stage (classification,
/// which consumes alignment and is not known here). Quotations of fewer than two words are not aligned (a one-word
/// scare quote says nothing about a statement). Statements are processed in parallel; the result does not depend on it.
/// </summary>
internal sealed class QuoteAligner
{
    private readonly IFuzzyScorer scorer;
    private readonly int maxDegreeOfParallelism;

    public QuoteAligner(IFuzzyScorer scorer, int maxDegreeOfParallelism)
    {
        this.scorer = scorer;
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    public AlignmentStats Stats { get; } = new();

    /// <summary>What alignment could only approximate, per document, in statement order (filled by <see cref="Align"/>).</summary>
    public List<(string DocumentId, Diagnostic Diagnostic)> Diagnostics { get; } = [];

    /// <param name="quotes">The quotations, sorted by document id then position.</param>
    /// <param name="references">Known original texts (as quotes of a reference document), or empty.</param>
    /// <param name="next">The stage that turns an aligned statement into a reported one (classification and scoring).
    /// It runs right after each statement's alignment, so that one statement's alignment scratch is gone before the next.</param>
    /// <param name="cancellationToken">Checked between quotations and between statements.</param>
    /// <typeparam name="TStatement">What <paramref name="next"/> makes of an aligned statement. Alignment does not know
    /// the later stages' types: the dependency runs one way, from them to it.</typeparam>
    public List<TStatement> Align<TStatement>(IReadOnlyList<Quote> quotes, IReadOnlyList<Quote> references, Func<AlignedStatement, TStatement> next, CancellationToken cancellationToken = default)
    {
        var renderings = new List<Rendering>(quotes.Count + references.Count);
        foreach (var r in references)
        {
            renderings.Add(new Rendering(renderings.Count, r, isReference: true));
        }

        // Tokenise in parallel, then number in input order so the result does not depend on scheduling. Quotations
        // printing the same text (wire copies, many short documents quoting one statement) share one tokenisation.
        var prepared = new Rendering[quotes.Count];
        var shared = new System.Collections.Concurrent.ConcurrentDictionary<TokenisedText.Key, TokenisedText>();
        Parallel.For(0, quotes.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, i => prepared[i] = new Rendering(0, quotes[i], isReference: false, shared));
        foreach (var rendering in prepared)
        {
            if (rendering.Norms.Count >= 2)
            {
                renderings.Add(rendering.WithIndex(renderings.Count));
            }
        }

        var grouper = new StatementGrouper(scorer, Stats, maxDegreeOfParallelism);
        var groups = grouper.Group(renderings, cancellationToken)
            .Where(g => g.Any(r => !r.IsReference))
            .ToList();
        var bounded = BoundedNotes(renderings, grouper.BoundedRenderings);

        var statements = new TStatement[groups.Count];
        var approximated = new List<string>?[groups.Count]; // the documents of a statement aligned by anchors only
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            var costs = new WordCosts();
            var id = "s" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var aligned = new AlignedStatement { Id = id, Members = groups[i], Consensus = ConsensusBuilder.Build(groups[i], costs), Costs = costs };
            statements[i] = next(aligned);
            approximated[i] = costs.Approximated ? aligned.Witnesses().Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).ToList() : null;
        });

        for (var i = 0; i < groups.Count; i++)
        {
            var id = "s" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var document in approximated[i] ?? [])
            {
                Diagnostics.Add((document, new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.AlignmentApproximated, $"Statement {id} holds quotations too long to align exactly; they were aligned by their shared stretches of words (anchored alignment), and differences between anchors may be coarser.")));
            }
        }

        Diagnostics.AddRange(bounded);
        return [.. statements];
    }

    /// <summary>
    /// One diagnostic per document for the quotations whose grouping candidates were cut
    /// (<see cref="StatementGrouper.MaxScored"/>), with their count and first places, in document order.
    /// </summary>
    private static List<(string DocumentId, Diagnostic Diagnostic)> BoundedNotes(List<Rendering> renderings, List<int> bounded)
    {
        var tallies = new SortedDictionary<string, DiagnosticTally>(StringComparer.Ordinal);
        var message = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A quotation shares words with more quotations or statements than grouping compares one with ({StatementGrouper.MaxScored}); it was compared only with those sharing the most words and may have missed the statement it belongs to.");
        foreach (var r in bounded)
        {
            var quote = renderings[r].Quote;
            if (renderings[r].IsReference)
            {
                continue;
            }

            if (!tallies.TryGetValue(quote.DocumentId, out var tally))
            {
                tallies[quote.DocumentId] = tally = new DiagnosticTally();
            }

            tally.Add(DiagnosticSeverity.Warning, DiagnosticCodes.GroupingBounded, message, quote.Spans.Count > 0 ? quote.Spans[0] : null);
        }

        return [.. tallies.SelectMany(t => t.Value.ToList().Select(d => (t.Key, d)))];
    }
}
