using Scandal.Core.Matching;
using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>Counters of the grouping work, for the scale figures.</summary>
internal sealed class AlignmentStats
{
    private long pairsScored;
    private long candidatePairs;
    private long bounded;

    /// <summary>Pairs compared with the fuzzy scorer.</summary>
    public long PairsScored => Interlocked.Read(ref pairsScored);

    /// <summary>Pairs proposed by the index (sharing at least one shingle).</summary>
    public long CandidatePairs => Interlocked.Read(ref candidatePairs);

    /// <summary>Renderings whose candidates were more than <see cref="StatementGrouper.MaxScored"/> allows and were cut to the best ones.</summary>
    public long Bounded => Interlocked.Read(ref bounded);

    public void AddScored(long n) => Interlocked.Add(ref pairsScored, n);

    public void AddBounded(long n) => Interlocked.Add(ref bounded, n);

    public void AddCandidates(long n) => Interlocked.Add(ref candidatePairs, n);
}

/// <summary>
/// Groups renderings into statements by their words, without comparing all pairs. An inverted index of word trigrams
/// proposes candidates; only candidates are measured (<see cref="SharedStretch"/>). The speaker plays no part: a
/// statement whose renderings name different speakers is one statement with a speaker disagreement, reported as such.
/// <list type="number">
/// <item>Union: two renderings are one statement when they share a stretch of words that is long and specific enough
/// (<see cref="SharedStretch.SameStatement"/>), and transitively only through such stretches. Different statements of
/// one speaker on one subject share topic words and stock phrases, not such stretches, and stay apart.</item>
/// <item>Attach: what is left alone joins, as a witness and without merging statements through it, the statement
/// holding its words: a rendering whose words all appear in a row in a member (fragments of two or three words only in
/// a statement of two renderings or more), or a paraphrase (four words or more with a token-set ratio of 65 or more
/// against a rendering at least half as long that it does not hold whole, sharing with it three words in a row, one of
/// them specific, or, by the same named speaker, two word pairs and a tenth of its word pairs). The speaker never
/// splits a statement; here it is evidence that a loose rewording is a paraphrase of these words. Among equal candidates one by a compatible speaker wins, then the earliest.</item>
/// <item>Reworded: a lone quotation rewording a sentence of a statement that its own document quotes elsewhere, by the
/// same named speaker, joins it as a rewording (see <c>AttachReworded</c>).</item>
/// </list>
/// </summary>
internal sealed class StatementGrouper
{
    /// <summary>
    /// How many candidates one rendering is measured against at most in the union, and how many statements a lone
    /// rendering is measured against at most in the attach step (every candidate of those statements): a rendering
    /// sharing words with more is compared with those sharing the most (then the earliest), the rest are dropped and
    /// <see cref="BoundedRenderings"/> says so. Without it a formula every paragraph repeats ("The council told me the
    /// minister wrote …") has each rendering measured against every other one until the index's cap makes the formula
    /// a stock phrase: quadratic below the cap.
    /// </summary>
    internal const int MaxScored = 256;
    private const int MaxPostings = 4096;
    private readonly IFuzzyScorer scorer;
    private readonly AlignmentStats stats;
    private readonly int maxDegreeOfParallelism;

    /// <param name="scorer">The fuzzy scorer (thread-safe).</param>
    /// <param name="stats">Counters of the work.</param>
    /// <param name="maxDegreeOfParallelism">Threads for scoring the candidates of lone renderings (-1: as many as cores).</param>
    public StatementGrouper(IFuzzyScorer scorer, AlignmentStats stats, int maxDegreeOfParallelism = -1)
    {
        this.scorer = scorer;
        this.stats = stats;
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>
    /// The renderings (indexes into the list given to <see cref="Group"/>) whose candidates were more than
    /// <see cref="MaxScored"/> allows and were cut, in ascending order: their grouping may have missed a statement.
    /// </summary>
    public List<int> BoundedRenderings { get; } = [];

    public List<List<Rendering>> Group(List<Rendering> renderings, CancellationToken cancellationToken = default)
    {
        BoundedRenderings.Clear();
        var bounded = new bool[renderings.Count];
        var parent = new UnionFind(renderings.Count);

        var index = new PostingIndex();
        var counts = new int[renderings.Count]; // shared trigrams per earlier rendering, reset through `touched`
        var touched = new List<int>();
        // Exact repeats (the same words: wire copies, an outlet quoting itself, a live blog) join their first occurrence
        // directly and stay out of the indexes; whatever matches them matches that first occurrence.
        var firstOf = new Dictionary<ulong, int>();
        var duplicate = new bool[renderings.Count];
        var words = new WordIds();
        var scratch = new StretchScratch();
        var ids = new int[renderings.Count][];
        var candidates = new List<int>();
        var ranked = new List<(int P, int Shared)>();
        for (var r = 0; r < renderings.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rendering = renderings[r];
            var key = rendering.WordsHash();
            if (!rendering.IsReference && firstOf.TryGetValue(key, out var first) && renderings[first].Norms.SequenceEqual(rendering.Norms))
            {
                duplicate[r] = true;
                ids[r] = ids[first];
                parent.Union(first, r);
                continue;
            }

            if (!rendering.IsReference)
            {
                firstOf.TryAdd(key, r); // (on a hash collision the first text keeps the key)
            }

            ids[r] = words.Of(rendering.Norms);
            // Each rendering's trigrams are needed only while it is indexed: a batch does not hold them all.
            var trigrams = rendering.Norms.Count >= SharedStretch.MinWords ? Distinct(rendering.Shingles(3)) : null;
            if (trigrams is null || trigrams.Count == 0)
            {
                continue;
            }

            touched.Clear();
            foreach (var h in trigrams)
            {
                if (index.TryAdd(h, r, MaxPostings, out var earlier))
                {
                    foreach (var p in earlier)
                    {
                        if (counts[p]++ == 0)
                        {
                            touched.Add(p);
                        }
                    }
                }
            }

            stats.AddCandidates(touched.Count);
            candidates.Clear();
            ranked.Clear();
            foreach (var p in touched)
            {
                // A specific stretch of four words holds two trigrams.
                if (counts[p] >= 2)
                {
                    candidates.Add(p);
                    ranked.Add((p, counts[p]));
                }

                counts[p] = 0;
            }

            // Which candidates join does not depend on the order they are measured in (a union is a union), so past
            // MaxScored the most promising come first: more trigrams in common, then the earlier rendering.
            if (candidates.Count > MaxScored)
            {
                ranked.Sort(static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.P.CompareTo(y.P));
                candidates.Clear();
                foreach (var (p, _) in ranked)
                {
                    candidates.Add(p);
                }
            }
            else
            {
                candidates.Sort();
            }

            var scored = 0;
            foreach (var p in candidates)
            {
                if (parent.Find(p) == parent.Find(r))
                {
                    continue;
                }

                if (scored == MaxScored)
                {
                    bounded[r] = true; // a candidate of another statement is left unmeasured
                    break;
                }

                scored++;
                stats.AddScored(1);
                if (SharedStretch.Measure(ids[p], ids[r], words, scratch).SameStatement)
                {
                    parent.Union(p, r);
                }
            }
        }

        var groups = new Dictionary<int, List<Rendering>>();
        for (var r = 0; r < renderings.Count; r++)
        {
            var root = parent.Find(r);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(renderings[r]);
        }

        Attach(renderings, groups, parent, duplicate, ids, words, bounded, cancellationToken);
        for (var r = 0; r < bounded.Length; r++)
        {
            if (bounded[r])
            {
                BoundedRenderings.Add(r);
            }
        }

        stats.AddBounded(BoundedRenderings.Count);
        return groups.OrderBy(g => g.Key).Select(g => g.Value).Where(g => g.Count > 0).ToList();
    }

    private void Attach(List<Rendering> renderings, Dictionary<int, List<Rendering>> groups, UnionFind parent, bool[] duplicate, int[][] ids, WordIds words, bool[] bounded, CancellationToken cancellationToken)
    {
        // Bigram index over every rendering but exact repeats.
        var bigrams = new PostingIndex();
        var indexed = new ulong[renderings.Count][]; // the bigrams each rendering is a posting of
        var kept = new List<ulong>();
        for (var r = 0; r < renderings.Count; r++)
        {
            if (duplicate[r])
            {
                indexed[r] = [];
                continue; // its first occurrence is indexed, in the same statement, and wins ties by its lower index
            }

            kept.Clear();
            foreach (var h in Distinct(renderings[r].Shingles(2)))
            {
                if (bigrams.TryAdd(h, r, MaxPostings, out _))
                {
                    kept.Add(h);
                }
            }

            indexed[r] = [.. kept];
        }

        var roots = new int[renderings.Count];
        for (var r = 0; r < roots.Length; r++)
        {
            roots[r] = parent.Find(r);
        }

        // Score every lone rendering's candidates in parallel (what a candidate scores does not depend on the moves
        // made before it), then choose in statement order, passing over candidates already moved.
        var lones = groups.Where(g => g.Value.Count == 1 && g.Value[0].Norms.Count >= 2).Select(g => g.Key).Order().ToArray();
        var viable = new List<(int P, double Score, bool Paraphrase)>[lones.Length];
        var context = new AttachContext(renderings, groups, roots, indexed, bigrams, ids, words);
        Parallel.For(
            0,
            lones.Length,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            () => new AttachScratch(renderings.Count),
            (i, _, local) =>
            {
                viable[i] = Candidates(context, lones[i], local, out var cut);
                if (cut)
                {
                    bounded[lones[i]] = true; // (each thread writes its own lone renderings' flags)
                }

                return local;
            },
            _ => { });

        var moves = new List<(int From, int To, Rendering R, bool Paraphrase)>();
        var moved = new HashSet<int>();
        var targeted = new HashSet<int>();
        for (var i = 0; i < lones.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = lones[i];
            if (targeted.Contains(root))
            {
                continue; // (a lone rendering something attached to stays where it is)
            }

            var best = -1;
            var bestScore = 0.0;
            var bestIsParaphrase = false;
            foreach (var (p, score, paraphrase) in viable[i])
            {
                if (score > bestScore && !moved.Contains(roots[p]))
                {
                    bestScore = score;
                    best = p;
                    bestIsParaphrase = paraphrase;
                }
            }

            if (best >= 0)
            {
                var to = roots[best];
                moves.Add((root, to, groups[root][0], bestIsParaphrase));
                moved.Add(root);
                targeted.Add(to);
            }
        }

        foreach (var (from, to, rendering, paraphrase) in moves)
        {
            groups[from].Clear();
            rendering.Attached = true;
            rendering.Paraphrase = paraphrase;
            groups[to].Add(rendering);
        }

        AttachReworded(groups);
    }

    /// <summary>
    /// A lone quotation that rewords one sentence of a statement its own document already quotes elsewhere, by the same
    /// named speaker, joins that statement as a rewording (<see cref="Rendering.Reworded"/>): the statement is quoted by
    /// two documents or more, the sentence is one this document does not quote (no three words in a row in common with
    /// its renderings of the statement), and the two share words as <see cref="Rewording.Rewords"/> says; the best
    /// sentence wins, then the earliest statement. Word overlap alone cannot tell a rewording from another sentence the
    /// speaker said on the subject (two answers of one interview share as many words as a sentence and its paraphrase),
    /// so a lone quotation from a document that does not quote the statement at all stays a statement of its own.
    /// </summary>
    private static void AttachReworded(Dictionary<int, List<Rendering>> groups)
    {
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (root, members) in groups.OrderBy(g => g.Key))
        {
            var documents = members.Where(m => !m.IsReference).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            if (documents.Count < 2)
            {
                continue;
            }

            foreach (var d in documents)
            {
                (byDocument.TryGetValue(d, out var list) ? list : byDocument[d] = []).Add(root);
            }
        }

        var moves = new List<(int From, int To, Rendering R)>();
        foreach (var (root, members) in groups.OrderBy(g => g.Key))
        {
            if (members.Count != 1 || members[0] is not { IsReference: false, Attached: false, Quote.Speaker: { } speaker } lone
                || lone.Norms.Count < Rewording.MinWords || !byDocument.TryGetValue(lone.DocumentId, out var targets))
            {
                continue;
            }

            var best = -1;
            var bestDice = 0.0;
            foreach (var target in targets)
            {
                var group = groups[target];
                var own = group.FindAll(m => string.Equals(m.DocumentId, lone.DocumentId, StringComparison.Ordinal));
                if (!group.Exists(m => m.Quote.Speaker is not null) || group.Exists(m => m.Quote.Speaker is { } other && !StatementSpeakers.Compatible(speaker, other)))
                {
                    continue;
                }

                foreach (var m in group)
                {
                    if (m.IsReference || m.Paraphrase || string.Equals(m.DocumentId, lone.DocumentId, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var (start, count) in Rewording.Sentences(m.Norms.Count, i => m.Words[i].EndsSentence))
                    {
                        if (count < Rewording.MinWords)
                        {
                            continue;
                        }

                        var sentence = m.Norms.GetRange(start, count);
                        if (own.Exists(o => SharedStretch.Measure(o.Norms, sentence).Longest >= 3))
                        {
                            continue; // the document quotes this sentence: the lone quotation is something else
                        }

                        var rewording = Rewording.Compare(lone.Norms, 0, lone.Norms.Count, sentence, 0, count);
                        if (rewording.Rewords && rewording.Dice > bestDice)
                        {
                            bestDice = rewording.Dice;
                            best = target;
                        }
                    }
                }
            }

            if (best >= 0)
            {
                moves.Add((root, best, lone));
            }
        }

        foreach (var (from, to, rendering) in moves)
        {
            groups[from].Clear();
            rendering.Attached = true;
            rendering.Paraphrase = true;
            rendering.Reworded = true;
            groups[to].Add(rendering);
        }
    }

    /// <summary>What <see cref="Attach"/> reads, shared by its threads (nothing in it changes while they run).</summary>
    private sealed record AttachContext(List<Rendering> Renderings, Dictionary<int, List<Rendering>> Groups, int[] Roots, ulong[][] Indexed, PostingIndex Bigrams, int[][] Ids, WordIds Words);

    /// <summary>One thread's scratch for <see cref="Candidates"/>.</summary>
    private sealed class AttachScratch(int renderings)
    {
        /// <summary>Bigrams shared with each rendering, reset through <see cref="Touched"/>.</summary>
        public int[] Shared { get; } = new int[renderings];

        public List<int> Touched { get; } = [];

        public HashSet<ulong> Stock { get; } = [];

        public List<(int P, int Shared)> Order { get; } = [];

        /// <summary>The statements (roots) whose members are measured.</summary>
        public HashSet<int> Admitted { get; } = [];

        public StretchScratch Stretch { get; } = new();
    }

    /// <summary>
    /// The statements the lone rendering <paramref name="root"/> could join, in rendering order, each with its score (the
    /// speaker's tie-break included): whole containment scores 100, a paraphrase its token-set ratio. The candidates of
    /// at most <see cref="MaxScored"/> statements are measured, those whose candidates share the most word pairs first
    /// (then the earliest); <paramref name="cut"/> says whether one that would have been measured was left out.
    /// </summary>
    private List<(int P, double Score, bool Paraphrase)> Candidates(AttachContext context, int root, AttachScratch local, out bool cut)
    {
        var (renderings, groups, roots, indexed, bigrams, ids, _) = context;
        var found = new List<(int P, double Score, bool Paraphrase)>();
        cut = false;
        var lone = renderings[root]; // (a lone rendering is its own root)
        var fragment = lone.Norms.Count < SharedStretch.MinWords;
        var mine = Distinct(lone.Shingles(2));
        // A bigram that reached MaxPostings renderings is a stock phrase ("of the", a formula every paragraph
        // repeats): like a full trigram in the union, it proposes no candidate (thousands, none more likely than
        // another, each costing a fuzzy score); it still counts among the bigrams a candidate shares.
        var shared = local.Shared;
        var touched = local.Touched;
        var stock = local.Stock;
        touched.Clear();
        stock.Clear();
        foreach (var h in mine)
        {
            if (bigrams.Count(h) >= MaxPostings)
            {
                stock.Add(h);
                continue;
            }

            foreach (var p in bigrams[h])
            {
                var target = roots[p];
                if (target != root && (!fragment || groups[target].Count > 1))
                {
                    if (shared[p]++ == 0)
                    {
                        touched.Add(p);
                    }
                }
            }
        }

        stats.AddCandidates(touched.Count);
        var candidates = local.Order;
        candidates.Clear();
        foreach (var p in touched)
        {
            var n = shared[p];
            shared[p] = 0;
            if (stock.Count > 0)
            {
                foreach (var h in indexed[p])
                {
                    n += stock.Contains(h) ? 1 : 0;
                }
            }

            candidates.Add((p, n));
        }

        // Past MaxScored the most promising are measured first; the result is put back in rendering order below, so
        // when nothing is cut it is what measuring them all in rendering order gives.
        var many = candidates.Count > MaxScored;
        candidates.Sort(many
            ? static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.P.CompareTo(y.P)
            : static (x, y) => x.P.CompareTo(y.P));
        var admitted = local.Admitted;
        admitted.Clear();
        foreach (var (p, n) in candidates)
        {
            var other = renderings[p];
            var contained = n == mine.Count;
            var paraphrasable = !fragment && n >= 2 && other.Norms.Count * 2 >= lone.Norms.Count && !WouldAttachToMe(groups[roots[p]], lone, other);
            if (!contained && !paraphrasable)
            {
                continue;
            }

            // Measured: the members of the first MaxScored statements met in this order.
            if (admitted.Count == MaxScored && !admitted.Contains(roots[p]))
            {
                cut = true;
                continue;
            }

            admitted.Add(roots[p]);
            double score;
            var paraphrase = false;
            if (contained && ContainsRun(other.Norms, lone.Norms))
            {
                score = 100;
            }
            else if (paraphrasable)
            {
                // A paraphrase, not a longer rendering around a short one (that one attaches to this one instead).
                stats.AddScored(1);
                var stretch = SharedStretch.Measure(ids[root], ids[p], context.Words, local.Stretch);
                // Evidence of one statement: a stretch echoing it, or the same named speaker and two word pairs in common.
                var sameSpeaker = lone.Quote.Speaker is not null && other.Quote.Speaker is not null && StatementSpeakers.Compatible(lone.Quote, other.Quote);
                if (!(stretch.Echoes || (sameSpeaker && n * 10 >= mine.Count)) || (stretch.ShorterContained && other.Norms.Count < lone.Norms.Count))
                {
                    continue;
                }

                if (!stretch.Specific && !StatementSpeakers.Compatible(lone.Quote, other.Quote))
                {
                    // Two named people sharing a stock phrase ("on the table") said two things: a loose rewording is
                    // another speaker's statement only on a specific stretch of its words.
                    continue;
                }

                score = scorer.TokenSetRatio(lone.NormText, other.NormText);
                if (score < 65)
                {
                    continue;
                }

                paraphrase = true;
            }
            else
            {
                continue;
            }

            // The speaker does not decide, but breaks a tie between equal candidates.
            score += StatementSpeakers.Compatible(lone.Quote, other.Quote) ? 0.5 : 0;
            found.Add((p, score, paraphrase));
        }

        if (many)
        {
            found.Sort(static (x, y) => x.P.CompareTo(y.P));
        }

        return found;
    }

    /// <summary>
    /// Two lone renderings paraphrasing each other: the shorter attaches to the longer, on equal length the later to the
    /// earlier (so the result does not depend on which is looked at first).
    /// </summary>
    private static bool WouldAttachToMe(List<Rendering> otherGroup, Rendering lone, Rendering other) =>
        otherGroup.Count == 1 && (other.Norms.Count < lone.Norms.Count || (other.Norms.Count == lone.Norms.Count && other.Index > lone.Index));

    private static bool ContainsRun(List<string> haystack, List<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Count; i++)
        {
            var k = 0;
            while (k < needle.Count && string.Equals(haystack[i + k], needle[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == needle.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static List<ulong> Distinct(List<ulong> hashes)
    {
        var seen = new HashSet<ulong>();
        var list = new List<ulong>(hashes.Count);
        foreach (var h in hashes)
        {
            if (seen.Add(h))
            {
                list.Add(h);
            }
        }

        return list;
    }
}
