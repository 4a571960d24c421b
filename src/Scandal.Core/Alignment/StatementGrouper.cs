using Scandal.Core.Extraction;
using Scandal.Core.Matching;
using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>Counters of the grouping work, for the scale figures.</summary>
internal sealed class AlignmentStats
{
    private long pairsScored;
    private long candidatePairs;

    /// <summary>Pairs compared with the fuzzy scorer.</summary>
    public long PairsScored => Interlocked.Read(ref pairsScored);

    /// <summary>Pairs proposed by the index (sharing at least one shingle).</summary>
    public long CandidatePairs => Interlocked.Read(ref candidatePairs);

    public void AddScored(long n) => Interlocked.Add(ref pairsScored, n);

    public void AddCandidates(long n) => Interlocked.Add(ref candidatePairs, n);
}

/// <summary>
/// Groups renderings into statements without comparing all pairs. An inverted index of word trigrams (and bigrams for
/// short quotes) proposes candidates; only candidates are scored.
/// <list type="number">
/// <item>Union: two quotations of four words or more from compatible speakers (the same, or one unknown) are one
/// statement when half the trigrams of the shorter are in the longer, or, from a fifth, when the fuzzy partial ratio of
/// their normalised words reaches 80. A quote of two sentences and one of the second land together this way.</item>
/// <item>Attach: what is left alone — fragments of two or three words, paraphrases — joins the statement holding its
/// words (a fragment: all its words in a row; a paraphrase by a named, compatible speaker: two bigrams and a tenth of
/// its bigrams in common, and a token-set ratio of 65) as a witness, without merging statements through it.</item>
/// </list>
/// </summary>
internal sealed class StatementGrouper
{
    private const int MaxPostings = 4096;
    private readonly IFuzzyScorer scorer;
    private readonly AlignmentStats stats;

    public StatementGrouper(IFuzzyScorer scorer, AlignmentStats stats)
    {
        this.scorer = scorer;
        this.stats = stats;
    }

    public List<List<Rendering>> Group(List<Rendering> renderings, CancellationToken cancellationToken = default)
    {
        var parent = new UnionFind(renderings.Count);

        var trigrams = new List<ulong>[renderings.Count];
        var index = new PostingIndex();
        var counts = new Dictionary<int, int>();
        // Exact repeats (the same words from the same speaker: wire copies, an outlet quoting itself) join their first
        // occurrence directly and stay out of the indexes; whatever matches them matches that first occurrence.
        var firstOf = new Dictionary<(ulong Words, string Speaker), int>();
        var duplicate = new bool[renderings.Count];
        for (var r = 0; r < renderings.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rendering = renderings[r];
            var key = (rendering.WordsHash(), rendering.Quote.Speaker ?? string.Empty);
            if (!rendering.IsReference && firstOf.TryGetValue(key, out var first) && renderings[first].Norms.SequenceEqual(rendering.Norms))
            {
                duplicate[r] = true;
                trigrams[r] = [];
                parent.Union(first, r);
                continue;
            }

            if (!rendering.IsReference)
            {
                firstOf.TryAdd(key, r); // (on a hash collision the first text keeps the key)
            }

            trigrams[r] = rendering.Norms.Count >= 4 ? Distinct(rendering.Shingles(3)) : [];
            if (trigrams[r].Count == 0)
            {
                continue;
            }

            counts.Clear();
            foreach (var h in trigrams[r])
            {
                if (index.TryAdd(h, r, MaxPostings, out var earlier))
                {
                    foreach (var p in earlier)
                    {
                        counts[p] = counts.GetValueOrDefault(p) + 1;
                    }
                }
            }

            stats.AddCandidates(counts.Count);
            foreach (var (p, shared) in counts.OrderBy(kv => kv.Key))
            {
                if (!SpeakersCompatible(renderings[p].Quote, rendering.Quote) || parent.Find(p) == parent.Find(r))
                {
                    continue;
                }

                var containment = (double)shared / Math.Min(trigrams[p].Count, trigrams[r].Count);
                var join = containment >= 0.5;
                if (!join && containment >= 0.2)
                {
                    stats.AddScored(1);
                    var (shorter, longer) = renderings[p].Norms.Count <= rendering.Norms.Count ? (renderings[p], rendering) : (rendering, renderings[p]);
                    join = scorer.PartialRatio(shorter.NormText, longer.NormText) >= 80;
                }

                if (join)
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

        Attach(renderings, groups, parent, duplicate, cancellationToken);
        return groups.OrderBy(g => g.Key).Select(g => g.Value).Where(g => g.Count > 0).ToList();
    }

    private void Attach(List<Rendering> renderings, Dictionary<int, List<Rendering>> groups, UnionFind parent, bool[] duplicate, CancellationToken cancellationToken)
    {
        // Bigram index over renderings that belong to a statement of two documents or more, or of four words or more.
        var bigrams = new PostingIndex();
        for (var r = 0; r < renderings.Count; r++)
        {
            if (duplicate[r])
            {
                continue; // its first occurrence is indexed, in the same statement, and wins ties by its lower index
            }

            foreach (var h in Distinct(renderings[r].Shingles(2)))
            {
                bigrams.TryAdd(h, r, MaxPostings, out _);
            }
        }

        var moves = new List<(int From, int To, Rendering R)>();
        foreach (var (root, members) in groups.OrderBy(g => g.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (members.Count != 1)
            {
                continue;
            }

            var lone = members[0];
            if (lone.Norms.Count < 2)
            {
                continue;
            }

            var mine = Distinct(lone.Shingles(2));
            var shared = new Dictionary<int, int>();
            foreach (var h in mine)
            {
                foreach (var p in bigrams[h])
                {
                    var target = parent.Find(p);
                    if (target != root && groups[target].Count > 1 && SpeakersCompatible(lone.Quote, renderings[p].Quote))
                    {
                        shared[p] = shared.GetValueOrDefault(p) + 1;
                    }
                }
            }

            stats.AddCandidates(shared.Count);
            var best = -1;
            var bestScore = 0.0;
            foreach (var (p, n) in shared.OrderBy(kv => kv.Key))
            {
                var other = renderings[p];
                double score;
                if (lone.Norms.Count <= 3)
                {
                    score = n == mine.Count && ContainsRun(other.Norms, lone.Norms) ? 100 : 0;
                }
                else if (lone.Quote.Speaker is not null && other.Quote.Speaker is not null && SpeakersCompatible(lone.Quote, other.Quote) && n >= 2 && n * 10 >= mine.Count)
                {
                    stats.AddScored(1);
                    score = scorer.TokenSetRatio(lone.NormText, other.NormText);
                    score = score >= 65 ? score : 0;
                }
                else
                {
                    continue;
                }

                if (score > bestScore)
                {
                    bestScore = score;
                    best = p;
                }
            }

            if (best >= 0)
            {
                moves.Add((root, parent.Find(best), lone));
            }
        }

        foreach (var (from, to, rendering) in moves)
        {
            groups[from].Clear();
            rendering.Attached = true;
            groups[to].Add(rendering);
        }
    }

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

    /// <summary>The same speaker, or one unknown, or the same family name ("Osei" in one article, "Harriet Osei" in another).</summary>
    internal static bool SpeakersCompatible(Quote a, Quote b)
    {
        if (a.Speaker is null || b.Speaker is null || string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal))
        {
            return true;
        }

        var la = a.Speaker.LastIndexOf(' ');
        var lb = b.Speaker.LastIndexOf(' ');
        return (la >= 0 || lb >= 0) && a.Speaker.AsSpan(la + 1).Equals(b.Speaker.AsSpan(lb + 1), StringComparison.Ordinal);
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
