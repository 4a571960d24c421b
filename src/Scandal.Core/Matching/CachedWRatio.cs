namespace Scandal.Core.Matching;

/// <summary>
/// One query scored against many choices with WRatio: the query's bit masks and sorted tokens are built once.
/// Scores equal <see cref="FuzzyScorer.WRatio"/>. Not thread-safe (one instance per thread).
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

    public CachedWRatio(string query)
    {
        this.query = query;
        keys = new char[PatternMasks.ExtendedSize(query.Length)];
        extRows = new ushort[keys.Length];
        rows = new ulong[PatternMasks.RowsSize(query.Length)];
        _ = new PatternMasks(query, latin, keys, extRows, rows);
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
            var bound = 100 * Math.Max(2 * sh / (sh + m), 0.9 * sh / m);
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

        var score = FuzzyScorer.WRatioWithBase(query, choice, baseRatio, cutoff, sharedBound);
        return score >= cutoff ? score : 0;
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
