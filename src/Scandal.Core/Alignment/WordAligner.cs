using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>One step of a word alignment.</summary>
internal enum AlignOp
{
    /// <summary>Same word (after normalisation).</summary>
    Match,

    /// <summary>A reference word printed as another word.</summary>
    Substitute,

    /// <summary>A reference word the witness leaves out.</summary>
    Delete,

    /// <summary>A witness word the reference does not have.</summary>
    Insert,
}

/// <summary>An aligned pair: reference index (-1 for an insertion) and witness index (-1 for a deletion).</summary>
internal readonly record struct AlignedPair(int Ref, int Wit, AlignOp Op);

/// <summary>
/// Word-level alignment of a witness against a reference (Needleman–Wunsch, semi-global: the witness may cover any
/// stretch of the reference for free). A substitution costs less the more alike the two words are, so a misspelling
/// lines up with its word ("satefy"/"safety" is one changed word, not a deletion and an insertion). Punctuation is not
/// aligned at all: it rides on the words (see <see cref="Text.QuoteToken.After"/>).
/// </summary>
internal static class WordAligner
{
    /// <summary>Cost of leaving a reference word out.</summary>
    internal const float Gap = 0.8f;

    /// <summary>Cost of adding a word: higher than leaving one out, since quoting drops words far more often than it adds them.</summary>
    internal const float InsertGap = 1.2f;
    private const int MaxCells = 4_000_000;

    /// <summary>
    /// Aligns. Texts too long for the full programme (over four million cells) are aligned between anchors
    /// (<see cref="AnchoredAligner"/>); the result is never <see langword="null"/> then, the nullable return kept for callers.
    /// </summary>
    /// <param name="reference">The reference words (normalised).</param>
    /// <param name="witness">The witness words (normalised).</param>
    /// <param name="signals">Positions in the witness (number of words before) where the outlet printed an ellipsis or a
    /// bracket: leaving reference words out there is free, since the outlet said it did.</param>
    /// <param name="costs">Memoised substitution costs shared by one statement's alignments, or null.</param>
    public static List<AlignedPair>? Align(IReadOnlyList<string> reference, IReadOnlyList<string> witness, IReadOnlyList<int>? signals = null, WordCosts? costs = null)
    {
        costs ??= new WordCosts();
        var refIds = new int[reference.Count];
        for (var i = 0; i < refIds.Length; i++)
        {
            refIds[i] = costs.Id(reference[i]);
        }

        var witIds = new int[witness.Count];
        for (var j = 0; j < witIds.Length; j++)
        {
            witIds[j] = costs.Id(witness[j]);
        }

        var n = reference.Count;
        var m = witness.Count;
        var exact = LastExactOccurrence(reference, witness);
        if (exact >= 0)
        {
            // Zero cost is the minimum and only an exact run reaches it; the traceback would pick the last such run.
            var direct = new List<AlignedPair>(m);
            for (var j = 0; j < m; j++)
            {
                direct.Add(new AlignedPair(exact + j, j, AlignOp.Match));
            }

            return direct;
        }

        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            return AnchoredAligner.Align(refIds, witIds, costs, signals, MaxCells);
        }

        return Pooled(n, m, refIds, witIds, costs, signals);
    }

    /// <summary>The dynamic programme behind <see cref="Align"/>, without the exact-run shortcut (tests compare both).</summary>
    internal static List<AlignedPair>? AlignByCost(IReadOnlyList<string> reference, IReadOnlyList<string> witness, IReadOnlyList<int>? signals = null)
    {
        var costs = new WordCosts();
        var n = reference.Count;
        var m = witness.Count;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            return null;
        }

        return Pooled(n, m, reference.Select(costs.Id).ToArray(), witness.Select(costs.Id).ToArray(), costs, signals);
    }

    /// <summary>Where the last run of the reference equal to the whole witness starts, or −1.</summary>
    private static int LastExactOccurrence(IReadOnlyList<string> reference, IReadOnlyList<string> witness)
    {
        var n = reference.Count;
        var m = witness.Count;
        if (m == 0 || m > n)
        {
            return -1;
        }

        for (var start = n - m; start >= 0; start--)
        {
            var k = 0;
            while (k < m && string.Equals(reference[start + k], witness[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == m)
            {
                return start;
            }
        }

        return -1;
    }

    private static List<AlignedPair> Pooled(int n, int m, int[] refIds, int[] witIds, WordCosts costs, IReadOnlyList<int>? signals)
    {
        var cells = (n + 1) * (m + 1);
        var rented = System.Buffers.ArrayPool<float>.Shared.Rent(cells + m + 1);
        try
        {
            return Run(n, m, refIds, witIds, costs, signals, rented.AsSpan(0, cells), rented.AsSpan(cells, m + 1));
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(rented);
        }
    }

    private static List<AlignedPair> Run(int n, int m, int[] refIds, int[] witIds, WordCosts costs, IReadOnlyList<int>? signals, Span<float> cost, Span<float> deleteCost)
    {
        var w = m + 1;
        deleteCost.Fill(Gap);
        if (signals is not null)
        {
            foreach (var at in signals)
            {
                if (at > 0 && at < m)
                {
                    deleteCost[at] = 0.01f;
                }
            }
        }

        // The buffer is pooled: every cell read is written first, row 0 included.
        cost[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            cost[j] = j * InsertGap;
        }

        for (var i = 1; i <= n; i++)
        {
            cost[i * w] = 0; // the witness may start anywhere in the reference
            for (var j = 1; j <= m; j++)
            {
                var diag = cost[((i - 1) * w) + j - 1] + costs.Get(refIds[i - 1], witIds[j - 1]);
                var up = cost[((i - 1) * w) + j] + (j == m ? 0 : deleteCost[j]); // past the witness's end, skipping the reference is free
                var left = cost[(i * w) + j - 1] + InsertGap;
                cost[(i * w) + j] = Math.Min(diag, Math.Min(up, left));
            }
        }

        // Best end: the witness's last word aligned anywhere.
        var pairs = new List<AlignedPair>(n + m);
        int bi = n, bj = m;
        while (bi > 0 || bj > 0)
        {
            var here = cost[(bi * w) + bj];
            if (bi > 0 && bj > 0)
            {
                var sub = costs.Get(refIds[bi - 1], witIds[bj - 1]);
                if (Near(here, cost[((bi - 1) * w) + bj - 1] + sub))
                {
                    pairs.Add(new AlignedPair(bi - 1, bj - 1, sub == 0 ? AlignOp.Match : AlignOp.Substitute));
                    bi--;
                    bj--;
                    continue;
                }
            }

            if (bi > 0 && (bj == m || bj == 0) && Near(here, cost[((bi - 1) * w) + bj]))
            {
                bi--; // outside the witness's coverage
                continue;
            }

            if (bi > 0 && Near(here, cost[((bi - 1) * w) + bj] + deleteCost[bj]))
            {
                pairs.Add(new AlignedPair(bi - 1, -1, AlignOp.Delete));
                bi--;
                continue;
            }

            pairs.Add(new AlignedPair(-1, bj - 1, AlignOp.Insert));
            bj--;
        }

        pairs.Reverse();
        return pairs;
    }

    private static bool Near(float a, float b) => Math.Abs(a - b) < 1e-4f;

    /// <summary>
    /// 0 for the same word; 0.2–1.8 otherwise, lower for words that share more letters. Unrelated words cost nearly a
    /// deletion and an insertion (2.0): one word printed in another's place is still one substitution, but the aligner
    /// no longer shifts a rendering onto unrelated words (<c>until the new year</c> paired with <c>at the very least</c>)
    /// to save deleting a phrase it left out; nor, at its edges, pairs its own words with words it does not quote (those
    /// are insertions, which the classifier reads as rewording the rest of the clause).
    /// </summary>
    public static float SubstitutionCost(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        return 0.2f + (1.6f * (1f - (float)WordSimilarity.Ratio(a, b)));
    }
}

/// <summary>
/// Memoised substitution costs for one statement: its renderings share most words, so each pair of distinct words is
/// compared once. Not thread-safe: one instance per statement (statements are aligned in parallel, each with its own).
/// </summary>
internal sealed class WordCosts
{
    private const int DenseLimit = 1024;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private readonly Dictionary<long, float> sparse = new(PairKeyComparer.Instance);
    private float[] dense = [];
    private int denseSide;

    /// <summary>Some alignment of this statement was too large even between anchors and was paired position by position.</summary>
    public bool Approximated { get; set; }

    /// <summary>The id of a word, given on first sight.</summary>
    public int Id(string word)
    {
        if (!ids.TryGetValue(word, out var id))
        {
            id = words.Count;
            ids[word] = id;
            words.Add(word);
        }

        return id;
    }

    public float Get(string a, string b) => Get(Id(a), Id(b));

    /// <summary>The substitution cost between two word ids, computed once.</summary>
    public float Get(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a < DenseLimit && b < DenseLimit)
        {
            var needed = Math.Max(a, b) + 1;
            if (needed > denseSide)
            {
                Grow(needed);
            }

            ref var slot = ref dense[(a * denseSide) + b];
            if (float.IsNaN(slot))
            {
                slot = WordAligner.SubstitutionCost(words[a], words[b]);
            }

            return slot;
        }

        var key = ((long)a << 32) | (uint)b;
        if (!sparse.TryGetValue(key, out var cost))
        {
            cost = WordAligner.SubstitutionCost(words[a], words[b]);
            sparse[key] = cost;
        }

        return cost;
    }

    private void Grow(int needed)
    {
        var side = Math.Min(DenseLimit, Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)needed)));
        var grown = new float[side * side];
        Array.Fill(grown, float.NaN);
        for (var i = 0; i < denseSide; i++)
        {
            Array.Copy(dense, i * denseSide, grown, i * side, denseSide);
        }

        dense = grown;
        denseSide = side;
    }
}

/// <summary>
/// Hashes a pair of word ids packed in a <see cref="long"/> by mixing all its bits: <see cref="long.GetHashCode"/> is the
/// exclusive-or of the two halves, so the pairs of a statement of a few thousand distinct words (n² keys) would share a few
/// thousand hash codes and every lookup would walk a long collision chain.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj)
    {
        var h = (ulong)obj * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32) ^ (int)h;
    }
}
