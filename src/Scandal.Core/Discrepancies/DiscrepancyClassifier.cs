using Scandal.Core.Alignment;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Discrepancies;

/// <summary>The classification of one rendering against its statement's consensus.</summary>
internal sealed class Classification
{
    public required List<Discrepancy> Discrepancies { get; init; }

    /// <summary>Consensus words between the first and the last word the rendering aligns to.</summary>
    public required int CoveredWords { get; init; }

    /// <summary>Σ discrepancy weights, in word-equivalents.</summary>
    public required double Penalty { get; init; }
}

/// <summary>
/// Says precisely how a rendering departs from the consensus wording, with the rules below, in this order.
/// <list type="number">
/// <item>Align the rendering's words against the consensus (<see cref="WordAligner"/>).</item>
/// <item>Aligned words printed differently but equal once normalised (case, apostrophes, "&amp;"/"and"), and dash or
/// spacing differences between two aligned words, are <see cref="DiscrepancyKind.Typography"/>.</item>
/// <item>A word and the same word moved within four positions (a deletion and an insertion of one word), or a run of
/// changes holding the same words in another order, is a <see cref="DiscrepancyKind.Reordering"/>.</item>
/// <item>A changed word within one edit of its consensus word (two for words of eight letters or more), or sharing 75% of
/// its letters, is a <see cref="DiscrepancyKind.Typo"/>.</item>
/// <item>Any other run of changes touching three words or more, with words on both sides, is a
/// <see cref="DiscrepancyKind.Paraphrase"/>; shorter runs are a <see cref="DiscrepancyKind.Substitution"/>,
/// an <see cref="DiscrepancyKind.Omission"/> or an <see cref="DiscrepancyKind.Insertion"/>.</item>
/// <item>When fewer than half the words match, the whole rendering is one <see cref="DiscrepancyKind.Paraphrase"/>.</item>
/// <item>A rendering that is not a fragment and starts or stops inside a consensus sentence has a
/// <see cref="DiscrepancyKind.Truncation"/> at that end.</item>
/// <item>A change next to an ellipsis or a bracketed insertion in the rendering is signalled; a change at a contested
/// position is contested; neither counts.</item>
/// </list>
/// </summary>
internal static class DiscrepancyClassifier
{
    public static Classification Classify(Consensus consensus, Rendering rendering, WordCosts? costs = null)
    {
        var result = new List<Discrepancy>();
        var pairs = WordAligner.Align(consensus.Norms, rendering.Norms, rendering.SignalPositions, costs);
        if (pairs is null || rendering.Norms.Count == 0)
        {
            return WholeParaphrase(consensus, rendering, 0, consensus.Norms.Count - 1, 0);
        }

        int first = int.MaxValue, last = -1, matched = 0;
        foreach (var p in pairs)
        {
            if (p.Ref >= 0 && p.Wit >= 0)
            {
                first = Math.Min(first, p.Ref);
                last = Math.Max(last, p.Ref);
                if (p.Op == AlignOp.Match || IsTypo(consensus.Norms[p.Ref], rendering.Norms[p.Wit]))
                {
                    matched++;
                }
            }
        }

        if (last < 0)
        {
            return WholeParaphrase(consensus, rendering, 0, consensus.Norms.Count - 1, 0);
        }

        var covered = last - first + 1;
        if (matched * 2 < Math.Max(covered, rendering.Norms.Count))
        {
            return WholeParaphrase(consensus, rendering, first, last, matched);
        }

        Typography(consensus, rendering, pairs, result);
        var used = new bool[pairs.Count];
        Reorderings(consensus, rendering, pairs, used, result);
        Changes(consensus, rendering, pairs, used, result);
        if (rendering.Quote.Kind != QuoteKind.Fragment)
        {
            Truncations(consensus, rendering, first, last, result);
        }

        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind));
        return new Classification { Discrepancies = result, CoveredWords = covered, Penalty = result.Sum(d => d.Weight) };
    }

    public static double Weight(DiscrepancyKind kind, int words) => kind switch
    {
        DiscrepancyKind.Typography => 0,
        DiscrepancyKind.Typo => 0.5 * words,
        DiscrepancyKind.Reordering => 0.5 * words,
        DiscrepancyKind.Truncation => 0.25,
        _ => words,
    };

    private static Classification WholeParaphrase(Consensus consensus, Rendering rendering, int first, int last, int matched)
    {
        var covered = Math.Max(0, last - first + 1);
        var words = Math.Max(covered, rendering.Norms.Count);
        var span = rendering.Words.Count > 0 ? new TextSpan(rendering.Words[0].Span.Start, rendering.Words[^1].Span.End) : rendering.Quote.Spans[0];
        var penalty = words - matched;
        var d = new Discrepancy(DiscrepancyKind.Paraphrase, ConsensusText(consensus, first, last), WitnessText(rendering, 0, rendering.Words.Count - 1), span, signalled: false, contested: false, penalty);
        return new Classification { Discrepancies = [d], CoveredWords = Math.Max(covered, 1), Penalty = penalty };
    }

    private static void Typography(Consensus consensus, Rendering rendering, List<AlignedPair> pairs, List<Discrepancy> result)
    {
        for (var k = 0; k < pairs.Count; k++)
        {
            var p = pairs[k];
            if (p.Op != AlignOp.Match)
            {
                continue;
            }

            var token = rendering.Words[p.Wit];
            var expected = consensus.Words[p.Ref].Text;
            if (!string.Equals(token.Printed, expected, StringComparison.Ordinal))
            {
                result.Add(Make(DiscrepancyKind.Typography, expected, token.Printed, token.Span, false, false, 1));
            }

            // Punctuation between this word and the next, when both are matched and adjacent on both sides.
            if (k + 1 < pairs.Count && pairs[k + 1].Op == AlignOp.Match && pairs[k + 1].Ref == p.Ref + 1 && pairs[k + 1].Wit == p.Wit + 1)
            {
                var mine = Squeeze(token.After);
                var theirs = Squeeze(consensus.After[p.Ref]);
                if (!string.Equals(mine, theirs, StringComparison.Ordinal) && (HasDash(mine) || HasDash(theirs)) && HasDash(mine) == HasDash(theirs))
                {
                    var next = rendering.Words[p.Wit + 1];
                    var exp = expected + theirs + consensus.Words[p.Ref + 1].Text;
                    var act = token.Printed + mine + next.Printed;
                    result.Add(Make(DiscrepancyKind.Typography, exp, act, new TextSpan(token.Span.Start, next.Span.End), false, false, 1));
                }
            }
        }
    }

    private static void Reorderings(Consensus consensus, Rendering rendering, List<AlignedPair> pairs, bool[] used, List<Discrepancy> result)
    {
        for (var a = 0; a < pairs.Count; a++)
        {
            if (used[a] || pairs[a].Op is not (AlignOp.Delete or AlignOp.Insert))
            {
                continue;
            }

            for (var b = a + 1; b < pairs.Count && b <= a + 5; b++)
            {
                if (used[b] || pairs[b].Op is not (AlignOp.Delete or AlignOp.Insert) || pairs[b].Op == pairs[a].Op)
                {
                    continue;
                }

                var wa = Norm(consensus, rendering, pairs[a]);
                var wb = Norm(consensus, rendering, pairs[b]);
                if (!string.Equals(wa, wb, StringComparison.Ordinal))
                {
                    continue;
                }

                // The words moved over: everything between a and b.
                for (var k = a; k <= b; k++)
                {
                    used[k] = true;
                }

                var (refFirst, refLast, witFirst, witLast) = Range(pairs, a, b);
                var words = Math.Max(refLast - refFirst + 1, witLast - witFirst + 1);
                result.Add(Make(DiscrepancyKind.Reordering, ConsensusText(consensus, refFirst, refLast), WitnessText(rendering, witFirst, witLast), WitnessSpan(rendering, witFirst, witLast), Signalled(rendering, witFirst, witLast), Contested(consensus, refFirst, refLast), words));
                break;
            }
        }
    }

    private static void Changes(Consensus consensus, Rendering rendering, List<AlignedPair> pairs, bool[] used, List<Discrepancy> result)
    {
        var k = 0;
        while (k < pairs.Count)
        {
            if (used[k] || pairs[k].Op == AlignOp.Match)
            {
                k++;
                continue;
            }

            var start = k;
            while (k < pairs.Count && !used[k] && pairs[k].Op != AlignOp.Match)
            {
                k++;
            }

            ClassifyRun(consensus, rendering, pairs, start, k - 1, result);
        }
    }

    private static void ClassifyRun(Consensus consensus, Rendering rendering, List<AlignedPair> pairs, int from, int to, List<Discrepancy> result)
    {
        // Typos stand alone: take them out of the run first.
        var rest = new List<int>();
        for (var k = from; k <= to; k++)
        {
            var p = pairs[k];
            if (p.Op == AlignOp.Substitute && IsTypo(consensus.Norms[p.Ref], rendering.Norms[p.Wit]))
            {
                var token = rendering.Words[p.Wit];
                result.Add(Make(DiscrepancyKind.Typo, consensus.Words[p.Ref].Text, token.Printed, token.Span, Signalled(rendering, p.Wit, p.Wit), Contested(consensus, p.Ref, p.Ref), 1));
            }
            else
            {
                rest.Add(k);
            }
        }

        if (rest.Count == 0)
        {
            return;
        }

        var expected = rest.Where(k => pairs[k].Ref >= 0).Select(k => consensus.Norms[pairs[k].Ref]).Order(StringComparer.Ordinal).ToList();
        var actual = rest.Where(k => pairs[k].Wit >= 0).Select(k => rendering.Norms[pairs[k].Wit]).Order(StringComparer.Ordinal).ToList();
        var (refFirst, refLast, witFirst, witLast) = Range(pairs, rest[0], rest[^1]);
        var words = Math.Max(expected.Count, actual.Count);
        if (expected.Count >= 2 && expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            result.Add(Make(DiscrepancyKind.Reordering, ConsensusText(consensus, refFirst, refLast), WitnessText(rendering, witFirst, witLast), WitnessSpan(rendering, witFirst, witLast), Signalled(rendering, witFirst, witLast), Contested(consensus, refFirst, refLast), words));
            return;
        }

        if (words >= 3 && expected.Count > 0 && actual.Count > 0)
        {
            result.Add(Make(DiscrepancyKind.Paraphrase, ConsensusText(consensus, refFirst, refLast), WitnessText(rendering, witFirst, witLast), WitnessSpan(rendering, witFirst, witLast), Signalled(rendering, witFirst, witLast), Contested(consensus, refFirst, refLast), words));
            return;
        }

        // Short runs: one discrepancy per contiguous group of the same operation.
        var g = 0;
        while (g < rest.Count)
        {
            var op = pairs[rest[g]].Op;
            var h = g;
            while (h + 1 < rest.Count && pairs[rest[h + 1]].Op == op && rest[h + 1] == rest[h] + 1 && op != AlignOp.Substitute)
            {
                h++;
            }

            var (rf, rl, wf, wl) = Range(pairs, rest[g], rest[h]);
            var n = h - g + 1;
            switch (op)
            {
                case AlignOp.Substitute:
                    result.Add(Make(DiscrepancyKind.Substitution, ConsensusText(consensus, rf, rl), WitnessText(rendering, wf, wl), WitnessSpan(rendering, wf, wl), Signalled(rendering, wf, wl), Contested(consensus, rf, rl), 1));
                    break;
                case AlignOp.Delete:
                    var at = GapPosition(rendering, pairs, rest[g]);
                    result.Add(Make(DiscrepancyKind.Omission, ConsensusText(consensus, rf, rl), string.Empty, new TextSpan(at, at), SignalledGap(rendering, pairs, rest[g], rest[h]), Contested(consensus, rf, rl), n));
                    break;
                default:
                    result.Add(Make(DiscrepancyKind.Insertion, string.Empty, WitnessText(rendering, wf, wl), WitnessSpan(rendering, wf, wl), Signalled(rendering, wf, wl), false, n));
                    break;
            }

            g = h + 1;
        }
    }

    private static void Truncations(Consensus consensus, Rendering rendering, int first, int last, List<Discrepancy> result)
    {
        if (first > 0 && !consensus.EndsSentence[first - 1])
        {
            var s = first - 1;
            while (s > 0 && !consensus.EndsSentence[s - 1])
            {
                s--;
            }

            var at = rendering.Words[0].Span.Start;
            result.Add(Make(DiscrepancyKind.Truncation, ConsensusText(consensus, s, first - 1), string.Empty, new TextSpan(at, at), false, Contested(consensus, s, first - 1), 1));
        }

        if (last < consensus.Norms.Count - 1 && !consensus.EndsSentence[last])
        {
            var e = last + 1;
            while (e < consensus.Norms.Count - 1 && !consensus.EndsSentence[e])
            {
                e++;
            }

            var at = rendering.Words[^1].Span.End;
            result.Add(Make(DiscrepancyKind.Truncation, ConsensusText(consensus, last + 1, e), string.Empty, new TextSpan(at, at), false, Contested(consensus, last + 1, e), 1));
        }
    }

    private static Discrepancy Make(DiscrepancyKind kind, string expected, string actual, TextSpan span, bool signalled, bool contested, int words)
    {
        var weight = signalled || contested ? 0 : Weight(kind, words);
        return new Discrepancy(kind, expected, actual, span, signalled, contested, weight);
    }

    /// <summary>
    /// A misspelling: not one closed-class English word for another ("those" for "the" is a substitution; "thier" for
    /// "their" is a typo), the same first
    /// letter (or the first two swapped), and within one edit — two for words of six letters or more — counting an
    /// adjacent swap as one edit; or, for words of eight letters or more, 80% of letters shared.
    /// </summary>
    internal static bool IsTypo(string expected, string actual)
    {
        if (expected.Length < 3 || actual.Length < 3 || (FunctionWords.Contains(expected) && FunctionWords.Contains(actual)))
        {
            return false;
        }

        // Misspellings keep the first letter ("satefy", "helpd"); a different first letter is another word ("northern"/"southern"),
        // unless the first two letters are swapped.
        if (expected[0] != actual[0] && !(expected.Length == actual.Length && expected[0] == actual[1] && expected[1] == actual[0]))
        {
            return false;
        }

        var max = Math.Min(expected.Length, actual.Length) >= 6 ? 2 : 1;
        return WordSimilarity.Distance(expected, actual, max) <= max || (expected.Length >= 8 && WordSimilarity.Ratio(expected, actual) >= 0.8);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "those", "then", "than", "there", "their", "they", "them", "thus", "though",
        "through", "throughout", "and", "any", "anything", "all", "also", "are", "was", "were", "been", "being", "have",
        "has", "had", "having", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "not", "nor",
        "for", "from", "with", "without", "within", "into", "onto", "upon", "over", "under", "after", "before", "about",
        "above", "below", "between", "among", "his", "her", "hers", "him", "its", "our", "ours", "your", "yours", "you",
        "she", "who", "whom", "whose", "what", "which", "when", "where", "while", "why", "how", "here", "every", "each",
        "some", "such", "none", "more", "most", "less", "least", "very", "only", "just", "even", "ever", "never", "now",
        "again", "once", "both", "either", "neither", "other", "another", "because", "since", "until", "unless", "whether",
        "does", "did", "doing", "done", "our", "out", "off", "too", "yet", "per",
    };

    private static string Norm(Consensus consensus, Rendering rendering, AlignedPair p) => p.Ref >= 0 ? consensus.Norms[p.Ref] : rendering.Norms[p.Wit];

    private static (int RefFirst, int RefLast, int WitFirst, int WitLast) Range(List<AlignedPair> pairs, int from, int to)
    {
        int rf = int.MaxValue, rl = -1, wf = int.MaxValue, wl = -1;
        for (var k = from; k <= to; k++)
        {
            if (pairs[k].Ref >= 0)
            {
                rf = Math.Min(rf, pairs[k].Ref);
                rl = Math.Max(rl, pairs[k].Ref);
            }

            if (pairs[k].Wit >= 0)
            {
                wf = Math.Min(wf, pairs[k].Wit);
                wl = Math.Max(wl, pairs[k].Wit);
            }
        }

        return (rf == int.MaxValue ? 0 : rf, rl, wf == int.MaxValue ? 0 : wf, wl);
    }

    private static string ConsensusText(Consensus consensus, int first, int last)
    {
        if (last < first)
        {
            return string.Empty;
        }

        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            sb.Append(consensus.Words[i].Text);
            if (i < last)
            {
                sb.Append(Squeeze(consensus.After[i]) is { Length: > 0 } a && a != " " ? a : " ");
            }
        }

        return sb.ToString();
    }

    private static string WitnessText(Rendering rendering, int first, int last)
    {
        if (last < first)
        {
            return string.Empty;
        }

        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            sb.Append(rendering.Words[i].Printed);
            if (i < last)
            {
                var after = Squeeze(rendering.Words[i].After);
                sb.Append(after.Length == 0 ? " " : after);
            }
        }

        return sb.ToString();
    }

    private static TextSpan WitnessSpan(Rendering rendering, int first, int last) =>
        last < first ? new TextSpan(0, 0) : new TextSpan(rendering.Words[first].Span.Start, rendering.Words[last].Span.End);

    /// <summary>Where a deletion sits in the article: the start of the next rendering word, or the end of the previous.</summary>
    private static int GapPosition(Rendering rendering, List<AlignedPair> pairs, int k)
    {
        for (var j = k; j < pairs.Count; j++)
        {
            if (pairs[j].Wit >= 0)
            {
                return rendering.Words[pairs[j].Wit].Span.Start;
            }
        }

        for (var j = k; j >= 0; j--)
        {
            if (pairs[j].Wit >= 0)
            {
                return rendering.Words[pairs[j].Wit].Span.End;
            }
        }

        return rendering.Quote.Spans[0].Start;
    }

    private static bool Signalled(Rendering rendering, int witFirst, int witLast)
    {
        foreach (var (before, _) in rendering.Signals)
        {
            if (before >= witFirst && before <= witLast + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SignalledGap(Rendering rendering, List<AlignedPair> pairs, int from, int to)
    {
        var next = -1;
        for (var j = to + 1; j < pairs.Count; j++)
        {
            if (pairs[j].Wit >= 0)
            {
                next = pairs[j].Wit;
                break;
            }
        }

        if (next < 0)
        {
            next = rendering.Words.Count;
        }

        foreach (var (before, _) in rendering.Signals)
        {
            if (before == next)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contested(Consensus consensus, int first, int last)
    {
        for (var i = Math.Max(0, first); i <= last && i < consensus.Words.Count; i++)
        {
            if (consensus.Words[i].Contested)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDash(string s) => s.AsSpan().IndexOfAny("—–―-") >= 0;

    /// <summary>Punctuation with runs of white space made one space.</summary>
    private static string Squeeze(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
