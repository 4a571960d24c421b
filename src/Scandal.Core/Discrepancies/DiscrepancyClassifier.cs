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
/// <item>Bring both to their canonical words (<see cref="CanonicalWords"/>: contractions expanded, British spellings made
/// American) and align them (<see cref="WordAligner"/>).</item>
/// <item>Aligned words printed differently but equal once canonical are <see cref="DiscrepancyKind.Typography"/> with
/// their reason (case, quote mark, ampersand, spelling variant, contraction); so are dash or spacing differences between
/// two aligned words, and a censored form of the word (<c>f***ing</c>).</item>
/// <item>A rendering whose unmatched words at one edge continue the clause of its first (last) matched word rewords the
/// rest of the consensus clause there: those consensus words are read as left out beside its words, not as a
/// truncation.</item>
/// <item>A rendering that stops (starts) inside a consensus sentence and prints, among its added words, most of the words
/// of that sentence it leaves out moved them (<see cref="MovedAtEdge"/>): one <see cref="DiscrepancyKind.Reordering"/>
/// when it prints the same words in another order, else one <see cref="DiscrepancyKind.Paraphrase"/>; not a cut and an
/// insertion.</item>
/// <item>A clause of the rendering matching fewer than half its words, or changed in three places or more touching a
/// third of its words, is one <see cref="DiscrepancyKind.Paraphrase"/> (with the consensus words of its clause left out
/// next to it).</item>
/// <item>A word and the same word moved within four positions, a phrase left out and printed a few words away, or a run
/// of changes holding the same words in another order, is a <see cref="DiscrepancyKind.Reordering"/>.</item>
/// <item>A changed word that <see cref="TypoRule.IsTypo"/> calls a misspelling is a <see cref="DiscrepancyKind.Typo"/>.</item>
/// <item>Any other run of changes touching three words or more, with words on both sides, is a
/// <see cref="DiscrepancyKind.Paraphrase"/>; shorter runs are a <see cref="DiscrepancyKind.Substitution"/>,
/// an <see cref="DiscrepancyKind.Omission"/> or an <see cref="DiscrepancyKind.Insertion"/> (words left out and words
/// added at one place are a substitution, however the aligner paired them). A run that changes a number,
/// a negation or a modal (<see cref="MeaningWords"/>), or swaps one name for another, is material.</item>
/// <item>When fewer than half the words match, the whole rendering is one <see cref="DiscrepancyKind.Paraphrase"/>; so is
/// a rewording (<see cref="Rendering.Reworded"/>), of the consensus sentence it shares most words with.</item>
/// <item>A rendering that starts or stops inside a consensus sentence has a
/// <see cref="DiscrepancyKind.Truncation"/> at that end; so has a fragment worked into the reporter's sentence
/// once it quotes <see cref="MinTruncatedFragment"/> words or more (a shorter one, <c>"disgusted and outraged"</c>,
/// borrows an expression: the reporter's sentence does not pass it off as the speaker's whole sentence).</item>
/// <item>A change next to an ellipsis or a bracketed insertion in the rendering is signalled; a change at a contested
/// position is contested; neither counts.</item>
/// </list>
/// The weights are <see cref="DiscrepancyWeights"/>'s.
/// </summary>
internal sealed class DiscrepancyClassifier
{
    /// <summary>Each consensus in canonical words, computed once for all its renderings.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Consensus, CanonicalWords> ConsensusWords = new();

    /// <summary>Words from which a fragment quotes part of a sentence rather than borrowing an expression.</summary>
    private const int MinTruncatedFragment = 4;

    private readonly Consensus consensus;
    private readonly Rendering rendering;
    private readonly CanonicalWords c;
    private readonly CanonicalWords r;
    private readonly List<AlignedPair> pairs;
    private readonly List<Discrepancy> result = [];
    private bool[]? used;

    private DiscrepancyClassifier(Consensus consensus, Rendering rendering, CanonicalWords c, CanonicalWords r, List<AlignedPair> pairs)
    {
        this.consensus = consensus;
        this.rendering = rendering;
        this.c = c;
        this.r = r;
        this.pairs = pairs;
    }

    public static Classification Classify(Consensus consensus, Rendering rendering, WordCosts? costs = null)
    {
        var c = ConsensusWords.GetValue(consensus, static k => CanonicalWords.Of(k.Norms));
        var r = CanonicalWords.Of(rendering.Norms);
        var signals = rendering.SignalPositions.ConvertAll(r.TokenAt);
        var pairs = rendering.Norms.Count == 0 ? null : WordAligner.Align(c.Tokens, r.Tokens, signals, costs);
        var classifier = new DiscrepancyClassifier(consensus, rendering, c, r, pairs ?? []);
        if (rendering.Reworded && classifier.RewordedSentence() is { } sentence)
        {
            return classifier.WholeParaphrase(sentence.First, sentence.Last, sentence.Shared);
        }

        return pairs is null ? classifier.WholeParaphrase(0, consensus.Norms.Count - 1, 0) : classifier.Run();
    }

    /// <summary>The consensus sentence a rewording rewords: the one sharing most with it (<see cref="Rewording"/>), or null.</summary>
    private (int First, int Last, int Shared)? RewordedSentence()
    {
        (int First, int Last, int Shared)? best = null;
        var bestDice = 0.0;
        foreach (var (start, count) in Rewording.Sentences(consensus.Norms.Count, i => consensus.EndsSentence[i]))
        {
            var w = Rewording.Compare(rendering.Norms, 0, rendering.Norms.Count, consensus.Norms, start, count);
            if (w.Dice > bestDice)
            {
                bestDice = w.Dice;
                best = (start, start + count - 1, w.Shared);
            }
        }

        return best;
    }

    private Classification Run()
    {
        int first = int.MaxValue, last = -1, firstToken = int.MaxValue, lastToken = -1, matched = 0;
        foreach (var p in pairs)
        {
            if (p.Ref >= 0 && p.Wit >= 0)
            {
                first = Math.Min(first, c.Word[p.Ref]);
                last = Math.Max(last, c.Word[p.Ref]);
                firstToken = Math.Min(firstToken, p.Ref);
                lastToken = Math.Max(lastToken, p.Ref);
                if (p.Op == AlignOp.Match || TypoRule.IsTypo(c.Tokens[p.Ref], r.Tokens[p.Wit]))
                {
                    matched++;
                }
            }
        }

        if (last < 0)
        {
            return WholeParaphrase(0, consensus.Norms.Count - 1, 0);
        }

        if (matched * 2 < Math.Max(lastToken - firstToken + 1, r.Tokens.Count))
        {
            EdgeRewordings(ref firstToken, ref lastToken);
            return WholeParaphrase(c.Word[firstToken], c.Word[lastToken], Math.Max(matched, KeptInOrder(firstToken, lastToken)));
        }

        Style();
        var used = new bool[pairs.Count];
        (first, last) = EdgeMoves(used, firstToken, lastToken);
        var edgeReworded = !used.Contains(true) && EdgeRewordings(ref firstToken, ref lastToken);
        if (edgeReworded)
        {
            used = new bool[pairs.Count];
            (first, last) = (c.Word[firstToken], c.Word[lastToken]);
        }

        if (!used.Contains(true) && RecastOpening(ref firstToken))
        {
            used = new bool[pairs.Count];
            first = c.Word[firstToken];
            RecastParaphrase(used);
        }
        else if (!edgeReworded && !used.Contains(true) && MovedAtEdge(ref firstToken, ref lastToken) is { } moved)
        {
            used = new bool[pairs.Count];
            (first, last) = (c.Word[firstToken], c.Word[lastToken]);
            MovedParaphrase(used, moved.From, moved.To);
        }

        ClauseParaphrases(used);
        Reorderings(used);
        Changes(used);
        if (rendering.Quote.Kind != QuoteKind.Fragment || rendering.Norms.Count >= MinTruncatedFragment)
        {
            Truncations(first, last);
        }

        EditorsBrackets();
        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind));
        return new Classification { Discrepancies = result, CoveredWords = last - first + 1, Penalty = result.Sum(d => d.Weight) };
    }

    /// <summary>
    /// A bracketed insertion (<c>[for]</c>, <c>[sic]</c>) that no discrepancy accounts for is still reported: a signalled
    /// insertion of weight 0, with its reason, so that every editor's edit shows.
    /// </summary>
    private void EditorsBrackets()
    {
        foreach (var (_, token) in rendering.Signals)
        {
            if (token.Norm == "…" || result.Any(d => d.Signalled && d.Span.Start <= token.Span.End + 1 && d.Span.End + 1 >= token.Span.Start))
            {
                continue;
            }

            result.Add(new Discrepancy(DiscrepancyKind.Insertion, string.Empty, token.Printed, token.Span, signalled: true, contested: false, 0, reason: SignalReason(token)));
        }
    }

    /// <summary>Cells above which <see cref="KeptInOrder"/> leaves the count to the alignment.</summary>
    private const long MaxKeptCells = 1_000_000;

    /// <summary>
    /// The rendering's words that a reworded rendering keeps, in order, from the consensus tokens
    /// <paramref name="firstToken"/>..<paramref name="lastToken"/> (their longest common subsequence): a rewording's weight
    /// counts the words it changes, whichever way the aligner paired the rest (the cheapest alignment may leave a kept
    /// word at the end unpaired rather than delete the words before it). 0 for texts too long to compare.
    /// </summary>
    private int KeptInOrder(int firstToken, int lastToken)
    {
        var n = lastToken - firstToken + 1;
        var m = r.Tokens.Count;
        if (n <= 0 || m == 0 || (long)n * m > MaxKeptCells)
        {
            return 0;
        }

        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            var word = c.Tokens[firstToken + i - 1];
            for (var j = 1; j <= m; j++)
            {
                cur[j] = string.Equals(word, r.Tokens[j - 1], StringComparison.Ordinal) ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[m];
    }

    private Classification WholeParaphrase(int first, int last, int matched)
    {
        var covered = Math.Max(0, last - first + 1);
        var words = Math.Max(covered, rendering.Norms.Count);
        var span = rendering.Words.Count > 0 ? new TextSpan(rendering.Words[0].Span.Start, rendering.Words[^1].Span.End) : rendering.Quote.Spans[0];
        var expectedTokens = covered == 0 ? [] : c.Tokens.GetRange(c.FirstToken[first], c.TokenAt(last + 1) - c.FirstToken[first]);
        var (reason, materialWords) = MeaningWords.Material(expectedTokens, r.Tokens);
        var penalty = Math.Max(0, words - matched) + ((DiscrepancyWeights.MaterialPerWord - 1) * materialWords);
        var d = new Discrepancy(DiscrepancyKind.Paraphrase, WordsText(consensus, first, last), WordsText(rendering, 0, rendering.Words.Count - 1), span, signalled: false, contested: false, penalty, material: reason is not null && penalty > 0, reason);
        return new Classification { Discrepancies = [d], CoveredWords = Math.Max(covered, 1), Penalty = penalty };
    }

    private int RefWord(AlignedPair p) => c.Word[p.Ref];

    private int WitWord(AlignedPair p) => r.Word[p.Wit];

    /// <summary>Words printed differently but equal once canonical, and dash variants between aligned words.</summary>
    private void Style()
    {
        // Words with a token that is not matched are left to the change rules.
        var refChanged = new bool[consensus.Norms.Count];
        var witChanged = new bool[rendering.Norms.Count];
        foreach (var p in pairs)
        {
            if (p.Op != AlignOp.Match)
            {
                if (p.Ref >= 0)
                {
                    refChanged[RefWord(p)] = true;
                }

                if (p.Wit >= 0)
                {
                    witChanged[WitWord(p)] = true;
                }
            }
        }

        var k = 0;
        while (k < pairs.Count)
        {
            if (pairs[k].Op != AlignOp.Match)
            {
                k++;
                continue;
            }

            // A group: matched tokens sharing a word on either side (a contraction against its two words).
            int rf = RefWord(pairs[k]), rl = rf, wf = WitWord(pairs[k]), wl = wf;
            var e = k + 1;
            while (e < pairs.Count && pairs[e].Op == AlignOp.Match && (RefWord(pairs[e]) == rl || WitWord(pairs[e]) == wl))
            {
                rl = RefWord(pairs[e]);
                wl = WitWord(pairs[e]);
                e++;
            }

            if (!Any(refChanged, rf, rl) && !Any(witChanged, wf, wl))
            {
                StyleGroup(rf, rl, wf, wl);
            }

            if (e < pairs.Count && pairs[e].Op == AlignOp.Match && RefWord(pairs[e]) == rl + 1 && WitWord(pairs[e]) == wl + 1)
            {
                PunctuationBetween(rl, wl);
            }

            k = e;
        }
    }

    private void StyleGroup(int rf, int rl, int wf, int wl)
    {
        var expected = WordsText(consensus, rf, rl);
        var actual = WordsText(rendering, wf, wl);
        string reason;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            // The documents split evenly between this form and another printing of the word: the consensus took this
            // one by its tie-break only, so the rendering still differs from the others by style, and says so.
            if (rf != rl || wf != wl || TiedVariant(rf, wf) is not { } other)
            {
                return;
            }

            var otherNorm = WordTokenizer.Normalize(other);
            reason = string.Equals(otherNorm, rendering.Norms[wf], StringComparison.Ordinal) ? PrintReason(other, actual)
                : Contractions.IsContraction(otherNorm) || Contractions.IsContraction(rendering.Norms[wf]) ? DiscrepancyReasons.Contraction
                : DiscrepancyReasons.SpellingVariant;
            var at = new TextSpan(rendering.Words[wf].Span.Start, rendering.Words[wf].Span.End);
            result.Add(new Discrepancy(DiscrepancyKind.Typography, other, actual, at, false, false, 0, reason: reason));
            return;
        }

        if (rf != rl || wf != wl || Contractions.IsContraction(consensus.Norms[rf]) || Contractions.IsContraction(rendering.Norms[wf]))
        {
            reason = string.Equals(consensus.Norms[rf], rendering.Norms[wf], StringComparison.Ordinal) && rf == rl && wf == wl
                ? PrintReason(expected, actual)
                : DiscrepancyReasons.Contraction;
        }
        else if (!string.Equals(consensus.Norms[rf], rendering.Norms[wf], StringComparison.Ordinal))
        {
            reason = DiscrepancyReasons.SpellingVariant;
        }
        else
        {
            reason = PrintReason(expected, actual);
        }

        var span = new TextSpan(rendering.Words[wf].Span.Start, rendering.Words[wl].Span.End);
        result.Add(new Discrepancy(DiscrepancyKind.Typography, expected, actual, span, false, false, 0, reason: reason));
    }

    /// <summary>
    /// At a contested consensus word, another tied reading that is the rendering's word <paramref name="witWord"/> printed
    /// otherwise (case, quote mark, spelling variant, contraction: the same canonical words), or null.
    /// </summary>
    private string? TiedVariant(int refWord, int witWord)
    {
        if (!consensus.Words[refWord].Contested)
        {
            return null;
        }

        foreach (var position in consensus.Contested)
        {
            if (position.Index >= consensus.Display.Count || !ReferenceEquals(consensus.Display[position.Index], consensus.Words[refWord]))
            {
                continue;
            }

            var mine = rendering.Words[witWord].Printed;
            var canonical = CanonicalWords.Of([rendering.Norms[witWord]]).Tokens;
            foreach (var reading in position.Readings)
            {
                if (reading.Text.Length > 0 && !string.Equals(reading.Text, mine, StringComparison.Ordinal)
                    && CanonicalWords.Of([WordTokenizer.Normalize(reading.Text)]).Tokens.SequenceEqual(canonical, StringComparer.Ordinal))
                {
                    return reading.Text;
                }
            }
        }

        return null;
    }

    /// <summary>Why two printings of one normalised word differ.</summary>
    private static string PrintReason(string expected, string actual)
    {
        if (expected == "&" || actual == "&")
        {
            return DiscrepancyReasons.Ampersand;
        }

        if (string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            return DiscrepancyReasons.Case;
        }

        return expected.AsSpan().IndexOfAny("-‐‑") >= 0 || actual.AsSpan().IndexOfAny("-‐‑") >= 0 ? DiscrepancyReasons.Dash : DiscrepancyReasons.QuoteMark;
    }

    /// <summary>Punctuation between two adjacent matched words: another dash, other spacing around one, or other quotation
    /// marks.</summary>
    private void PunctuationBetween(int refWord, int witWord)
    {
        var token = rendering.Words[witWord];
        var mine = Squeeze(token.After);
        var theirs = Squeeze(consensus.After[refWord]);
        if (string.Equals(mine, theirs, StringComparison.Ordinal) && HasDash(mine) && refWord < consensus.AfterTies.Count && consensus.AfterTies[refWord] is { } ties)
        {
            // The documents split evenly between dashes here: the consensus took this one by its tie-break only.
            theirs = ties.Select(Squeeze).FirstOrDefault(t => HasDash(t) && !string.Equals(t, mine, StringComparison.Ordinal)) ?? theirs;
        }

        if (string.Equals(mine, theirs, StringComparison.Ordinal))
        {
            return;
        }

        // A dash printed otherwise, or quotation marks inside the quotation ('under review' printed “under review”).
        var reason = (HasDash(mine) || HasDash(theirs)) && HasDash(mine) == HasDash(theirs) ? DiscrepancyReasons.Dash
            : HasQuoteMark(mine) && string.Equals(OneQuoteMark(mine), OneQuoteMark(theirs), StringComparison.Ordinal) ? DiscrepancyReasons.QuoteMark
            : null;
        if (reason is not null)
        {
            var next = rendering.Words[witWord + 1];
            var exp = consensus.Words[refWord].Text + theirs + consensus.Words[refWord + 1].Text;
            var act = token.Printed + mine + next.Printed;
            result.Add(new Discrepancy(DiscrepancyKind.Typography, exp, act, new TextSpan(token.Span.Start, next.Span.End), false, false, 0, reason: reason));
        }
    }

    private static bool HasQuoteMark(string s) => s.AsSpan().IndexOfAny(QuoteMarkCharacters) >= 0;

    private const string QuoteMarkCharacters = "'\"‘’“”«»‹›„‚";

    /// <summary>The text with every quotation mark printed as <c>'</c>.</summary>
    private static string OneQuoteMark(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = QuoteMarkCharacters.Contains(chars[i], StringComparison.Ordinal) ? '\'' : chars[i];
        }

        return new string(chars);
    }

    /// <summary>
    /// A phrase the rendering prints before (after) the consensus words it covers that is the consensus words right after
    /// (before) them — <c>Because nobody asked me, I'd like to know</c> for <c>I'd like to know, because nobody asked
    /// me</c> — was moved from one end to the other: one reordering over the rendering, and the consensus words it covers
    /// reach over the moved phrase (no truncation there). Returns the consensus words covered, first and last.
    /// </summary>
    private (int First, int Last) EdgeMoves(bool[] used, int firstToken, int lastToken)
    {
        var lead = 0;
        while (lead < pairs.Count && pairs[lead].Op == AlignOp.Insert)
        {
            lead++;
        }

        var trail = 0;
        while (trail < pairs.Count - lead && pairs[pairs.Count - 1 - trail].Op == AlignOp.Insert)
        {
            trail++;
        }

        if (lead > 0 && lastToken + lead < c.Tokens.Count && Enumerable.Range(0, lead).All(k => c.Tokens[lastToken + 1 + k] == r.Tokens[pairs[k].Wit]))
        {
            MoveAcross(used, firstToken, lastToken + lead, lead);
            lastToken += lead;
        }
        else if (trail > 0 && firstToken - trail >= 0 && Enumerable.Range(0, trail).All(k => c.Tokens[firstToken - trail + k] == r.Tokens[pairs[pairs.Count - trail + k].Wit]))
        {
            MoveAcross(used, firstToken - trail, lastToken, trail);
            firstToken -= trail;
        }

        return (c.Word[firstToken], c.Word[lastToken]);
    }

    /// <summary>One reordering over the whole rendering, standing for the consensus tokens <paramref name="refFirst"/>..<paramref name="refLast"/>;
    /// it weighs the shorter of the moved phrase (<paramref name="moved"/> tokens) and the words it moved over.</summary>
    private void MoveAcross(bool[] used, int refFirst, int refLast, int moved)
    {
        Array.Fill(used, true);
        var words = Math.Min(moved, r.Tokens.Count - moved);
        var span = new TextSpan(rendering.Words[0].Span.Start, rendering.Words[^1].Span.End);
        AddRaw(DiscrepancyKind.Reordering, TokensText(c, consensus, refFirst, refLast), TokensText(r, rendering, 0, r.Tokens.Count - 1), span, null, Contested(c.Word[refFirst], c.Word[refLast]), words, 0, null, null);
    }

    /// <summary>
    /// A rendering whose words at one edge do not match, where its coverage of the consensus starts (stops) inside a
    /// consensus clause, rewords the rest of that clause: the aligner leaves the consensus words beyond its coverage
    /// uncovered for free and prints the rendering's words as insertions (<c>We will reopen the bridge before winter so
    /// that people can get over it once more</c> for <c>… before winter and every family will be able to cross safely
    /// again</c>), which is a rewording, not a truncation and an insertion. Applies when, on that side, the rendering
    /// has changed words in the clause of its first (last) matched word, or its edge clause is reworded as a whole
    /// (<see cref="ClauseIsReworded"/>) while keeping some of the consensus words. The uncovered consensus words up to the clause boundary are then read as
    /// deletions beside the rendering's changed words, so that the change rules see both sides of the rewording.
    /// Returns whether pairs were added, with the covered consensus tokens widened.
    /// </summary>
    private bool EdgeRewordings(ref int firstToken, ref int lastToken)
    {
        var firstMatch = pairs.FindIndex(static p => p.Op == AlignOp.Match);
        var lastMatch = pairs.FindLastIndex(static p => p.Op == AlignOp.Match);
        if (firstMatch < 0)
        {
            return false;
        }

        var added = false;
        var tail = lastToken + 1;
        while (tail < c.Tokens.Count && !ConsensusEndsClause(c.Word[tail - 1]))
        {
            tail++;
        }

        if (tail > lastToken + 1 && EdgeReworded(lastMatch, pairs.Count - 1, forward: true))
        {
            var at = pairs.FindLastIndex(static p => p.Ref >= 0) + 1;
            pairs.InsertRange(at, Enumerable.Range(lastToken + 1, tail - lastToken - 1).Select(t => new AlignedPair(t, -1, AlignOp.Delete)));
            lastToken = tail - 1;
            added = true;
        }

        var head = ClauseHead(firstToken);
        if (head < firstToken && EdgeReworded(firstMatch, 0, forward: false))
        {
            OmitBefore(ref firstToken, head);
            added = true;
        }

        return added;
    }

    /// <summary>
    /// A rendering that opens a sentence of its own in the middle of a consensus clause and adds words to that clause
    /// recast the clause: <c>We have already cut the waiting list by 2,300</c> printed <c>The waiting list has come down
    /// by 2,300</c>. Its first word is matched but capitalised where the consensus prints it in lower case after words
    /// of the same clause, which it leaves out; a clause that loses its opening words needs new ones to stand, and the
    /// rendering has them (two inserted or substituted words or more before its first clause ends; one changed word is a
    /// change of its own, <c>Can you list 5 things you want to see</c> for <c>Okay but can you list 5 things you want to
    /// eee</c>). The words left out join the pairs, so that <see cref="RecastParaphrase"/> reports the opening as one
    /// paraphrase rather than a cut and an insertion. A start cut with nothing added (<c>The decision is wrong</c> for
    /// <c>I think the decision is wrong</c>) stays a truncation.
    /// </summary>
    private bool RecastOpening(ref int firstToken)
    {
        const int MinRecastWords = 2;
        var firstMatch = pairs.FindIndex(static p => p.Op == AlignOp.Match);
        if (firstMatch != 0 || pairs[0].Wit < 0 || WitWord(pairs[0]) != 0 || !IsCapitalised(rendering.Words[0].Printed))
        {
            return false;
        }

        var word = c.Word[firstToken];
        if (word == 0 || consensus.EndsSentence[word - 1] || ConsensusEndsClause(word - 1) || consensus.Words[word].Text is not { Length: > 0 } printed || !char.IsLower(printed[0]))
        {
            return false;
        }

        var added = 0;
        for (var k = 1; k < pairs.Count && added < MinRecastWords; k++)
        {
            if (pairs[k].Wit >= 0 && EndsClauseBefore(WitWord(pairs[k])))
            {
                break;
            }

            added += pairs[k].Wit >= 0 && pairs[k].Op != AlignOp.Match && !TypoRule.IsTypo(pairs[k].Ref >= 0 ? c.Tokens[pairs[k].Ref] : string.Empty, r.Tokens[pairs[k].Wit]) ? 1 : 0;
        }

        if (added < MinRecastWords)
        {
            return false;
        }

        OmitBefore(ref firstToken, ClauseHead(firstToken));
        return true;

        bool EndsClauseBefore(int w) => w > 0 && EndsClause(w - 1);
    }

    /// <summary>The first consensus token of the clause holding the consensus token <paramref name="token"/>.</summary>
    private int ClauseHead(int token)
    {
        while (token > 0 && !ConsensusEndsClause(c.Word[token - 1]))
        {
            token--;
        }

        return token;
    }

    /// <summary>The consensus tokens <paramref name="head"/>..<paramref name="firstToken"/> − 1, before the rendering's
    /// first, join the pairs as left out, and the rendering now starts covering at <paramref name="head"/>.</summary>
    private void OmitBefore(ref int firstToken, int head)
    {
        pairs.InsertRange(0, Enumerable.Range(head, firstToken - head).Select(t => new AlignedPair(t, -1, AlignOp.Delete)));
        firstToken = head;
    }

    /// <summary>
    /// The paraphrase of a recast opening (<see cref="RecastOpening"/>): from the consensus clause's first word to the
    /// rendering's last added word in its first clause.
    /// </summary>
    private void RecastParaphrase(bool[] used)
    {
        var to = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k].Wit >= 0 && WitWord(pairs[k]) > 0 && EndsClause(WitWord(pairs[k]) - 1))
            {
                break;
            }

            if (pairs[k].Op != AlignOp.Match)
            {
                to = k;
            }
        }

        ParaphraseOver(0, to, used);
    }

    /// <summary>One paraphrase over the pairs <paramref name="from"/>..<paramref name="to"/>, which it uses up: it
    /// weighs the words it changes (the longer side less the words matched), material when a meaning word changes.</summary>
    private void ParaphraseOver(int from, int to, bool[] used)
    {
        var (refTokens, witTokens, matched, _, _) = ClauseCounts(from, to);
        for (var k = from; k <= to; k++)
        {
            used[k] = true;
        }

        var (reason, material) = MeaningWords.Material(RefTokens(from, to), WitTokens(from, to));
        Add(DiscrepancyKind.Paraphrase, from, to, Math.Max(refTokens, witTokens) - matched, material, reason);
    }

    /// <summary>
    /// A rendering that stops (starts) inside a consensus sentence and prints, among its own added words in that
    /// sentence, most of the consensus words it leaves out there moved them: <c>made me ashamed and angry</c> for
    /// <c>made me angry and ashamed</c>, <c>I was angry and ashamed at what I saw</c> for <c>What I saw made me angry and
    /// ashamed</c>, <c>every part will be investigated by the Office</c> for <c>the Office will investigate every
    /// part</c>. The aligner covers only the words it prints in order and leaves the rest of the sentence uncovered for
    /// free, which reads as a cut and an insertion. A run of added words is moved when two or more of its words, one of
    /// them specific (not <see cref="CommonWords"/>), are words of the uncovered rest, making half the run and a third
    /// of the rest. The uncovered rest joins the pairs as deletions, and the pairs from the run to them are returned
    /// (<see cref="MovedParaphrase"/>), with the covered consensus tokens widened; null when no run is moved.
    /// </summary>
    private (int From, int To)? MovedAtEdge(ref int firstToken, ref int lastToken)
    {
        // After the last covered token, up to the end of its consensus sentence.
        var tail = lastToken + 1;
        while (tail < c.Tokens.Count && !SentenceBefore(tail))
        {
            tail++;
        }

        if (tail > lastToken + 1)
        {
            var start = SentenceStartOf(lastToken);
            var lo = pairs.Count;
            while (lo > 0 && (pairs[lo - 1].Ref < 0 || pairs[lo - 1].Ref >= start))
            {
                lo--;
            }

            if (MovedRun(lo, pairs.Count - 1, lastToken + 1, tail - 1) is { } run)
            {
                var at = pairs.FindLastIndex(static p => p.Ref >= 0) + 1;
                var count = tail - lastToken - 1;
                pairs.InsertRange(at, Enumerable.Range(lastToken + 1, count).Select(t => new AlignedPair(t, -1, AlignOp.Delete)));
                lastToken = tail - 1;
                var (from, to) = run.Start >= at ? (at, run.End + count) : (run.Start, at + count - 1);
                return (from, Math.Max(to, at + count - 1));
            }
        }

        // Before the first covered token, from the start of its consensus sentence.
        var head = SentenceStartOf(firstToken);
        if (head < firstToken)
        {
            var end = SentenceEndOf(firstToken);
            var hi = 0;
            while (hi < pairs.Count && (pairs[hi].Ref < 0 || pairs[hi].Ref <= end))
            {
                hi++;
            }

            if (MovedRun(0, hi - 1, head, firstToken - 1) is { } run)
            {
                var at = pairs.FindIndex(static p => p.Ref >= 0);
                var count = firstToken - head;
                pairs.InsertRange(at, Enumerable.Range(head, count).Select(t => new AlignedPair(t, -1, AlignOp.Delete)));
                firstToken = head;
                var (from, to) = run.End < at ? (run.Start, at + count - 1) : (at, run.End + count);
                return (Math.Min(from, at), to);
            }
        }

        return null;
    }

    /// <summary>Whether a consensus sentence ends right before token <paramref name="t"/>.</summary>
    private bool SentenceBefore(int t) => t > 0 && consensus.EndsSentence[c.Word[t - 1]] && c.Word[t] != c.Word[t - 1];

    /// <summary>The first token of the consensus sentence holding token <paramref name="t"/>.</summary>
    private int SentenceStartOf(int t)
    {
        while (t > 0 && !SentenceBefore(t))
        {
            t--;
        }

        return t;
    }

    /// <summary>The last token of the consensus sentence holding token <paramref name="t"/>.</summary>
    private int SentenceEndOf(int t)
    {
        while (t + 1 < c.Tokens.Count && !SentenceBefore(t + 1))
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// The run of added words among the pairs <paramref name="lo"/>..<paramref name="hi"/> that moves the most of the
    /// uncovered consensus tokens <paramref name="restFirst"/>..<paramref name="restLast"/> (see <see cref="MovedAtEdge"/>), or null.
    /// </summary>
    private (int Start, int End)? MovedRun(int lo, int hi, int restFirst, int restLast)
    {
        var rest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = restFirst; t <= restLast; t++)
        {
            var stem = Rewording.Stem(c.Tokens[t]);
            rest[stem] = rest.GetValueOrDefault(stem) + 1;
        }

        (int Start, int End)? best = null;
        var bestMoved = 0;
        var k = lo;
        while (k <= hi)
        {
            if (pairs[k].Op != AlignOp.Insert)
            {
                k++;
                continue;
            }

            var start = k;
            while (k + 1 <= hi && pairs[k + 1].Op == AlignOp.Insert)
            {
                k++;
            }

            var left = new Dictionary<string, int>(rest, StringComparer.Ordinal);
            int moved = 0, specific = 0;
            for (var j = start; j <= k; j++)
            {
                var stem = Rewording.Stem(r.Tokens[pairs[j].Wit]);
                if (left.TryGetValue(stem, out var n) && n > 0)
                {
                    left[stem] = n - 1;
                    moved++;
                    specific += CommonWords.Contains(stem) ? 0 : 1;
                }
            }

            var length = k - start + 1;
            if (moved >= 2 && specific >= 1 && moved * 2 >= length && moved * 3 >= restLast - restFirst + 1 && moved > bestMoved)
            {
                best = (start, k);
                bestMoved = moved;
            }

            k++;
        }

        return best;
    }

    /// <summary>
    /// The discrepancy of words moved at an edge (<see cref="MovedAtEdge"/>), over the pairs <paramref name="from"/>..<paramref name="to"/>:
    /// a <see cref="DiscrepancyKind.Reordering"/> when the rendering prints the same words there in another order, else
    /// one <see cref="DiscrepancyKind.Paraphrase"/> of the recast words.
    /// </summary>
    private void MovedParaphrase(bool[] used, int from, int to)
    {
        var expected = RefTokens(from, to);
        var actual = WitTokens(from, to);
        if (!expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            ParaphraseOver(from, to, used);
            return;
        }

        for (var k = from; k <= to; k++)
        {
            used[k] = true;
        }

        Add(DiscrepancyKind.Reordering, from, to, Math.Max(expected.Count, actual.Count));
    }

    /// <summary>
    /// Whether the rendering rewords on the side of the matched pair <paramref name="match"/> towards
    /// <paramref name="edge"/>: it has words there in the same clause as the matched word, or its clause at that edge
    /// is reworded as a whole.
    /// </summary>
    private bool EdgeReworded(int match, int edge, bool forward)
    {
        var matchedWord = WitWord(pairs[match]);
        var sameClause = forward ? !EndsClause(matchedWord) : matchedWord == 0 || !EndsClause(matchedWord - 1);
        var (lo, hi) = forward ? (match + 1, edge) : (edge, match - 1);
        for (var k = lo; k <= hi && sameClause; k++)
        {
            if (pairs[k].Wit >= 0)
            {
                return true;
            }
        }

        // The rendering's clause at this edge.
        int clauseFirst, clauseLast;
        if (forward)
        {
            clauseLast = rendering.Words.Count - 1;
            clauseFirst = clauseLast;
            while (clauseFirst > 0 && !EndsClause(clauseFirst - 1))
            {
                clauseFirst--;
            }
        }
        else
        {
            clauseFirst = 0;
            clauseLast = 0;
            while (clauseLast + 1 < rendering.Words.Count && !EndsClause(clauseLast))
            {
                clauseLast++;
            }
        }

        // Reworded, yet keeping words of the consensus clause (a sentence of its own added after the quote keeps none).
        return ClauseRange(clauseFirst, clauseLast) is { } range && ClauseIsReworded(range.From, range.To)
            && pairs.Skip(range.From).Take(range.To - range.From + 1).Any(static p => p.Op == AlignOp.Match);
    }

    /// <summary>Whether the consensus word <paramref name="w"/> ends a clause: a sentence end, or clause punctuation after it.</summary>
    private bool ConsensusEndsClause(int w) => consensus.EndsSentence[w] || consensus.After[w].AsSpan().IndexOfAny(",;:—–()…") >= 0;

    /// <summary>The pairs from the first to the last token of the rendering's words <paramref name="start"/>..<paramref name="end"/>, with the deletions between them.</summary>
    private (int From, int To)? ClauseRange(int start, int end)
    {
        int from = -1, to = -1;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k].Wit >= 0 && WitWord(pairs[k]) >= start && WitWord(pairs[k]) <= end)
            {
                from = from < 0 ? k : from;
                to = k;
            }
        }

        return from < 0 ? null : (from, to);
    }

    /// <summary>Places of change (runs of changed words) from which a clause touched in a third of its words is reworded.</summary>
    private const int ScatteredChanges = 3;

    /// <summary>
    /// Whether the pairs <paramref name="from"/>..<paramref name="to"/> of a clause are reworded: with three changed
    /// words or more, it matches fewer than half of its words (or of the consensus words it stands for), or it is changed
    /// in <see cref="ScatteredChanges"/> places or more touching a third of its words (<c>What we're proposing is a 12
    /// percent cut spread over three years</c> for <c>What we will propose is a reduction of 12 percent over three
    /// years</c>: however the aligner pairs the words, a rewording keeps some in place between its changes).
    /// </summary>
    private bool ClauseIsReworded(int from, int to)
    {
        var (refTokens, witTokens, matched, changed, runs) = ClauseCounts(from, to);
        var longer = Math.Max(refTokens, witTokens);
        return witTokens >= MinTruncatedFragment && changed >= 3 && refTokens > 0
            && (matched * 2 < longer || (runs >= ScatteredChanges && changed * 3 >= longer));
    }

    private (int RefTokens, int WitTokens, int Matched, int Changed, int Runs) ClauseCounts(int from, int to)
    {
        int refTokens = 0, witTokens = 0, matched = 0, changed = 0, runs = 0;
        var inRun = false;
        for (var k = from; k <= to; k++)
        {
            var p = pairs[k];
            refTokens += p.Ref >= 0 ? 1 : 0;
            witTokens += p.Wit >= 0 ? 1 : 0;
            if (p.Op == AlignOp.Match || (p.Op == AlignOp.Substitute && TypoRule.IsTypo(c.Tokens[p.Ref], r.Tokens[p.Wit])))
            {
                matched++;
                inRun = false;
            }
            else
            {
                changed++;
                runs += inRun ? 0 : 1;
                inRun = true;
            }
        }

        return (refTokens, witTokens, matched, changed, runs);
    }

    /// <summary>
    /// A clause of the rendering (up to a sentence end, a comma, a dash or the end of a piece) that matches fewer than
    /// half of its words (or of the consensus words it stands for) is reworded as a whole: one <see cref="DiscrepancyKind.Paraphrase"/> over it, whatever single words it happens to
    /// keep (<c>Every Saturday we will be back on the streets until the minister goes</c> for <c>We will march every
    /// Saturday until the minister resigns</c> is not an insertion, a paraphrase and a substitution).
    /// </summary>
    private void ClauseParaphrases(bool[] used)
    {
        var start = 0;
        while (start < rendering.Words.Count)
        {
            var end = start;
            while (end + 1 < rendering.Words.Count && !EndsClause(end))
            {
                end++;
            }

            // The pairs from the first to the last token of this clause, with the deletions between them; at the
            // rendering's edges, with the consensus words its edge rewording stands for (EdgeRewordings).
            if (ClauseRange(start, end) is { } range)
            {
                var (from, to) = range;
                while (start == 0 && from > 0 && pairs[from - 1].Op == AlignOp.Delete)
                {
                    from--;
                }

                while (end == rendering.Words.Count - 1 && to + 1 < pairs.Count && pairs[to + 1].Op == AlignOp.Delete)
                {
                    to++;
                }

                if (ClauseIsReworded(from, to) && !UsedBetween(used, from, to))
                {
                    // Consensus words left out just before (after) the clause, in the consensus clause it rewords, are
                    // part of the rewording (`, with compensation for the smallest boats` printed `, and the smallest
                    // boats will get compensated`).
                    while (from > 0 && pairs[from - 1].Op == AlignOp.Delete && !used[from - 1] && !ConsensusEndsClause(c.Word[pairs[from - 1].Ref]))
                    {
                        from--;
                    }

                    while (to + 1 < pairs.Count && pairs[to + 1].Op == AlignOp.Delete && !used[to + 1] && !ConsensusEndsClause(c.Word[pairs[to + 1].Ref] - 1))
                    {
                        to++;
                    }

                    ParaphraseOver(from, to, used);
                }
            }

            start = end + 1;
        }
    }

    /// <summary>Whether a clause ends after the rendering's word <paramref name="w"/>: a sentence end, a comma, semicolon,
    /// colon, dash or bracket, or the end of a piece of the quotation.</summary>
    private bool EndsClause(int w)
    {
        var word = rendering.Words[w];
        return word.EndsSentence
            || word.After.AsSpan().IndexOfAny(",;:—–()") >= 0
            || (w + 1 < rendering.Words.Count && rendering.Words[w + 1].Span.Start != word.Span.End + word.After.Length);
    }

    private static bool UsedBetween(bool[] used, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (used[k])
            {
                return true;
            }
        }

        return false;
    }

    private void Reorderings(bool[] used)
    {
        Swaps(used);
        PhraseMoves(used);
        for (var a = 0; a < pairs.Count; a++)
        {
            if (used[a] || pairs[a].Op is not (AlignOp.Delete or AlignOp.Insert))
            {
                continue;
            }

            for (var b = a + 1; b < pairs.Count && b <= a + 5; b++)
            {
                if (used[b] || pairs[b].Op is not (AlignOp.Delete or AlignOp.Insert) || pairs[b].Op == pairs[a].Op
                    || !string.Equals(Token(pairs[a]), Token(pairs[b]), StringComparison.Ordinal))
                {
                    continue;
                }

                // The words moved over: everything between a and b.
                for (var k = a; k <= b; k++)
                {
                    used[k] = true;
                }

                var words = Math.Max(RefTokens(a, b).Count, WitTokens(a, b).Count);
                Add(DiscrepancyKind.Reordering, a, b, words);
                break;
            }
        }
    }

    /// <summary>Pairs apart within which a phrase left out in one place and printed in another was moved.</summary>
    private const int PhraseMoveWindow = 16;

    /// <summary>
    /// A phrase of two words or more left out in one place and printed, the same words in the same order, a few words
    /// away (<c>because nobody asked me, I'd like to know</c> for <c>I'd like to know, because nobody asked me</c>) is
    /// one reordering over the words between, not an omission and an insertion.
    /// </summary>
    private void PhraseMoves(bool[] used)
    {
        var a = 0;
        while (a < pairs.Count)
        {
            if (used[a] || pairs[a].Op is not (AlignOp.Delete or AlignOp.Insert))
            {
                a++;
                continue;
            }

            var op = pairs[a].Op;
            var aEnd = a;
            while (aEnd + 1 < pairs.Count && !used[aEnd + 1] && pairs[aEnd + 1].Op == op)
            {
                aEnd++;
            }

            var found = false;
            if (aEnd > a)
            {
                var phrase = RunTokens(a, aEnd);
                for (var b = aEnd + 1; b < pairs.Count && b <= aEnd + PhraseMoveWindow && !found; b++)
                {
                    if (used[b] || pairs[b].Op == op || pairs[b].Op is not (AlignOp.Delete or AlignOp.Insert) || b + phrase.Count - 1 >= pairs.Count)
                    {
                        continue;
                    }

                    var other = RunTokens(b, b + phrase.Count - 1);
                    if (other.Count == phrase.Count && !UsedBetween(used, b, b + phrase.Count - 1)
                        && pairs.Skip(b).Take(phrase.Count).All(p => p.Op == pairs[b].Op) && other.SequenceEqual(phrase, StringComparer.Ordinal))
                    {
                        var last = b + phrase.Count - 1;
                        for (var k = a; k <= last; k++)
                        {
                            used[k] = true;
                        }

                        Add(DiscrepancyKind.Reordering, a, last, Math.Max(RefTokens(a, last).Count, WitTokens(a, last).Count));
                        found = true;
                        a = last + 1;
                    }
                }
            }

            if (!found)
            {
                a = aEnd + 1;
            }
        }
    }

    /// <summary>The tokens of a run of deletions or insertions.</summary>
    private List<string> RunTokens(int from, int to) => pairs.Skip(from).Take(to - from + 1).Select(Token).ToList();

    /// <summary>
    /// Two substituted words that trade places within five positions (<c>peaceful … patient</c> printed
    /// <c>patient … peaceful</c>): the same words in another order, one reordering over the words between.
    /// </summary>
    private void Swaps(bool[] used)
    {
        for (var a = 0; a < pairs.Count; a++)
        {
            if (used[a] || pairs[a].Op != AlignOp.Substitute)
            {
                continue;
            }

            for (var b = a + 1; b < pairs.Count && b <= a + 5; b++)
            {
                if (used[b] || pairs[b].Op != AlignOp.Substitute
                    || !string.Equals(c.Tokens[pairs[a].Ref], r.Tokens[pairs[b].Wit], StringComparison.Ordinal)
                    || !string.Equals(c.Tokens[pairs[b].Ref], r.Tokens[pairs[a].Wit], StringComparison.Ordinal))
                {
                    continue;
                }

                for (var k = a; k <= b; k++)
                {
                    used[k] = true;
                }

                Add(DiscrepancyKind.Reordering, a, b, Math.Max(RefTokens(a, b).Count, WitTokens(a, b).Count));
                break;
            }
        }
    }

    private string Token(AlignedPair p) => p.Ref >= 0 ? c.Tokens[p.Ref] : r.Tokens[p.Wit];

    private void Changes(bool[] used)
    {
        this.used = used;
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

            // A rewording spreads over the common words between its parts ("this council will pay for the clean-up"
            // printed "the town hall will foot the bill for the mop-up" is one paraphrase, not two and a substitution).
            var end = k - 1;
            while (NextRunAcrossCommonWords(end) is { } next && (IsRewording(start, end) || IsRewording(next.Start, next.End)))
            {
                end = next.End;
                k = end + 1;
            }

            ClassifyRun(start, end);
        }
    }

    /// <summary>Matched common words at most this many between two runs of changes that one rewording spans.</summary>
    private const int MaxCommonBetween = 2;

    /// <summary>The next run of changes after pair <paramref name="end"/>, when only up to <see cref="MaxCommonBetween"/>
    /// matched common words stand between.</summary>
    private (int Start, int End)? NextRunAcrossCommonWords(int end)
    {
        var k = end + 1;
        while (k < pairs.Count && pairs[k].Op == AlignOp.Match && k - end - 1 < MaxCommonBetween && CommonWords.Contains(c.Tokens[pairs[k].Ref]))
        {
            k++;
        }

        if (k == end + 1 || k >= pairs.Count || pairs[k].Op == AlignOp.Match || used is null || used[k])
        {
            return null;
        }

        var start = k;
        while (k + 1 < pairs.Count && !used[k + 1] && pairs[k + 1].Op != AlignOp.Match)
        {
            k++;
        }

        return (start, k);
    }

    /// <summary>Whether the run of changes rewords three words or more, with words on both sides.</summary>
    private bool IsRewording(int from, int to)
    {
        int refs = 0, wits = 0;
        for (var k = from; k <= to; k++)
        {
            refs += pairs[k].Op != AlignOp.Insert ? 1 : 0;
            wits += pairs[k].Op != AlignOp.Delete ? 1 : 0;
        }

        return refs > 0 && wits > 0 && Math.Max(refs, wits) >= 3;
    }

    private void ClassifyRun(int from, int to)
    {
        // Style and typos stand alone: take them out of the run first.
        var rest = new List<int>();
        for (var k = from; k <= to; k++)
        {
            var p = pairs[k];
            if (p.Op == AlignOp.Match)
            {
                continue; // a common word a rewording spans
            }

            if (p.Op != AlignOp.Substitute)
            {
                rest.Add(k);
                continue;
            }

            var (expected, actual) = (c.Tokens[p.Ref], r.Tokens[p.Wit]);
            if (CensoredWord.Matches(expected, actual))
            {
                Add(DiscrepancyKind.Typography, k, k, 1, style: DiscrepancyReasons.Censored);
            }
            else if (Contractions.AreAlternatives(expected, actual) && (c.TokenCount(RefWord(p)) > 1 || r.TokenCount(WitWord(p)) > 1))
            {
                Add(DiscrepancyKind.Typography, k, k, 1, style: DiscrepancyReasons.Contraction);
            }
            else if (TypoRule.IsTypo(expected, actual))
            {
                Add(DiscrepancyKind.Typo, k, k, 1);
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

        var expectedTokens = rest.Where(k => pairs[k].Ref >= 0).Select(k => c.Tokens[pairs[k].Ref]).ToList();
        var actualTokens = rest.Where(k => pairs[k].Wit >= 0).Select(k => r.Tokens[pairs[k].Wit]).ToList();
        var words = Math.Max(expectedTokens.Count, actualTokens.Count);
        if (expectedTokens.Count >= 2 && expectedTokens.Order(StringComparer.Ordinal).SequenceEqual(actualTokens.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            Add(DiscrepancyKind.Reordering, rest[0], rest[^1], words);
            return;
        }

        if (words >= 3 && expectedTokens.Count > 0 && actualTokens.Count > 0)
        {
            var (reason, material) = MeaningWords.Material(expectedTokens, actualTokens);
            if (reason is null && SwapsName(rest))
            {
                (reason, material) = (DiscrepancyReasons.Name, 1);
            }

            Add(DiscrepancyKind.Paraphrase, rest[0], rest[^1], words, material, reason);
            return;
        }

        // Words left out and words added at one place, however the aligner paired them, are words printed for others:
        // one substitution (an unrelated word is not paired with the one it replaces when it could as well be paired
        // with a neighbour).
        if (expectedTokens.Count > 0 && actualTokens.Count > 0 && rest.TrueForAll(k => pairs[k].Op != AlignOp.Substitute))
        {
            var (reason, material) = MeaningWords.Material(expectedTokens, actualTokens);
            Add(DiscrepancyKind.Substitution, rest[0], rest[^1], words, material, reason);
            return;
        }

        // One printed word for one word of the consensus, whatever its tokens (`whose` for `who's`, read `who is`), or
        // with an article beside it (`another` for `a further`): one substitution, not a substitution and an omission.
        if (expectedTokens.Count > 0 && actualTokens.Count > 0 && (OneWordEach(rest) || ArticleWithSubstitution(rest)))
        {
            var (reason, material) = MeaningWords.Material(expectedTokens, actualTokens);
            if (reason is null && SwapsName(rest))
            {
                (reason, material) = (DiscrepancyReasons.Name, 1);
            }

            Add(DiscrepancyKind.Substitution, rest[0], rest[^1], 1, material, reason);
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

            var n = h - g + 1;
            var (reason, material) = MeaningWords.Material(RefTokens(rest[g], rest[h]), WitTokens(rest[g], rest[h]));
            if (reason is null && op == AlignOp.Substitute && SwapsName([rest[g]]))
            {
                (reason, material) = (DiscrepancyReasons.Name, 1);
            }

            var kind = op switch
            {
                AlignOp.Substitute => DiscrepancyKind.Substitution,
                AlignOp.Delete => DiscrepancyKind.Omission,
                _ => DiscrepancyKind.Insertion,
            };
            Add(kind, rest[g], rest[h], n, material, reason);
            g = h + 1;
        }
    }

    /// <summary>Whether the pairs <paramref name="run"/> are one substituted word and articles left out or added beside it
    /// (<c>another</c> for <c>a further</c>, <c>the same</c> for <c>identical</c>).</summary>
    private bool ArticleWithSubstitution(List<int> run)
    {
        var substitutions = 0;
        for (var i = 0; i < run.Count; i++)
        {
            var p = pairs[run[i]];
            if (i > 0 && run[i] != run[i - 1] + 1)
            {
                return false;
            }

            if (p.Op == AlignOp.Substitute)
            {
                substitutions++;
            }
            else if ((p.Ref >= 0 ? c.Tokens[p.Ref] : r.Tokens[p.Wit]) is not ("a" or "an" or "the"))
            {
                return false;
            }
        }

        return substitutions == 1;
    }

    /// <summary>Whether the pairs <paramref name="run"/> touch one consensus word and one rendering word.</summary>
    private bool OneWordEach(List<int> run)
    {
        int refWord = -1, witWord = -1;
        foreach (var k in run)
        {
            var p = pairs[k];
            if ((p.Ref >= 0 && refWord >= 0 && RefWord(p) != refWord) || (p.Wit >= 0 && witWord >= 0 && WitWord(p) != witWord))
            {
                return false;
            }

            refWord = p.Ref >= 0 ? RefWord(p) : refWord;
            witWord = p.Wit >= 0 ? WitWord(p) : witWord;
        }

        return true;
    }

    /// <summary>A substituted word that is a name (capitalised inside a sentence) for another name.</summary>
    private bool SwapsName(List<int> run)
    {
        foreach (var k in run)
        {
            var p = pairs[k];
            if (p.Op == AlignOp.Substitute)
            {
                var rw = RefWord(p);
                var ww = WitWord(p);
                var expected = consensus.Words[rw].Text;
                var actual = rendering.Words[ww].Printed;
                var inside = (rw > 0 && !consensus.EndsSentence[rw - 1]) || (ww > 0 && !rendering.Words[ww - 1].EndsSentence);
                if (inside && IsCapitalised(expected) && IsCapitalised(actual))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word is not ("I" or "I'm" or "I've" or "I'd" or "I'll");

    /// <summary>
    /// Whether the consensus words <paramref name="first"/>..<paramref name="last"/> that a rendering leaves out are the
    /// statement's: when three or more documents quote it, one of them must be printed by two documents; words only one
    /// document adds at the edge of the statement (a moved word, a paraphrase's lead-in) cut nothing from the others.
    /// </summary>
    private bool CutIsBacked(int first, int last)
    {
        var documents = 0;
        var backed = false;
        var elsewhere = false;
        for (var i = 0; i < consensus.Words.Count; i++)
        {
            documents = Math.Max(documents, consensus.Words[i].CoveringDocuments);
            if (i >= first && i <= last)
            {
                var supporting = consensus.Words[i].SupportingDocumentIds;
                backed |= supporting.Count >= 2;
                // (A word no outlet supports is the reference text's.)
                elsewhere |= supporting.Count != 1 || !string.Equals(supporting[0], rendering.DocumentId, StringComparison.Ordinal);
            }
        }

        // Words only the rendering's own document prints (a headline excerpting its own body) are cut by no one: the
        // excerpt stops at a point of its own text, which the reader has in full. A fragment worked into the reporter's
        // sentence is an excerpt by nature: where it stops counts only against a statement three documents quote.
        var fragment = rendering.Quote.Kind == QuoteKind.Fragment;
        return elsewhere && (backed || (documents <= 2 && !fragment));
    }

    /// <summary>
    /// Whether the cut words <paramref name="first"/>..<paramref name="last"/> are in doubt as a whole: every one of them
    /// is contested. A cut holding an uncontested word cuts that word whatever the tie elsewhere in it (a spelling
    /// printed two ways 1–1 does not make the words after a fragment uncertain).
    /// </summary>
    private bool CutContested(int first, int last)
    {
        for (var i = Math.Max(0, first); i <= last && i < consensus.Words.Count; i++)
        {
            if (!consensus.Words[i].Contested)
            {
                return false;
            }
        }

        return last >= first;
    }

    private void Truncations(int first, int last)
    {
        if (first > 0 && !consensus.EndsSentence[first - 1])
        {
            var s = first - 1;
            while (s > 0 && !consensus.EndsSentence[s - 1])
            {
                s--;
            }

            var at = rendering.Words[0].Span.Start;
            if (CutIsBacked(s, first - 1))
            {
                AddRaw(DiscrepancyKind.Truncation, WordsText(consensus, s, first - 1), string.Empty, new TextSpan(at, at), SignalAt(0), CutContested(s, first - 1), 1, 0, null, null);
            }
        }

        if (last < consensus.Norms.Count - 1 && !consensus.EndsSentence[last])
        {
            var e = last + 1;
            while (e < consensus.Norms.Count - 1 && !consensus.EndsSentence[e])
            {
                e++;
            }

            var at = rendering.Words[^1].Span.End;
            if (CutIsBacked(last + 1, e))
            {
                AddRaw(DiscrepancyKind.Truncation, WordsText(consensus, last + 1, e), string.Empty, new TextSpan(at, at), SignalAt(rendering.Words.Count), CutContested(last + 1, e), 1, 0, null, null);
            }
        }
    }

    /// <summary>Adds the discrepancy covering the aligned pairs <paramref name="from"/>..<paramref name="to"/>.</summary>
    private void Add(DiscrepancyKind kind, int from, int to, int words, int materialWords = 0, string? materialReason = null, string? style = null)
    {
        var (rf, rl, wf, wl) = TokenRange(from, to);
        var expected = TokensText(c, consensus, rf, rl);
        var actual = TokensText(r, rendering, wf, wl);
        var refFirst = rl >= 0 ? c.Word[rf] : 0;
        var refLast = rl >= 0 ? c.Word[rl] : -1;
        if (kind == DiscrepancyKind.Omission)
        {
            var at = GapPosition(from);
            AddRaw(kind, expected, actual, new TextSpan(at, at), SignalledGap(to) ?? SplitGap(from, to), Contested(refFirst, refLast), words, materialWords, materialReason, style);
            return;
        }

        var witFirst = wl >= 0 ? r.Word[wf] : 0;
        var witLast = wl >= 0 ? r.Word[wl] : -1;
        var span = witLast < witFirst ? new TextSpan(0, 0) : new TextSpan(rendering.Words[witFirst].Span.Start, rendering.Words[witLast].Span.End);
        var contested = kind != DiscrepancyKind.Insertion && Contested(refFirst, refLast);
        AddRaw(kind, expected, actual, span, Signal(witFirst, witLast), contested, words, materialWords, materialReason, style);
    }

    private void AddRaw(DiscrepancyKind kind, string expected, string actual, TextSpan span, string? signal, bool contested, int words, int materialWords, string? materialReason, string? style)
    {
        var weight = style is not null || signal is not null || contested ? 0 : DiscrepancyWeights.Of(kind, words, materialReason is null ? 0 : materialWords);
        var material = weight > 0 && materialReason is not null && kind is not (DiscrepancyKind.Typo or DiscrepancyKind.Reordering or DiscrepancyKind.Truncation);
        var reason = style ?? signal ?? (contested ? DiscrepancyReasons.Contested : material ? materialReason : null);
        result.Add(new Discrepancy(kind, expected, actual, span, signal is not null, contested, weight, material, reason));
    }

    private (int RefFirst, int RefLast, int WitFirst, int WitLast) TokenRange(int from, int to)
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

    private List<string> RefTokens(int from, int to) => pairs.Skip(from).Take(to - from + 1).Where(p => p.Ref >= 0).Select(p => c.Tokens[p.Ref]).ToList();

    private List<string> WitTokens(int from, int to) => pairs.Skip(from).Take(to - from + 1).Where(p => p.Wit >= 0).Select(p => r.Tokens[p.Wit]).ToList();

    /// <summary>The printed words of a token range; a contraction only partly in the range shows its canonical token.</summary>
    private static string TokensText(CanonicalWords canon, Consensus consensus, int first, int last) =>
        TokensText(canon, first, last, w => consensus.Words[w].Text, w => Separator(consensus.After[w]));

    private static string TokensText(CanonicalWords canon, Rendering rendering, int first, int last) =>
        TokensText(canon, first, last, w => rendering.Words[w].Printed, w => Separator(rendering.Words[w].After));

    private static string TokensText(CanonicalWords canon, int first, int last, Func<int, string> printed, Func<int, string> after)
    {
        if (last < first)
        {
            return string.Empty;
        }

        var sb = new System.Text.StringBuilder();
        var t = first;
        while (t <= last)
        {
            var w = canon.Word[t];
            var whole = canon.FirstToken[w] >= first && canon.FirstToken[w] + canon.TokenCount(w) - 1 <= last;
            if (whole)
            {
                sb.Append(printed(w));
                t = canon.FirstToken[w] + canon.TokenCount(w);
                if (t <= last)
                {
                    sb.Append(after(w));
                }
            }
            else
            {
                sb.Append(canon.Tokens[t]);
                t++;
                if (t <= last)
                {
                    sb.Append(' ');
                }
            }
        }

        return sb.ToString();
    }

    private static string Separator(string after) => Squeeze(after) is { Length: > 0 } a && a != " " ? a : " ";

    private static string WordsText(Consensus consensus, int first, int last)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            sb.Append(consensus.Words[i].Text);
            if (i < last)
            {
                sb.Append(Separator(consensus.After[i]));
            }
        }

        return sb.ToString();
    }

    private static string WordsText(Rendering rendering, int first, int last)
    {
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

    /// <summary>Where a deletion sits in the article: the start of the next rendering word, or the end of the previous.</summary>
    private int GapPosition(int k)
    {
        for (var j = k; j < pairs.Count; j++)
        {
            if (pairs[j].Wit >= 0)
            {
                return rendering.Words[WitWord(pairs[j])].Span.Start;
            }
        }

        for (var j = k; j >= 0; j--)
        {
            if (pairs[j].Wit >= 0)
            {
                return rendering.Words[WitWord(pairs[j])].Span.End;
            }
        }

        return rendering.Quote.Spans[0].Start;
    }

    /// <summary>The reason of the editor's signal next to the rendering words <paramref name="witFirst"/>..<paramref name="witLast"/>, or null.</summary>
    private string? Signal(int witFirst, int witLast)
    {
        foreach (var (before, token) in rendering.Signals)
        {
            if (before >= witFirst && before <= witLast + 1)
            {
                return SignalReason(token);
            }
        }

        return null;
    }

    /// <summary>The reason of an editor's signal printed with <paramref name="before"/> words before it (an opening
    /// "[He]" or "…" signals the cut at the start), or null.</summary>
    private string? SignalAt(int before)
    {
        foreach (var (b, token) in rendering.Signals)
        {
            if (b == before)
            {
                return SignalReason(token);
            }
        }

        return null;
    }

    /// <summary>The reason of the editor's signal where a deletion ending at pair <paramref name="to"/> sits, or null.</summary>
    private string? SignalledGap(int to)
    {
        var next = rendering.Words.Count;
        for (var j = to + 1; j < pairs.Count; j++)
        {
            if (pairs[j].Wit >= 0)
            {
                next = WitWord(pairs[j]);
                break;
            }
        }

        foreach (var (before, token) in rendering.Signals)
        {
            if (before == next)
            {
                return SignalReason(token);
            }
        }

        return null;
    }

    /// <summary>
    /// <see cref="DiscrepancyReasons.SplitQuote"/> when the deletion of pairs <paramref name="from"/>..<paramref name="to"/>
    /// sits between two pieces of a split quotation (the rendering word before it ends a piece and a word follows):
    /// the pieces are separate excerpts, and the words between them were not quoted, not dropped. Otherwise null.
    /// </summary>
    private string? SplitGap(int from, int to)
    {
        var before = -1;
        for (var j = from - 1; j >= 0; j--)
        {
            if (pairs[j].Wit >= 0)
            {
                before = WitWord(pairs[j]);
                break;
            }
        }

        if (before < 0 || before + 1 >= rendering.Words.Count || !rendering.Words[before].EndsPiece)
        {
            return null;
        }

        for (var j = to + 1; j < pairs.Count; j++)
        {
            if (pairs[j].Wit >= 0)
            {
                return DiscrepancyReasons.SplitQuote;
            }
        }

        return null;
    }

    private static string SignalReason(QuoteToken signal) => signal.Norm switch
    {
        "…" => DiscrepancyReasons.Ellipsis,
        "[sic]" => DiscrepancyReasons.Sic,
        _ => DiscrepancyReasons.EditorialBracket,
    };

    private bool Contested(int first, int last)
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

    private static bool Any(bool[] flags, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (flags[i])
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
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(ch);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
