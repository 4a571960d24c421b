using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>A column of the multiple alignment: what each rendering prints at one position of the statement.</summary>
internal sealed class Column
{
    public Column(string representative)
    {
        Representative = representative;
    }

    /// <summary>The word the column was created from, used to align further renderings.</summary>
    public string Representative { get; }
}

/// <summary>The consensus of one statement before classification: its words and, per rendering, which column each word fills.</summary>
internal sealed class Consensus
{
    public required List<ConsensusWord> Words { get; init; }

    /// <summary>Normalised consensus words, for aligning renderings against.</summary>
    public required List<string> Norms { get; init; }

    /// <summary>Whether a sentence ends after each consensus word (by majority of the renderings that print it).</summary>
    public required List<bool> EndsSentence { get; init; }

    /// <summary>The punctuation most renderings print after each consensus word.</summary>
    public required List<string> After { get; init; }

    public required List<ContestedPosition> Contested { get; init; }

    public required bool FromReference { get; init; }

    public string Text()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < Words.Count; i++)
        {
            sb.Append(Words[i].Text);
            if (i + 1 < Words.Count)
            {
                var after = After[i];
                sb.Append(after.Length == 0 ? " " : after);
            }
            else
            {
                sb.Append(After[i].TrimEnd());
            }
        }

        return sb.ToString();
    }
}

/// <summary>
/// Rebuilds what the speaker most likely said. A skeleton of columns grows progressively from the longest rendering:
/// each further rendering (longest first) is aligned word by word against it, and its words that the skeleton lacks —
/// before it, after it or inside it — become new columns (fragments and paraphrases attached to the statement align
/// but add no column). Then every rendering is aligned against the final skeleton and each column is put to the vote:
/// each document votes once (its most frequent reading there, "absent" included, ties going to its first quotation), the
/// reading with most documents wins, and a column whose winner is "absent" is not part of the consensus. When the top
/// readings tie, the position is contested. A reference text, when it covers a column, decides it.
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

        var columns = ordered[0].Norms.Select(n => new Column(n)).ToList();
        foreach (var m in ordered.Skip(1))
        {
            if (m.Attached)
            {
                continue;
            }

            var pairs = WordAligner.Align(columns.ConvertAll(c => c.Representative), m.Norms, m.SignalPositions, costs);
            if (pairs is null)
            {
                continue;
            }

            // Insert the rendering's extra words as new columns, right before the next aligned column.
            var inserts = new List<(int At, string Word)>();
            var pendingAt = -1;
            var pending = new List<string>();
            var lastRef = -1;
            foreach (var p in pairs)
            {
                if (p.Op == AlignOp.Insert)
                {
                    pending.Add(m.Norms[p.Wit]);
                    continue;
                }

                if (p.Ref >= 0)
                {
                    if (pending.Count > 0)
                    {
                        pendingAt = p.Ref;
                        inserts.AddRange(pending.Select(w => (pendingAt, w)));
                        pending.Clear();
                    }

                    lastRef = p.Ref;
                }
            }

            if (pending.Count > 0)
            {
                var at = lastRef + 1;
                inserts.AddRange(pending.Select(w => (at, w)));
            }

            for (var k = inserts.Count - 1; k >= 0; k--)
            {
                // Inserting from the back keeps the earlier indices valid; words of one run keep their order.
                var run = k;
                while (run > 0 && inserts[run - 1].At == inserts[k].At)
                {
                    run--;
                }

                columns.InsertRange(inserts[k].At, inserts.Skip(run).Take(k - run + 1).Select(x => new Column(x.Word)));
                k = run;
            }
        }

        return Vote(columns, ordered, costs);
    }

    private static Consensus Vote(List<Column> columns, List<Rendering> members, WordCosts costs)
    {
        var reps = columns.ConvertAll(c => c.Representative);
        var n = columns.Count;

        // cells[column] = list of (rendering, token index or -1 for absent-within-coverage)
        var cells = new List<(Rendering R, int Token)>[n];
        for (var c = 0; c < n; c++)
        {
            cells[c] = [];
        }

        foreach (var m in members)
        {
            var pairs = WordAligner.Align(reps, m.Norms, m.SignalPositions, costs);
            if (pairs is null)
            {
                continue;
            }

            int first = int.MaxValue, last = -1;
            foreach (var p in pairs)
            {
                if (p.Ref >= 0 && p.Wit >= 0)
                {
                    first = Math.Min(first, p.Ref);
                    last = Math.Max(last, p.Ref);
                }
            }

            foreach (var p in pairs)
            {
                if (p.Ref >= first && p.Ref <= last)
                {
                    cells[p.Ref].Add((m, p.Wit));
                }
            }
        }

        var words = new List<ConsensusWord>();
        var norms = new List<string>();
        var ends = new List<bool>();
        var afters = new List<string>();
        var contested = new List<ContestedPosition>();
        var fromReference = members.Any(m => m.IsReference);
        var votes = new List<Ballot>();
        var readings = new List<Candidate>();
        var strings = new List<string>();
        IReadOnlyList<string>? sharedDocs = null;
        for (var c = 0; c < n; c++)
        {
            (Rendering? R, int Token) referenceCell = default;
            foreach (var cell in cells[c])
            {
                if (cell.R.IsReference)
                {
                    referenceCell = cell;
                    break;
                }
            }

            DocumentVotes(cells[c], votes);
            if (votes.Count == 0 && referenceCell.R is null)
            {
                continue;
            }

            Readings(votes, readings);
            var covering = votes.Count;
            bool isContested;
            Candidate winner;
            if (referenceCell.R is not null)
            {
                var refNorm = referenceCell.Token >= 0 ? referenceCell.R.Norms[referenceCell.Token] : string.Empty;
                winner = readings.Find(r => r.Norm == refNorm) ?? new Candidate(refNorm);
                if (refNorm.Length == 0)
                {
                    continue;
                }

                isContested = false;
                winner.Tokens.Insert(0, referenceCell.R.Words[referenceCell.Token]);
            }
            else
            {
                winner = readings[0];
                isContested = readings.Count > 1 && readings[1].Docs.Count == winner.Docs.Count && covering >= 2;
                if (winner.Norm.Length == 0)
                {
                    if (!isContested)
                    {
                        continue; // most documents do not have a word here
                    }

                    winner = readings[1]; // a tie between a word and its absence: keep the word, marked contested
                }
            }

            if (isContested)
            {
                var all = readings.ConvertAll(r => new Reading(PrintedForm(r.Tokens, strings), r.Docs));
                contested.Add(new ContestedPosition(words.Count, all));
            }

            strings.Clear();
            int printing = 0, ending = 0;
            foreach (var t in winner.Tokens)
            {
                if (t is { } token)
                {
                    strings.Add(NormalizeSpaces(token.After));
                    printing++;
                    ending += token.EndsSentence ? 1 : 0;
                }
            }

            var after = MostCommon(strings);

            // Neighbouring words are mostly supported by the same documents: they share one list (a large batch has
            // millions of consensus words).
            var docs = sharedDocs is not null && sharedDocs.SequenceEqual(winner.Docs) ? sharedDocs : ReadOnly.Copy(winner.Docs);
            sharedDocs = docs;
            words.Add(new ConsensusWord(PrintedForm(winner.Tokens, strings), after, docs, covering, isContested));
            norms.Add(winner.Norm);
            ends.Add(ending * 2 > printing);
            afters.Add(after);
        }

        return new Consensus { Words = words, Norms = norms, EndsSentence = ends, After = afters, Contested = contested, FromReference = fromReference };
    }

    /// <summary>One document's vote on a column: the word it prints there ("" and no token for absent).</summary>
    private readonly record struct Ballot(string Document, string Norm, QuoteToken? Token);

    /// <summary>A reading of a column: a normalised word ("" for absent), the documents voting for it, their tokens.</summary>
    private sealed class Candidate(string norm)
    {
        public string Norm { get; } = norm;

        public List<string> Docs { get; } = [];

        public List<QuoteToken?> Tokens { get; } = [];
    }

    /// <summary>
    /// One vote per document, in document order: its most frequent reading among its quotations covering the column,
    /// ties going to the reading it prints first. The reference rendering does not vote.
    /// </summary>
    private static void DocumentVotes(List<(Rendering R, int Token)> cell, List<Ballot> votes)
    {
        votes.Clear();
        foreach (var (r, t) in cell)
        {
            if (!r.IsReference)
            {
                votes.Add(new Ballot(r.DocumentId, t >= 0 ? r.Norms[t] : string.Empty, t >= 0 ? r.Words[t] : null));
            }
        }

        if (votes.Count < 2)
        {
            return;
        }

        // Stable by document (insertion sort: a column has a few votes), then each document's run collapses to one.
        for (var i = 1; i < votes.Count; i++)
        {
            var v = votes[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(votes[j].Document, v.Document) > 0)
            {
                votes[j + 1] = votes[j];
                j--;
            }

            votes[j + 1] = v;
        }

        var kept = 0;
        for (var start = 0; start < votes.Count;)
        {
            var end = start + 1;
            while (end < votes.Count && votes[end].Document == votes[start].Document)
            {
                end++;
            }

            var best = start;
            var bestCount = 0;
            for (var i = start; i < end; i++)
            {
                var count = 0;
                var firstSeen = true;
                for (var k = start; k < end; k++)
                {
                    if (votes[k].Norm == votes[i].Norm)
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

            votes[kept++] = votes[best];
            start = end;
        }

        votes.RemoveRange(kept, votes.Count - kept);
    }

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
            reading.Tokens.Add(v.Token);
        }

        readings.Sort((x, y) =>
            x.Docs.Count != y.Docs.Count ? y.Docs.Count.CompareTo(x.Docs.Count)
            : (x.Norm.Length == 0) != (y.Norm.Length == 0) ? (x.Norm.Length == 0).CompareTo(y.Norm.Length == 0)
            : string.CompareOrdinal(x.Norm, y.Norm));
    }

    private static string PrintedForm(List<QuoteToken?> tokens, List<string> scratch)
    {
        scratch.Clear();
        foreach (var t in tokens)
        {
            if (t is { } token)
            {
                scratch.Add(token.Printed);
            }
        }

        return scratch.Count == 0 ? string.Empty : MostCommon(scratch);
    }

    /// <summary>
    /// The form most documents printed. Among forms tied on count, the one closest to all the others (the medoid, by
    /// Indel similarity weighted by count) wins, so that " — ", "—" and " – " elect the dash most documents used and the
    /// spacing most documents used (" — ") rather than the ordinally smallest; then ordinal order.
    /// </summary>
    internal static string MostCommon(IEnumerable<string> values)
    {
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

            if (score > bestScore + 1e-12)
            {
                bestScore = score;
                best = groups[i].Key;
            }
        }

        return best;
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
