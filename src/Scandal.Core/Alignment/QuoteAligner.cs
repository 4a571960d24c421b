using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Matching;

namespace Scandal.Core.Alignment;

/// <summary>
/// Aligns quotations across documents: groups them into statements (<see cref="StatementGrouper"/>), rebuilds each
/// statement's consensus (<see cref="ConsensusBuilder"/>) and classifies every rendering against it
/// (<see cref="DiscrepancyClassifier"/>). Quotations of fewer than two words are not aligned (a one-word scare quote
/// says nothing about a statement). Statements are processed in parallel; the result does not depend on it.
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

    /// <param name="quotes">The quotations, sorted by document id then position.</param>
    /// <param name="references">Known original texts (as quotes of a reference document), or empty.</param>
    /// <param name="cancellationToken">Checked between quotations and between statements.</param>
    public List<Statement> Align(IReadOnlyList<Quote> quotes, IReadOnlyList<Quote> references, CancellationToken cancellationToken = default)
    {
        var renderings = new List<Rendering>(quotes.Count + references.Count);
        foreach (var r in references)
        {
            renderings.Add(new Rendering(renderings.Count, r, isReference: true));
        }

        // Tokenise in parallel, then number in input order so the result does not depend on scheduling.
        var prepared = new Rendering[quotes.Count];
        Parallel.For(0, quotes.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, i => prepared[i] = new Rendering(0, quotes[i], isReference: false));
        foreach (var rendering in prepared)
        {
            if (rendering.Norms.Count >= 2)
            {
                renderings.Add(rendering.WithIndex(renderings.Count));
            }
        }

        var groups = new StatementGrouper(scorer, Stats).Group(renderings, cancellationToken)
            .Where(g => g.Any(r => !r.IsReference))
            .ToList();

        var statements = new Statement[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, i => statements[i] = Build(groups[i], i + 1));
        return [.. statements];
    }

    private static Statement Build(List<Rendering> members, int number)
    {
        var costs = new WordCosts();
        var consensus = ConsensusBuilder.Build(members, costs);
        var witnesses = members.Where(m => !m.IsReference)
            .OrderBy(m => m.DocumentId, StringComparer.Ordinal)
            .ThenBy(m => m.Quote.Spans[0].Start)
            .ToList();
        var documents = witnesses.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var singleSource = documents.Count < 2 && !consensus.FromReference;
        var list = new List<Witness>(witnesses.Count);
        foreach (var w in witnesses)
        {
            var c = consensus.Words.Count == 0
                ? new Classification { Discrepancies = [], CoveredWords = 0, Penalty = 0 }
                : DiscrepancyClassifier.Classify(consensus, w, costs);
            double? fidelity = singleSource ? null : Math.Clamp(1 - (c.Penalty / Math.Max(1, c.CoveredWords)), 0, 1);
            var coverage = consensus.Words.Count == 0 ? 0 : Math.Min(1, (double)c.CoveredWords / consensus.Words.Count);
            list.Add(new Witness(w.Quote.Id, w.DocumentId, fidelity, coverage, c.CoveredWords, c.Discrepancies));
        }

        var speaker = witnesses
            .Where(w => w.Quote.Speaker is not null)
            .GroupBy(w => w.Quote.Speaker!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

        return new Statement("s" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), speaker, consensus.Words, consensus.Text(), documents, singleSource ? null : Agreement(consensus), consensus.Contested, list, consensus.FromReference);
    }

    /// <summary>Mean, over consensus words quoted by two documents or more, of supporting / covering documents.</summary>
    private static double? Agreement(Consensus consensus)
    {
        double sum = 0;
        var n = 0;
        foreach (var w in consensus.Words)
        {
            if (w.CoveringDocuments >= 2)
            {
                sum += (double)w.SupportingDocumentIds.Count / w.CoveringDocuments;
                n++;
            }
        }

        return n == 0 ? null : sum / n;
    }
}
