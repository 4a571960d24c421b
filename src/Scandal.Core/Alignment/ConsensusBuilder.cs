using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>A column of the multiple alignment: what each rendering prints at one position of the statement.</summary>
internal sealed class Column
{
    public Column(string representative, bool endsSentence = false)
    {
        Representative = representative;
        EndsSentence = endsSentence;
    }

    /// <summary>The word the column was created from, used to align further renderings.</summary>
    public string Representative { get; }

    /// <summary>Whether the rendering the column was created from ends a sentence after the word.</summary>
    public bool EndsSentence { get; }
}

/// <summary>
/// The consensus of one statement before classification. <see cref="Words"/>, <see cref="Norms"/>,
/// <see cref="EndsSentence"/> and <see cref="After"/> hold its words without gaps, index for index, for aligning
/// renderings against; <see cref="Display"/> holds them with a gap word where no rendering bridges two parts.
/// </summary>
internal sealed class Consensus
{
    public required List<ConsensusWord> Words { get; init; }

    /// <summary>Normalised consensus words, for aligning renderings against.</summary>
    public required List<string> Norms { get; init; }

    /// <summary>Whether a sentence ends after each consensus word (by majority of the renderings that print it), or a gap follows it.</summary>
    public required List<bool> EndsSentence { get; init; }

    /// <summary>The punctuation most renderings print after each consensus word.</summary>
    public required List<string> After { get; init; }

    /// <summary>
    /// For each consensus word, the other punctuation printed after it by as many documents as <see cref="After"/> (a
    /// tie the tie-break settled), or null: a rendering printing one of them differs from the others by typography only.
    /// </summary>
    public IReadOnlyList<List<string>?> AfterTies { get; init; } = [];

    /// <summary>The consensus words with the gaps (<see cref="ConsensusWord.IsGap"/>) between parts no rendering joins.</summary>
    public required List<ConsensusWord> Display { get; init; }

    /// <summary>The contested positions, as indices into <see cref="Display"/>.</summary>
    public required List<ContestedPosition> Contested { get; init; }

    public required bool FromReference { get; init; }

    public string Text()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < Display.Count; i++)
        {
            sb.Append(Display[i].Text);
            var after = Display[i].Separator;
            sb.Append(i + 1 < Display.Count ? (after.Length == 0 ? " " : after) : after.TrimEnd());
        }

        return sb.ToString();
    }
}

/// <summary>
/// Rebuilds what the speaker most likely said.
/// <list type="number">
/// <item>Skeleton: columns grow from the longest rendering. Each further rendering (longest first, exact repeats
/// once) is placed where it matches (<see cref="WordAligner"/>, semi-global: the skeleton before and after it is not covered): its words that the skeleton lacks — before it, after it
/// or inside it — become new columns, save a run that moves words of the skeleton sentence it leaves out (a sentence
/// turned round or into the passive, two words swapped: <see cref="Recasts"/>), which adds none. A rendering that matches nothing yet waits for one that bridges it. Fragments and
/// paraphrases attached to the statement add no column; rewordings (<see cref="Rendering.Reworded"/>) do not vote either.</item>
/// <item>Vote: every rendering is placed on the final skeleton and covers the columns between its first and last
/// matching word; each document votes once per column it covers (its most frequent reading there, "absent" included,
/// ties going to its first rendering), the reading with most documents wins, and a column whose winner is "absent" is
/// not part of the consensus. When the top readings tie, the position is contested (a tie between a word and its
/// absence keeps the word; a tie where only paraphrases print one side is not contested: the renderings of the words
/// win). A reference text, when it covers a column, decides it. One word elected at two nearby columns by disjoint
/// documents, those of one covering the other without the word, was moved by them: the better supported column
/// stays.</item>
/// <item>Joins: two consensus words follow each other only if some rendering prints them side by side; otherwise a gap
/// (<c>…</c>) stands between them — or, when they are the same word twice (<c>I I'd</c>), the better supported one
/// stays (on a tie the longer form). A capital a rendering owes to starting its quotation or sentence is dropped in mid-sentence.</item>
/// </list>
/// Each distinct rendering is aligned once per skeleton, so a document repeating one quotation many times costs one
/// alignment and one vote count per column, not a pairwise comparison.
/// </summary>
internal static class ConsensusBuilder
{
    public static Consensus Build(List<Rendering> members, WordCosts costs)
    {
        var ordered = members
            .OrderByDescending(m => m.IsReference)
            .ThenBy(m => m.Attached)
            .ThenByDescending(m => m.Norms.Count)
            .ThenBy(m => m.DocumentId, StringComparer.Ordinal)
            .ThenBy(m => m.Quote.Spans[0].Start)
            .ToList();

        return Vote(Skeleton(ordered, costs), ordered, costs);
    }

    private static List<Column> Skeleton(List<Rendering> ordered, WordCosts costs)
    {
        var columns = ColumnsOf(ordered[0]);
        var seen = new RenderingCache<bool>();
        seen.Add(ordered[0], true);
        var waiting = new List<Rendering>();
        foreach (var m in ordered.Skip(1))
        {
            if (!m.Attached && !seen.TryGet(m, out _))
            {
                seen.Add(m, true);
                waiting.Add(m);
            }
        }

        while (waiting.Count > 0)
        {
            var deferred = new List<Rendering>();
            foreach (var m in waiting)
            {
                var pairs = WordAligner.Align(columns.ConvertAll(c => c.Representative), m.Norms, m.SignalPositions, costs);
                if (pairs is null || !pairs.Exists(p => p.Op == AlignOp.Match))
                {
                    deferred.Add(m);
                    continue;
                }

                AddColumns(columns, pairs, m);
            }

            if (deferred.Count == waiting.Count)
            {
                // Nothing bridges them to the rest: they stand after it, and the joins put a gap between.
                foreach (var m in deferred)
                {
                    columns.AddRange(ColumnsOf(m));
                }

                break;
            }

            waiting = deferred;
        }

        return columns;
    }

    /// <summary>A column per word of the rendering.</summary>
    private static List<Column> ColumnsOf(Rendering m)
    {
        var words = m.Words;
        var columns = new List<Column>(m.Norms.Count);
        for (var t = 0; t < m.Norms.Count; t++)
        {
            columns.Add(new Column(m.Norms[t], words[t].EndsSentence));
        }

        return columns;
    }

    /// <summary>
    /// Inserts the rendering's extra words as new columns, right before the next aligned column — save a run of them
    /// that recasts the sentence it stands in (<see cref="Recasts"/>).
    /// </summary>
    private static void AddColumns(List<Column> columns, List<AlignedPair> pairs, Rendering m)
    {
        var inserts = new List<(int At, string Word, bool Ends)>();
        var pending = new List<int>();
        var lastRef = -1;
        var aligned = new bool[columns.Count];
        foreach (var p in pairs)
        {
            if (p.Ref >= 0 && p.Wit >= 0)
            {
                aligned[p.Ref] = true;
            }
        }

        void Flush(int at)
        {
            if (pending.Count > 0 && !Recasts(columns, aligned, pending.ConvertAll(t => m.Norms[t]), at))
            {
                inserts.AddRange(pending.Select(t => (at, m.Norms[t], m.Words[t].EndsSentence)));
            }

            pending.Clear();
        }

        foreach (var p in pairs)
        {
            if (p.Op == AlignOp.Insert)
            {
                pending.Add(p.Wit);
                continue;
            }

            if (p.Ref >= 0)
            {
                Flush(p.Ref);
                lastRef = p.Ref;
            }
        }

        Flush(lastRef + 1);

        for (var k = inserts.Count - 1; k >= 0; k--)
        {
            // Inserting from the back keeps the earlier indices valid; words of one run keep their order.
            var run = k;
            while (run > 0 && inserts[run - 1].At == inserts[k].At)
            {
                run--;
            }

            columns.InsertRange(inserts[k].At, inserts.Skip(run).Take(k - run + 1).Select(x => new Column(x.Word, x.Ends)));
            k = run;
        }
    }

    /// <summary>
    /// Whether a run of words a rendering adds before column <paramref name="at"/> recasts the sentence it stands in
    /// rather than adding to it: most of its words, two or more and one of them specific (not <see cref="CommonWords"/>),
    /// are words of that skeleton sentence which the rendering leaves out (<c>I was angry and ashamed at what I saw</c>
    /// for <c>What I saw made me angry and ashamed</c>; a clause turned into the passive, <c>every part will be
    /// investigated by the Office</c> for <c>the Office will investigate every part</c>; <c>ashamed and angry</c> for
    /// <c>angry and ashamed</c>). The rendering moved those words: as new columns they would be elected wherever no
    /// other rendering covers them (at the statement's edge) and would lead further renderings astray. They add no
    /// column; the rendering is compared with the sentence as the others print it.
    /// </summary>
    private static bool Recasts(List<Column> columns, bool[] aligned, List<string> run, int at)
    {
        if (run.Count < 2 || columns.Count == 0)
        {
            return false;
        }

        // The skeleton sentence(s) around the insertion point: the one holding the column before it and the one after.
        var from = Math.Clamp(at - 1, 0, columns.Count - 1);
        var to = Math.Clamp(at, 0, columns.Count - 1);
        while (from > 0 && !columns[from - 1].EndsSentence)
        {
            from--;
        }

        while (to < columns.Count - 1 && !columns[to].EndsSentence)
        {
            to++;
        }

        var leftOut = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = from; c <= to; c++)
        {
            if (!aligned[c])
            {
                var stem = Rewording.Stem(columns[c].Representative);
                leftOut[stem] = leftOut.GetValueOrDefault(stem) + 1;
            }
        }

        int moved = 0, specific = 0;
        foreach (var word in run)
        {
            var stem = Rewording.Stem(word);
            if (leftOut.TryGetValue(stem, out var n) && n > 0)
            {
                leftOut[stem] = n - 1;
                moved++;
                specific += CommonWords.Contains(stem) ? 0 : 1;
            }
        }

        return moved >= 2 && specific >= 1 && moved * 2 >= run.Count;
    }

    private static Consensus Vote(List<Column> columns, List<Rendering> ordered, WordCosts costs)
    {
        var reps = columns.ConvertAll(c => c.Representative);
        var n = columns.Count;

        // Each voter's placement on the skeleton (one per distinct rendering: exact repeats share it). The cells of a
        // column — (rendering, token index or -1 for absent-within-coverage), each document's cells together — are
        // made from the placements one column at a time, so that a statement quoted by millions of documents never
        // holds a cell per document and column.
        var voters = ordered.Where(m => !m.Reworded).OrderBy(m => m.DocumentId, StringComparer.Ordinal).ToList(); // stable: within a document, as ordered
        var placed = new RenderingCache<Placement?>();
        var placements = new List<(Rendering R, Placement P)>(voters.Count);
        foreach (var m in voters)
        {
            if (!placed.TryGet(m, out var placement))
            {
                var pairs = WordAligner.Align(reps, m.Norms, m.SignalPositions, costs);
                placement = pairs is null ? null : new Placement(pairs, m.Norms.Count);
                placed.Add(m, placement);
            }

            if (placement is not null)
            {
                placements.Add((m, placement));
            }
        }

        var elected = new Elected?[n];
        var votes = new List<Ballot>();
        var readings = new List<Candidate>();
        var strings = new List<string>();
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var cell = new List<(Rendering R, int Token)>();
        IReadOnlyList<string>? lastDocs = null;
        for (var c = 0; c < n; c++)
        {
            Cell(placements, c, cell);
            if (Elect(c, cell, votes, readings, strings, counts) is { } election)
            {
                elected[c] = Compact(election, ref lastDocs, strings);
            }
        }

        // The rare check of moved words needs a column's cells and winning tokens again: they are made anew, the same.
        var covering = new Dictionary<int, HashSet<string>>();
        var winners = new Dictionary<int, List<(Rendering? R, int Token)>>();
        HashSet<string> CoveringDocuments(int c)
        {
            if (!covering.TryGetValue(c, out var docs))
            {
                Cell(placements, c, cell);
                covering[c] = docs = new HashSet<string>(cell.Select(x => x.R.DocumentId), StringComparer.Ordinal);
            }

            return docs;
        }

        List<(Rendering? R, int Token)> WinnerTokens(int c)
        {
            if (!winners.TryGetValue(c, out var tokens))
            {
                Cell(placements, c, cell);
                winners[c] = tokens = Elect(c, cell, votes, readings, strings, counts)!.Tokens;
            }

            return tokens;
        }

        DropMoves(elected, CoveringDocuments, WinnerTokens);

        return Join(elected, Bridges(elected, placements), ordered.Exists(m => m.IsReference), strings);
    }

    /// <summary>The cells of column <paramref name="c"/>, in voter order, into <paramref name="cell"/>.</summary>
    private static void Cell(List<(Rendering R, Placement P)> placements, int c, List<(Rendering R, int Token)> cell)
    {
        cell.Clear();
        foreach (var (m, p) in placements)
        {
            if (c < p.First || c > p.Last)
            {
                continue;
            }

            for (int k = p.Start[c - p.First], end = p.Start[c - p.First + 1]; k < end; k++)
            {
                cell.Add((m, p.Tokens[k]));
            }
        }
    }

    /// <summary>
    /// Where a rendering stands on the skeleton: the columns between its first and last matching word, the token it
    /// prints at each (-1 for absent), and the column of each of its words (-1 for none).
    /// </summary>
    private sealed class Placement
    {
        public Placement(List<AlignedPair> pairs, int words)
        {
            int first = int.MaxValue, last = -1;
            foreach (var p in pairs)
            {
                if (p.Ref >= 0 && p.Wit >= 0)
                {
                    first = Math.Min(first, p.Ref);
                    last = Math.Max(last, p.Ref);
                }
            }

            First = first;
            Last = last;
            Of = new int[words];
            Array.Fill(Of, -1);
            var width = Math.Max(0, last - first + 1);
            Start = new int[width + 1];
            foreach (var p in pairs)
            {
                if (p.Ref >= first && p.Ref <= last)
                {
                    Start[p.Ref - first + 1]++;
                    if (p.Wit >= 0)
                    {
                        Of[p.Wit] = p.Ref;
                    }
                }
            }

            for (var k = 0; k < width; k++)
            {
                Start[k + 1] += Start[k];
            }

            Tokens = new int[Start[width]];
            var next = Start[..width];
            foreach (var p in pairs)
            {
                if (p.Ref >= first && p.Ref <= last)
                {
                    Tokens[next[p.Ref - first]++] = p.Wit; // in the order of the alignment within a column
                }
            }
        }

        /// <summary>The first column covered (<see cref="int.MaxValue"/> when none).</summary>
        public int First { get; }

        /// <summary>The last column covered (-1 when none).</summary>
        public int Last { get; }

        /// <summary>The tokens of column <c>c</c> are <c>Tokens[Start[c - First] .. Start[c - First + 1])</c>.</summary>
        public int[] Start { get; }

        public int[] Tokens { get; }

        /// <summary>The column of each word, or -1.</summary>
        public int[] Of { get; }
    }

    /// <summary>
    /// What is kept of a column's election: its printed forms instead of its tokens, and its documents as a read-only
    /// list (shared with the column before when they are the same documents).
    /// </summary>
    private static Elected Compact(Election e, ref IReadOnlyList<string>? lastDocs, List<string> scratch)
    {
        var printed = PrintedForm(e.Tokens, scratch);
        string? lower = null;
        var capitalInside = false;
        if (printed.Length > 0 && char.IsUpper(printed[0]))
        {
            // What sentence case needs in mid-sentence: the lower-case forms printed, and whether some rendering
            // prints the capital inside a sentence.
            scratch.Clear();
            foreach (var (r, t) in e.Tokens)
            {
                if (r is null || t < 0)
                {
                    continue;
                }

                var form = r.Words[t].Printed;
                if (form.Length > 0 && char.IsLower(form[0]))
                {
                    scratch.Add(form);
                }
                else if (t > 0 && !r.Words[t - 1].EndsSentence)
                {
                    capitalInside = true;
                }
            }

            lower = scratch.Count > 0 ? MostCommon(scratch) : null;
        }

        var docs = lastDocs is not null && lastDocs.SequenceEqual(e.Docs) ? lastDocs : ReadOnly.Copy(e.Docs);
        lastDocs = docs;
        return new Elected(e.Column, e.Norm, docs, e.Covering, e.Contested, e.Tied, e.Alternatives, e.After, e.Ends, printed, lower, capitalInside) { AfterTies = e.AfterTies };
    }

    /// <summary>The winner of one column, or null when most documents have no word there.</summary>
    private static Election? Elect(int column, List<(Rendering R, int Token)> cell, List<Ballot> votes, List<Candidate> readings, List<string> strings, Dictionary<string, (int Count, int First)> counts)
    {
        (Rendering? R, int Token) referenceCell = default;
        foreach (var entry in cell)
        {
            if (entry.R.IsReference)
            {
                referenceCell = entry;
                break;
            }
        }

        DocumentVotes(cell, votes, counts);
        CensoredVotes(votes);
        if (votes.Count == 0 && referenceCell.R is null)
        {
            return null;
        }

        Readings(votes, readings);
        var covering = votes.Count;
        bool isContested;
        Candidate winner;
        if (referenceCell.R is not null)
        {
            var refNorm = referenceCell.Token >= 0 ? referenceCell.R.Norms[referenceCell.Token] : string.Empty;
            if (refNorm.Length == 0)
            {
                return null;
            }

            winner = readings.Find(r => r.Norm == refNorm) ?? new Candidate(refNorm);
            isContested = false;
            winner.Tokens.Insert(0, (referenceCell.R, referenceCell.Token));
        }
        else
        {
            winner = readings[0];
            isContested = readings.Count > 1 && readings[1].Docs.Count == winner.Docs.Count && covering >= 2;
            if (isContested && (winner.Firm == 0) != (readings[1].Firm == 0))
            {
                // Only paraphrases print one of the tied readings: the renderings of the words decide.
                isContested = false;
                winner = winner.Firm == 0 ? readings[1] : winner;
            }

            if (winner.Norm.Length == 0)
            {
                if (!isContested)
                {
                    return null; // most documents do not have a word here
                }

                winner = readings[1]; // a tie between a word and its absence: keep the word, marked contested
            }
        }

        List<string>? alternatives = null;
        List<Reading>? tied = null;
        if (isContested)
        {
            tied = readings.ConvertAll(r => new Reading(PrintedForm(r.Tokens, strings), r.Docs));
            alternatives = [];
            foreach (var r in readings)
            {
                if (r.Norm.Length > 0 && r.Docs.Count == winner.Docs.Count && r.Norm != winner.Norm)
                {
                    alternatives.Add(r.Norm);
                }
            }
        }

        // A sentence end, and the punctuation after the word, are decided by the renderings that go on past the word
        // within one piece: one that stops there (a quotation closed with a comma, or a piece of a split quotation
        // before its attribution) does not say whether the sentence went on, and its comma may stand for a full stop.
        // Only when all stop there do they decide. (A stop printed inside the quotation marks still votes for the
        // punctuation: the sentence did end there.)
        int printing = 0, ending = 0, goingOn = 0, endingGoingOn = 0;
        foreach (var (r, t) in winner.Tokens)
        {
            if (r is not null && t >= 0)
            {
                var token = r.Words[t];
                printing++;
                ending += token.EndsSentence ? 1 : 0;
                if (t + 1 < r.Words.Count && !token.EndsPiece)
                {
                    goingOn++;
                    endingGoingOn += token.EndsSentence ? 1 : 0;
                }
            }
        }

        strings.Clear();
        foreach (var (r, t) in winner.Tokens)
        {
            if (r is not null && t >= 0 && (goingOn == 0 || (t + 1 < r.Words.Count && !r.Words[t].EndsPiece) || r.Words[t].After.AsSpan().IndexOfAny(".!?") >= 0))
            {
                strings.Add(NormalizeSpaces(r.Words[t].After));
            }
        }

        var endsSentence = goingOn > 0 ? endingGoingOn * 2 > goingOn : ending * 2 > printing;
        var after = MostCommon(strings, out var afterTies);
        return new Election(column, winner.Norm, winner.Tokens, winner.Docs, covering, isContested, tied, alternatives, after, endsSentence) { AfterTies = afterTies };
    }

    /// <summary>Columns apart within which one word elected twice may be one word some documents moved.</summary>
    private const int MoveWindow = 12;

    /// <summary>Columns apart within which one word elected twice may be a phrase moved from one end of a quotation to the other.</summary>
    private const int MovedPhraseWindow = 64;

    /// <summary>
    /// A word elected at two columns a few positions apart, where no document prints it at both, is one word that some
    /// documents moved (<c>normally takes six months</c> printed <c>takes six months normally</c>): the documents of
    /// the weaker column all cover the stronger one without printing the word there, or print the same words as a
    /// rendering of the stronger one in another order (a phrase moved from one end of the quotation to the other). Only the column more documents
    /// print it at stays; the mover's word is then a reordering, not an omission of the word and its own extra column
    /// (which it wins where the others' quotations have stopped). On a tie both stay.
    /// </summary>
    private static void DropMoves(Elected?[] elected, Func<int, HashSet<string>> coveringDocuments, Func<int, List<(Rendering? R, int Token)>> winnerTokens)
    {
        for (var a = 0; a < elected.Length; a++)
        {
            for (var b = a + 1; b < elected.Length && b <= a + MovedPhraseWindow; b++)
            {
                if (elected[a] is not { } ea || elected[b] is not { } eb || !string.Equals(ea.Norm, eb.Norm, StringComparison.Ordinal)
                    || ea.Docs.Count == eb.Docs.Count || Overlap(ea.Docs, eb.Docs))
                {
                    continue;
                }

                var (weak, strong) = ea.Docs.Count < eb.Docs.Count ? (a, b) : (b, a);
                if (winnerTokens(weak).TrueForAll(x => x.R is { } r && ((b - a <= MoveWindow && coveringDocuments(strong).Contains(r.DocumentId))
                    || winnerTokens(strong).Exists(y => y.R is { } other && SameWords(r, other)))))
                {
                    elected[weak] = null;
                    if (weak == a)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether the two lists of documents share one.</summary>
    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if ((long)a.Count * b.Count <= 1024)
        {
            return a.Any(b.Contains);
        }

        var set = new HashSet<string>(b, StringComparer.Ordinal);
        return a.Any(set.Contains);
    }

    /// <summary>Whether two renderings print the same words, in any order.</summary>
    private static bool SameWords(Rendering a, Rendering b) =>
        a.Norms.Count == b.Norms.Count && a.Norms.Order(StringComparer.Ordinal).SequenceEqual(b.Norms.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The pairs of columns some rendering prints side by side with the elected words (no ellipsis between).</summary>
    private static HashSet<(int, int)> Bridges(Elected?[] elected, List<(Rendering R, Placement P)> placements)
    {
        var bridges = new HashSet<(int, int)>();
        foreach (var (r, placement) in placements)
        {
            var of = placement.Of;
            for (var t = 0; t + 1 < of.Length; t++)
            {
                int a = of[t], b = of[t + 1];
                if (a < 0 || b <= a || elected[a] is not { } ea || elected[b] is not { } eb || EllipsisBefore(r, t + 1))
                {
                    continue;
                }

                if (ea.Accepts(r.Norms[t]) && eb.Accepts(r.Norms[t + 1]))
                {
                    bridges.Add((a, b));
                }
            }
        }

        return bridges;
    }

    /// <summary>Whether the rendering prints an ellipsis right before its word <paramref name="t"/> (a bracketed insertion joins its sides).</summary>
    private static bool EllipsisBefore(Rendering r, int t)
    {
        foreach (var (before, token) in r.Signals)
        {
            if (before == t && token.Norm == "…")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lays the elected words out: gaps where nothing bridges, no doubled word at a join, sentence case.</summary>
    private static Consensus Join(Elected?[] elected, HashSet<(int, int)> bridges, bool fromReference, List<string> strings)
    {
        var kept = new List<Elected>();
        var gapBefore = new List<bool>();
        foreach (var e in elected)
        {
            if (e is null)
            {
                continue;
            }

            if (kept.Count > 0 && !bridges.Contains((kept[^1].Column, e.Column)))
            {
                var prev = kept[^1];
                if (SameWord(prev.Norm, e.Norm))
                {
                    if (e.Docs.Count > prev.Docs.Count || (e.Docs.Count == prev.Docs.Count && e.Norm.Length > prev.Norm.Length))
                    {
                        kept[^1] = e;
                        gapBefore[^1] = kept.Count > 1 && !bridges.Contains((kept[^2].Column, e.Column));
                    }

                    continue;
                }

                kept.Add(e);
                gapBefore.Add(true);
                continue;
            }

            kept.Add(e);
            gapBefore.Add(false);
        }

        var words = new List<ConsensusWord>(kept.Count);
        var norms = new List<string>(kept.Count);
        var ends = new List<bool>(kept.Count);
        var afters = new List<string>(kept.Count);
        var afterTies = new List<List<string>?>(kept.Count);
        var display = new List<ConsensusWord>(kept.Count);
        var contested = new List<ContestedPosition>();
        IReadOnlyList<string>? sharedDocs = null;
        for (var k = 0; k < kept.Count; k++)
        {
            var e = kept[k];
            var midSentence = k > 0 && !gapBefore[k] && !kept[k - 1].Ends;
            var printed = SentenceCase(e, midSentence);

            // Neighbouring words are mostly supported by the same documents: they share one list (a large batch has
            // millions of consensus words).
            var docs = sharedDocs is not null && sharedDocs.SequenceEqual(e.Docs) ? sharedDocs : e.Docs;
            sharedDocs = docs;
            var word = new ConsensusWord(printed, e.After, docs, e.Covering, e.Contested, isGap: false);
            if (gapBefore[k])
            {
                display.Add(ConsensusWord.Gap);
            }

            if (e.Tied is not null)
            {
                contested.Add(new ContestedPosition(display.Count, e.Tied));
            }

            display.Add(word);
            words.Add(word);
            norms.Add(e.Norm);
            ends.Add(e.Ends || (k + 1 < kept.Count && gapBefore[k + 1]));
            afters.Add(e.After);
            afterTies.Add(e.AfterTies);
        }

        return new Consensus { Words = words, Norms = norms, EndsSentence = ends, After = afters, AfterTies = afterTies, Display = display, Contested = contested, FromReference = fromReference };
    }

    /// <summary>The same word twice, or a word and its contraction (<c>I</c>, <c>I'd</c>).</summary>
    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal) && b[a.Length] == '\'')
        || (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal) && a[b.Length] == '\'');

    /// <summary>
    /// In mid-sentence, a capital that only comes from renderings starting a quotation or a sentence there gives way to
    /// the lower-case form; names and <c>I</c>, capitalised wherever they stand, keep theirs.
    /// </summary>
    private static string SentenceCase(Elected e, bool midSentence)
    {
        var printed = e.Printed;
        if (!midSentence || printed.Length == 0 || !char.IsUpper(printed[0]))
        {
            return printed;
        }

        if (e.CapitalInside)
        {
            // Some rendering prints the capital in mid-sentence: the capital is the word's own (a name, a place).
            return printed;
        }

        if (e.LowerForm is { } lower)
        {
            return lower;
        }

        return e.Norm != "i" && !e.Norm.StartsWith("i'", StringComparison.Ordinal)
            ? char.ToLowerInvariant(printed[0]) + printed[1..]
            : printed;
    }

    /// <summary>A column's winner: its word, the tokens printing it, the documents and the readings when contested.</summary>
    private sealed record Election(int Column, string Norm, List<(Rendering? R, int Token)> Tokens, List<string> Docs, int Covering, bool Contested, List<Reading>? Tied, List<string>? Alternatives, string After, bool Ends)
    {
        /// <summary>Other punctuation printed after the word as often as <see cref="After"/>, or null.</summary>
        public List<string>? AfterTies { get; init; }
    }

    /// <summary>
    /// What is kept of a column's winner: its word, its documents, its printed form and what sentence case needs
    /// (<see cref="LowerForm"/>: the lower-case form most renderings print, if any; <see cref="CapitalInside"/>: some
    /// rendering prints the capital inside a sentence).
    /// </summary>
    private sealed record Elected(int Column, string Norm, IReadOnlyList<string> Docs, int Covering, bool Contested, List<Reading>? Tied, List<string>? Alternatives, string After, bool Ends, string Printed, string? LowerForm, bool CapitalInside)
    {
        /// <summary>Other punctuation printed after the word as often as <see cref="After"/>, or null.</summary>
        public List<string>? AfterTies { get; init; }

        /// <summary>Whether a rendering printing <paramref name="norm"/> here prints the consensus (or one of the tied readings).</summary>
        public bool Accepts(string norm) =>
            string.Equals(norm, Norm, StringComparison.Ordinal) || (Alternatives is not null && Alternatives.Contains(norm))
            || (CensoredWord.IsCensored(norm) && CensoredWord.Matches(norm, Norm));
    }

    /// <summary>One document's vote on a column: the word it prints there ("" for absent) and where.</summary>
    private readonly record struct Ballot(string Document, string Norm, Rendering R, int Token)
    {
        /// <summary>Cast by a rendering of the words, not by a paraphrase.</summary>
        public bool Firm => !R.Paraphrase;
    }

    /// <summary>A reading of a column: a normalised word ("" for absent), the documents voting for it, their tokens.</summary>
    private sealed class Candidate(string norm)
    {
        public string Norm { get; } = norm;

        public List<string> Docs { get; } = [];

        public List<(Rendering? R, int Token)> Tokens { get; } = [];

        /// <summary>Documents voting for it with a rendering of the words (not a paraphrase).</summary>
        public int Firm { get; set; }
    }

    /// <summary>
    /// One vote per document, in document order: its most frequent reading among its renderings covering the column,
    /// ties going to the reading it prints first. The reference rendering does not vote. The cells of one document are
    /// together; a document with many renderings there is counted in one pass.
    /// </summary>
    private static void DocumentVotes(List<(Rendering R, int Token)> cell, List<Ballot> votes, Dictionary<string, (int Count, int First)> counts)
    {
        votes.Clear();
        var start = 0;
        while (start < cell.Count)
        {
            var doc = cell[start].R.DocumentId;
            var end = start + 1;
            while (end < cell.Count && string.Equals(cell[end].R.DocumentId, doc, StringComparison.Ordinal))
            {
                end++;
            }

            var best = -1;
            if (end - start <= 8)
            {
                var bestCount = 0;
                for (var i = start; i < end; i++)
                {
                    if (cell[i].R.IsReference)
                    {
                        continue;
                    }

                    var count = 0;
                    var firstSeen = true;
                    for (var k = start; k < end; k++)
                    {
                        if (!cell[k].R.IsReference && NormAt(cell[k]) == NormAt(cell[i]))
                        {
                            count++;
                            firstSeen &= k >= i;
                        }
                    }

                    if (firstSeen && count > bestCount)
                    {
                        best = i;
                        bestCount = count;
                    }
                }
            }
            else
            {
                counts.Clear();
                for (var i = start; i < end; i++)
                {
                    if (!cell[i].R.IsReference)
                    {
                        var norm = NormAt(cell[i]);
                        counts[norm] = counts.TryGetValue(norm, out var seen) ? (seen.Count + 1, seen.First) : (1, i);
                    }
                }

                var bestCount = 0;
                foreach (var (count, first) in counts.Values)
                {
                    if (count > bestCount || (count == bestCount && first < best))
                    {
                        best = first;
                        bestCount = count;
                    }
                }
            }

            if (best >= 0)
            {
                votes.Add(new Ballot(doc, NormAt(cell[best]), cell[best].R, cell[best].Token));
            }

            start = end;
        }
    }

    /// <summary>
    /// A word printed censored (<c>f***ing</c>, <c>f---ing</c>) votes for the word it stands for when some document prints
    /// that word in full, and otherwise with the other censored forms of it: censoring is style, not another reading.
    /// </summary>
    private static void CensoredVotes(List<Ballot> votes)
    {
        for (var i = 0; i < votes.Count; i++)
        {
            if (!CensoredWord.IsCensored(votes[i].Norm))
            {
                continue;
            }

            string? full = null, censored = null;
            foreach (var v in votes)
            {
                if (v.Norm.Length == 0 || (!CensoredWord.Matches(votes[i].Norm, v.Norm) && !string.Equals(v.Norm, votes[i].Norm, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (CensoredWord.IsCensored(v.Norm))
                {
                    censored = censored is null || string.CompareOrdinal(v.Norm, censored) < 0 ? v.Norm : censored;
                }
                else
                {
                    full = full is null || string.CompareOrdinal(v.Norm, full) < 0 ? v.Norm : full;
                }
            }

            votes[i] = votes[i] with { Norm = full ?? censored! };
        }
    }

    private static string NormAt((Rendering R, int Token) cell) => cell.Token >= 0 ? cell.R.Norms[cell.Token] : string.Empty;

    /// <summary>
    /// The readings of a column, most documents first, then words before absence, then ordinal: each with its
    /// documents (in order) and tokens.
    /// </summary>
    private static void Readings(List<Ballot> votes, List<Candidate> readings)
    {
        readings.Clear();
        foreach (var v in votes)
        {
            Candidate? reading = null;
            foreach (var r in readings)
            {
                if (r.Norm == v.Norm)
                {
                    reading = r;
                    break;
                }
            }

            if (reading is null)
            {
                readings.Add(reading = new Candidate(v.Norm));
            }

            reading.Docs.Add(v.Document);
            reading.Tokens.Add((v.R, v.Token));
            reading.Firm += v.Firm ? 1 : 0;
        }

        readings.Sort((x, y) =>
            x.Docs.Count != y.Docs.Count ? y.Docs.Count.CompareTo(x.Docs.Count)
            : (x.Norm.Length == 0) != (y.Norm.Length == 0) ? (x.Norm.Length == 0).CompareTo(y.Norm.Length == 0)
            : string.CompareOrdinal(x.Norm, y.Norm));
    }

    /// <summary>The form most of the tokens print; a word printed in full wins over its censored forms.</summary>
    private static string PrintedForm(List<(Rendering? R, int Token)> tokens, List<string> scratch)
    {
        scratch.Clear();
        var full = tokens.Exists(x => x.R is not null && x.Token >= 0 && !CensoredWord.IsCensored(x.R.Norms[x.Token]));
        foreach (var (r, t) in tokens)
        {
            if (r is not null && t >= 0 && (!full || !CensoredWord.IsCensored(r.Norms[t])))
            {
                scratch.Add(r.Words[t].Printed);
            }
        }

        return scratch.Count == 0 ? string.Empty : MostCommon(scratch);
    }

    /// <summary>
    /// The form most documents printed. Among forms tied on count, the one closest to all the others (the medoid, by
    /// Indel similarity weighted by count) wins, so that " — ", "—" and " – " elect the dash most documents used and the
    /// spacing most documents used (" — ") rather than the ordinally smallest; then the typeset form (<c>I’ve</c>, an
    /// em dash) over its typewriter fallback (<c>I've</c>, <c>--</c>), the form an original text is set in; then ordinal order.
    /// </summary>
    internal static string MostCommon(IEnumerable<string> values) => MostCommon(values, out _);

    /// <summary>
    /// <see cref="MostCommon(IEnumerable{string})"/>, and the other forms printed as often as the one chosen (null when
    /// no form ties with it): the choice among them is the tie-break's, not the documents'.
    /// </summary>
    internal static string MostCommon(IEnumerable<string> values, out List<string>? ties)
    {
        ties = null;
        var groups = new List<(string Key, int Count)>();
        foreach (var v in values)
        {
            var i = groups.Count - 1;
            while (i >= 0 && !string.Equals(groups[i].Key, v, StringComparison.Ordinal))
            {
                i--;
            }

            if (i < 0)
            {
                groups.Add((v, 1));
            }
            else
            {
                groups[i] = (v, groups[i].Count + 1);
            }
        }

        groups.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Key, y.Key));
        if (groups.Count == 0)
        {
            return " ";
        }

        var top = groups[0].Count;
        var tied = 1;
        while (tied < groups.Count && groups[tied].Count == top)
        {
            tied++;
        }

        if (tied == 1 || groups.Count > 64)
        {
            return groups[0].Key;
        }

        ties = [];

        var best = groups[0].Key;
        var bestScore = double.MinValue;
        for (var i = 0; i < tied; i++)
        {
            var score = 0.0;
            for (var j = 0; j < groups.Count; j++)
            {
                if (j != i)
                {
                    score += groups[j].Count * WordSimilarity.Ratio(groups[i].Key, groups[j].Key);
                }
            }

            if (score > bestScore + 1e-12 || (score > bestScore - 1e-12 && Typographic(groups[i].Key) > Typographic(best)))
            {
                bestScore = Math.Max(score, bestScore);
                best = groups[i].Key;
            }
        }

        for (var i = 0; i < tied; i++)
        {
            if (!string.Equals(groups[i].Key, best, StringComparison.Ordinal))
            {
                ties.Add(groups[i].Key);
            }
        }

        return best;
    }

    /// <summary>How many typesetter's marks (curly apostrophes and quotes, dashes, ellipsis) a form prints.</summary>
    private static int Typographic(string form)
    {
        var n = 0;
        foreach (var ch in form)
        {
            n += ch is '\u2019' or '\u2018' or '\u201C' or '\u201D' or '\u2014' or '\u2013' or '\u2026' ? 1 : 0;
        }

        return n;
    }

    private static string NormalizeSpaces(string after)
    {
        if (after.Length == 0)
        {
            return " ";
        }

        if (IsNormalSpacing(after))
        {
            return after;
        }

        var sb = new System.Text.StringBuilder(after.Length);
        var space = false;
        foreach (var c in after)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            else if (space && sb.Length == 0)
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

    /// <summary>Whether every whitespace character is a single space between non-space characters or at an end: what
    /// <see cref="NormalizeSpaces"/> would return unchanged.</summary>
    private static bool IsNormalSpacing(string after)
    {
        for (var i = 0; i < after.Length; i++)
        {
            if (char.IsWhiteSpace(after[i]) && (after[i] != ' ' || (i > 0 && char.IsWhiteSpace(after[i - 1]))))
            {
                return false;
            }
        }

        return true;
    }
}
