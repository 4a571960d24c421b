using Scandal.Core.Alignment;
using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;

namespace Scandal.Core.Scoring;

/// <summary>
/// Scores each outlet's consistency across the statements it quotes.
/// <para>Per rendering (see <see cref="Witness.Fidelity"/>, <see cref="Fidelity"/>): <c>fidelity = max(0, 1 − Σ weights / max(1, covered words))</c>,
/// where each discrepancy weighs what <see cref="DiscrepancyWeights"/> says: Typography 0; Typo 0.5 per word; Reordering
/// 0.5 per word; Substitution, Omission, Insertion and Paraphrase 1 per word, a material word (number, negation, name,
/// modal) 2; Truncation 0.25 per cut; a signalled or contested discrepancy 0. A whole-rendering paraphrase weighs its
/// unmatched words, so its fidelity is the share of words that survive. Translations are not scored.</para>
/// <para>Per statement (see <see cref="Statement.Agreement"/>): the mean over consensus words quoted by two documents or more
/// of supporting documents / covering documents; null when single-source.</para>
/// <para>Per outlet (see <see cref="OutletScore.Consistency"/>): <c>Σ fidelity × covered words / Σ covered words</c> over its
/// renderings of multi-source statements; null when it has none.</para>
/// </summary>
internal static class ConsistencyScorer
{
    public static List<OutletScore> Score(IReadOnlyList<string> documentIds, IReadOnlyList<Quote> quotes, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        var byDoc = new Dictionary<string, (double Weighted, int Words, int[] Kinds)>(StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            byDoc[id] = (0, 0, new int[KindCounts.KindCount]);
        }

        foreach (var s in statements.Where(s => !s.SingleSource))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var w in s.Witnesses)
            {
                if (!byDoc.TryGetValue(w.DocumentId, out var acc))
                {
                    continue;
                }

                foreach (var d in w.Discrepancies)
                {
                    if (!d.Contested && !d.Signalled)
                    {
                        acc.Kinds[KindCounts.IndexOf(d.Kind)]++;
                    }
                }

                if (w.Fidelity is { } f)
                {
                    var words = Math.Max(1, w.CoveredWords);
                    acc = (acc.Weighted + (f * words), acc.Words + words, acc.Kinds);
                }

                byDoc[w.DocumentId] = acc;
            }
        }

        var quoteCounts = quotes.GroupBy(q => q.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return documentIds.Select(id =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (weighted, words, kinds) = byDoc[id];
            double? consistency = words == 0 ? null : weighted / words;
            return new OutletScore(id, consistency, quoteCounts.GetValueOrDefault(id), words, new KindCounts(kinds));
        }).ToList();
    }
}
