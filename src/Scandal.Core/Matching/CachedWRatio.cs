using System.Runtime.CompilerServices;

namespace Scandal.Core.Matching;

/// <summary>
/// One query scored against many choices with WRatio: the query's bit masks, character counts and distinct tokens are
/// built once. Scores equal <see cref="FuzzyScorer.WRatio"/>. Not thread-safe (one instance per thread).
/// </summary>
internal sealed class CachedWRatio
{
    private readonly string query;
    private readonly ushort[] latin = new ushort[256];
    private readonly char[] keys;
    private readonly ushort[] extRows;
    private readonly ulong[] rows;
    private readonly int[] queryCounts = new int[256];
    private readonly bool queryLatin;
    private readonly int querySpaces;
    private readonly int queryNonSpace;
    private readonly QueryTokens tokens;

    public CachedWRatio(string query)
    {
        this.query = query;
        keys = new char[PatternMasks.ExtendedSize(query.Length)];
        extRows = new ushort[keys.Length];
        rows = new ulong[PatternMasks.RowsSize(query.Length)];
        _ = new PatternMasks(query, latin, keys, extRows, rows);
        tokens = new QueryTokens(query);
        queryLatin = true;
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c))
            {
                querySpaces++;
            }
            else if (c < 256)
            {
                queryCounts[c]++;
                queryNonSpace++;
            }
            else
            {
                queryLatin = false;
            }
        }
    }

    /// <summary>WRatio of the query and <paramref name="choice"/>, or 0 when it cannot reach <paramref name="cutoff"/>.</summary>
    public double Score(ReadOnlySpan<char> choice, double cutoff)
    {
        var len1 = query.Length;
        var len2 = choice.Length;
        if (len1 == 0 || len2 == 0)
        {
            return 0;
        }

        // Every component of WRatio compares the same characters (tokens only move), so the characters the two share
        // bound them all. With sh = shared non-space characters (+ spaces), m = the smaller non-space length:
        // ratio and token_sort ≤ 2sh/(sh+m); token_set ≤ 2sh/(sh+m); partial ≤ sh/m, scaled by 0.9 at most.
        var sharedBound = -1;
        if (queryLatin && cutoff > 0)
        {
            Span<int> counts = stackalloc int[256];
            int shared = 0, spaces = 0, nonSpace = 0;
            foreach (var c in choice)
            {
                if (char.IsWhiteSpace(c))
                {
                    spaces++;
                    continue;
                }

                nonSpace++;
                if (c < 256 && counts[c]++ < queryCounts[c])
                {
                    shared++;
                }
            }

            var sh = shared + Math.Min(spaces, querySpaces) + 2.0;
            var m = Math.Max(1, Math.Min(nonSpace, queryNonSpace));
            var bound = Math.Max((100 * 2 * sh / (sh + m)) + 0.5, 0.9 * ((100 * sh / m) + 0.5)); // + 0.5: components are rounded
            if (bound < cutoff - 0.5)
            {
                return 0;
            }

            sharedBound = shared + Math.Min(spaces, querySpaces);
        }

        // The plain ratio is bounded the same way; skip its LCS when even the bound misses the cutoff.
        var baseRatio = 0;
        if (sharedBound < 0 || 100.0 * 2 * sharedBound / (len1 + len2) >= cutoff - 0.5)
        {
            var masks = new PatternMasks(query, latin, keys, extRows, rows, prebuilt: true);
            var lcs = Lcs.WithMasks(ref masks, choice);
            baseRatio = (int)Math.Round(100 * ((double)(2 * lcs) / (len1 + len2)));
        }

        // token_set's two intersection ratios come from token lengths alone (a hash of the query's distinct tokens), and
        // its third ratio is bounded by the shared characters: when it cannot reach the cutoff, no token is sorted for it.
        var setBound = sharedBound < 0 ? 100 : tokens.SetBound(choice, sharedBound);
        var score = FuzzyScorer.WRatioWithBase(query, choice, baseRatio, cutoff, sharedBound, setBound);
        return score >= cutoff ? score : 0;
    }
}

/// <summary>
/// The query's distinct whitespace tokens in an open-addressing table, so that a choice's tokens are matched against
/// them by hash instead of by sorting both.
/// </summary>
internal sealed class QueryTokens
{
    private readonly string query;
    private readonly (int Start, int Length)[] distinct;
    private readonly int[] hashes;
    private readonly int[] table; // index + 1 into distinct, 0 = empty
    private readonly int count;
    private readonly int distinctChars;

    public QueryTokens(string query)
    {
        this.query = query;
        var ranges = new (int Start, int Length)[(query.Length / 2) + 1];
        var n = Tokens.Split(query, ranges);
        distinct = new (int, int)[n];
        hashes = new int[n];
        table = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, n * 2))];
        foreach (var r in ranges.AsSpan(0, n))
        {
            var text = query.AsSpan(r.Start, r.Length);
            var hash = string.GetHashCode(text);
            var h = Slot(text, hash);
            if (table[h] == 0)
            {
                distinct[count] = r;
                hashes[count] = hash;
                table[h] = ++count;
                distinctChars += r.Length;
            }
        }
    }

    /// <summary>
    /// An upper bound on token_set_ratio of the query and <paramref name="choice"/>: its two intersection ratios exactly
    /// (from token lengths), its third bounded by <paramref name="shared"/>, an upper bound on the LCS of any
    /// rearrangement of the two strings.
    /// </summary>
    [SkipLocalsInit]
    public double SetBound(ReadOnlySpan<char> choice, int shared)
    {
        if (choice.Length > 4096)
        {
            return 100; // not worth the stack: no bound
        }

        Span<(int Start, int Length)> ranges = stackalloc (int, int)[(choice.Length / 2) + 1];
        var n = Tokens.Split(choice, ranges);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, n * 2));
        Span<int> seen = stackalloc int[size];
        seen.Clear();
        Span<int> seenHashes = stackalloc int[n];
        int sharedCount = 0, sharedChars = 0, ownCount = 0, ownChars = 0;
        for (var t = 0; t < n; t++)
        {
            var text = choice.Slice(ranges[t].Start, ranges[t].Length);
            var hash = string.GetHashCode(text);
            seenHashes[t] = hash;

            // Distinct within the choice: a repeated token counts once.
            var h = hash & (size - 1);
            while (seen[h] != 0 && !(seenHashes[seen[h] - 1] == hash && choice.Slice(ranges[seen[h] - 1].Start, ranges[seen[h] - 1].Length).SequenceEqual(text)))
            {
                h = (h + 1) & (size - 1);
            }

            if (seen[h] != 0)
            {
                continue;
            }

            seen[h] = t + 1;
            if (table[Slot(text, hash)] != 0)
            {
                sharedCount++;
                sharedChars += text.Length;
            }
            else
            {
                ownCount++;
                ownChars += text.Length;
            }
        }

        // Lengths of the joined strings token_set compares: intersection, intersection + rest of each.
        var ls = Joined(sharedCount, sharedChars);
        var l12 = Joined(count, distinctChars);
        var l21 = Joined(sharedCount + ownCount, sharedChars + ownChars);
        var intersection = Math.Max(FuzzyScorer.ExactRatio(ls, ls, l12), FuzzyScorer.ExactRatio(ls, ls, l21));
        var third = l12 + l21 == 0 ? 100 : 100.0 * 2 * Math.Min(Math.Min(l12, l21), shared) / (l12 + l21);
        return Math.Max(intersection, Math.Min(100, third + 0.5));
    }

    private static int Joined(int tokens, int chars) => tokens == 0 ? 0 : chars + tokens - 1;

    /// <summary>The table slot holding <paramref name="text"/>, or the empty slot where it would go.</summary>
    private int Slot(ReadOnlySpan<char> text, int hash)
    {
        var h = hash & (table.Length - 1);
        while (table[h] != 0)
        {
            var i = table[h] - 1;
            if (hashes[i] == hash && query.AsSpan(distinct[i].Start, distinct[i].Length).SequenceEqual(text))
            {
                return h;
            }

            h = (h + 1) & (table.Length - 1);
        }

        return h;
    }
}

/// <summary>Best-of-N extraction with a score cutoff.</summary>
internal static class Extract
{
    /// <summary>The choice with the highest WRatio against <paramref name="query"/> at or above <paramref name="cutoff"/>, first on ties; (-1, 0) when none.</summary>
    public static (int Index, double Score) OneWRatio(string query, IReadOnlyList<string> choices, double cutoff)
    {
        var cached = new CachedWRatio(query);
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < choices.Count; i++)
        {
            var score = cached.Score(choices[i], Math.Max(cutoff, bestScore + 1e-9));
            if (score > bestScore || (best < 0 && score >= cutoff && score > 0))
            {
                best = i;
                bestScore = score;
                if (bestScore >= 100)
                {
                    break; // nothing can beat it
                }
            }
        }

        return (best, bestScore);
    }
}
