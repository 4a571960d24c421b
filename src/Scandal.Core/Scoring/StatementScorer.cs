using Scandal.Core.Alignment;
using Scandal.Core.Discrepancies;

namespace Scandal.Core.Scoring;

/// <summary>
/// The stage after alignment: classifies every rendering of an aligned statement against its consensus
/// (<see cref="DiscrepancyClassifier"/>), scores its fidelity and coverage, and the statement's agreement
/// (<see cref="Agreement"/>), into the reported <see cref="Statement"/>.
/// </summary>
internal static class StatementScorer
{
    public static Statement Score(AlignedStatement aligned)
    {
        var consensus = aligned.Consensus;
        var witnesses = aligned.Witnesses();
        var documents = witnesses.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var singleSource = documents.Count < 2 && !consensus.FromReference;
        var list = new List<Witness>(witnesses.Count);
        foreach (var w in witnesses)
        {
            var c = consensus.Words.Count == 0
                ? new Classification { Discrepancies = [], CoveredWords = 0, Penalty = 0 }
                : DiscrepancyClassifier.Classify(consensus, w, aligned.Costs);
            var fidelity = Fidelity.Of(c.Penalty, c.CoveredWords, singleSource);
            var coverage = consensus.Words.Count == 0 ? 0 : Math.Min(1, (double)c.CoveredWords / consensus.Words.Count);
            list.Add(new Witness(w.Quote.Id, w.DocumentId, fidelity, coverage, c.CoveredWords, c.Discrepancies));
        }

        var speakers = StatementSpeakers.Readings(witnesses);
        return new Statement(aligned.Id, StatementSpeakers.Majority(speakers), consensus.Display, consensus.Text(), documents, singleSource ? null : Agreement.Of(consensus.Display), consensus.Contested, list, consensus.FromReference, speakers, StatementSpeakers.Disagree(speakers));
    }
}
