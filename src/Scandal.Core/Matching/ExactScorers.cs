using System.Buffers;
using System.Runtime.CompilerServices;

namespace Scandal.Core.Matching;

/// <summary>
/// The public scorers' arithmetic (RapidFuzz's definitions, unrounded) on strings already preprocessed. A score below
/// <c>cutoff</c> is returned as 0; parts that cannot reach the cutoff are skipped. No allocation for strings up to
/// 1,024 characters (stack buffers; pooled arrays beyond).
/// </summary>
internal static class ExactScorers
{
    private const int StackChars = 2048;
    private const double UnbaseScale = 0.95;

    public static double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff)
    {
        if (cutoff > 100)
        {
            return 0;
        }

        var lensum = s1.Length + s2.Length;
        if (lensum == 0)
        {
            return 100;
        }

        // The LCS is at most the shorter length: skip it when even that misses the cutoff.
        if (cutoff > 0 && 100.0 * 2 * Math.Min(s1.Length, s2.Length) / lensum < cutoff)
        {
            return 0;
        }

        return AtLeast(FromLcs(Lcs.Length(s1, s2), lensum), cutoff);
    }

    public static double FromLcs(int lcs, int lensum) => lensum == 0 ? 100 : 100 * ((double)(2 * lcs) / lensum);

    public static double AtLeast(double score, double cutoff) => score >= cutoff ? score : 0;

    public static double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff)
    {
        if (cutoff > 100)
        {
            return 0;
        }

        if (s1.Length == 0 || s2.Length == 0)
        {
            return s1.Length == s2.Length ? 100 : 0;
        }

        var minimum = cutoff > 0 ? cutoff - 1e-9 : -1;
        var score = FuzzyScorer.PartialRatioAlignment(s1, s2, minimum, exact: true).Score;
        if (s1.Length == s2.Length && score < 100)
        {
            // Same lengths: the windows of either string in the other (RapidFuzz scores both directions).
            score = Math.Max(score, FuzzyScorer.PartialRatioAlignment(s2, s1, Math.Max(minimum, score), exact: true).Score);
        }

        return AtLeast(score, cutoff);
    }

    public static double QRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) =>
        s1.Length == 0 || s2.Length == 0 ? 0 : Ratio(s1, s2, cutoff);

    public static double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) => Tokenized(s1, s2, TokenScore.Sort, cutoff);

    public static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) => Tokenized(s1, s2, TokenScore.Set, cutoff);

    public static double PartialTokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) => Tokenized(s1, s2, TokenScore.PartialSort, cutoff);

    public static double PartialTokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) => Tokenized(s1, s2, TokenScore.PartialSet, cutoff);

    /// <summary>
    /// RapidFuzz's WRatio: ratio; then, for strings of similar length (ratio of lengths below 1.5), the token ratios × 0.95;
    /// otherwise partial_ratio × 0.9 (× 0.6 past 8:1) and the partial token ratios × 0.95 × that scale. The running best
    /// is passed as the cutoff into each later step. <paramref name="knownRatio"/> is the ratio when a cached scorer has it.
    /// </summary>
    public static double WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff, double knownRatio = -1)
    {
        if (cutoff > 100 || s1.Length == 0 || s2.Length == 0)
        {
            return 0;
        }

        var len1 = s1.Length;
        var len2 = s2.Length;
        var lenRatio = (double)Math.Max(len1, len2) / Math.Min(len1, len2);
        var best = knownRatio >= 0 ? knownRatio : Ratio(s1, s2, 0);
        if (lenRatio < 1.5)
        {
            var tokenCutoff = Math.Max(cutoff, best) / UnbaseScale;
            best = Math.Max(best, tokenCutoff > 100 ? 0 : Tokenized(s1, s2, TokenScore.Sort | TokenScore.Set, tokenCutoff) * UnbaseScale);
            return AtLeast(best, cutoff);
        }

        var partialScale = lenRatio <= 8 ? 0.9 : 0.6;
        var partialCutoff = Math.Max(cutoff, best) / partialScale;
        if (partialCutoff <= 100)
        {
            best = Math.Max(best, PartialRatio(s1, s2, partialCutoff) * partialScale);
        }

        var partialTokenCutoff = Math.Max(cutoff, best) / (UnbaseScale * partialScale);
        if (partialTokenCutoff <= 100)
        {
            best = Math.Max(best, Tokenized(s1, s2, TokenScore.PartialSort | TokenScore.PartialSet, partialTokenCutoff) * UnbaseScale * partialScale);
        }

        return AtLeast(best, cutoff);
    }

    /// <summary>Which token scores <see cref="Tokenized"/> computes; with several, it returns the largest.</summary>
    [Flags]
    private enum TokenScore
    {
        Sort = 1,
        Set = 2,
        PartialSort = 4,
        PartialSet = 8,
    }

    /// <summary>One split and sort of each string, then the requested token scores; the largest at or above the cutoff, else 0.</summary>
    [SkipLocalsInit]
    private static double Tokenized(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, TokenScore parts, double cutoff)
    {
        if (cutoff > 100)
        {
            return 0;
        }

        char[]? rentedChars = null;
        (int, int)[]? rentedRanges = null;
        var third = s1.Length + s2.Length + 2;
        var rangeCount = (s1.Length / 2) + (s2.Length / 2) + 2;
        var chars = third * 2 <= StackChars ? stackalloc char[third * 2] : (rentedChars = ArrayPool<char>.Shared.Rent(third * 2));
        var ranges = rangeCount <= StackChars / 2 ? stackalloc (int, int)[rangeCount] : (rentedRanges = ArrayPool<(int, int)>.Shared.Rent(rangeCount));
        try
        {
            var t1 = Sorted(s1, ranges[..((s1.Length / 2) + 1)]);
            var t2 = Sorted(s2, ranges[((s1.Length / 2) + 1)..]);
            var best = 0.0;
            if ((parts & (TokenScore.Sort | TokenScore.PartialSort)) != 0)
            {
                var la = Tokens.Join(s1, t1, chars, 0);
                var lb = Tokens.Join(s2, t2, chars[third..], 0);
                var a = chars[..la];
                var b = chars.Slice(third, lb);
                if ((parts & TokenScore.Sort) != 0)
                {
                    best = Math.Max(best, Ratio(a, b, cutoff));
                }

                if ((parts & TokenScore.PartialSort) != 0)
                {
                    best = Math.Max(best, PartialRatio(a, b, Math.Max(cutoff, best)));
                }
            }

            if ((parts & (TokenScore.Set | TokenScore.PartialSet)) != 0 && best < 100)
            {
                var set = SetRatio(s1, t1[..Tokens.Dedupe(s1, t1)], s2, t2[..Tokens.Dedupe(s2, t2)], chars, third, parts, Math.Max(cutoff, best));
                best = Math.Max(best, set);
            }

            return AtLeast(best, cutoff);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedRanges is not null)
            {
                ArrayPool<(int, int)>.Shared.Return(rentedRanges);
            }
        }
    }

    /// <summary>
    /// token_set_ratio and partial_token_set_ratio of distinct sorted tokens, as RapidFuzz defines them: 0 when either
    /// string has no token; 100 when they share a token and one's tokens are all in the other (for the partial score:
    /// when they share any token); else the best of ratio(intersection, intersection + rest of each) and
    /// ratio(intersection + rest of 1, intersection + rest of 2) (partial: partial_ratio of the two rests).
    /// </summary>
    private static double SetRatio(ReadOnlySpan<char> s1, Span<(int Start, int Length)> t1, ReadOnlySpan<char> s2, Span<(int Start, int Length)> t2, Span<char> chars, int third, TokenScore parts, double cutoff)
    {
        if (t1.IsEmpty || t2.IsEmpty)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < t1.Length && j < t2.Length)
        {
            var cmp = Tokens.Text(s1, t1[i]).SequenceCompareTo(Tokens.Text(s2, t2[j]));
            if (cmp == 0)
            {
                Tokens.Mark(ref t1[i++]);
                Tokens.Mark(ref t2[j++]);
                shared++;
            }
            else if (cmp < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        if (shared > 0 && ((parts & TokenScore.PartialSet) != 0 || shared == t1.Length || shared == t2.Length))
        {
            return 100;
        }

        // The rests, each joined; the intersection's joined length from the marked tokens.
        var ab = Tokens.Join(s1, t1, marked: false, chars, 0);
        var ba = Tokens.Join(s2, t2, marked: false, chars[third..], 0);
        var diffAb = chars[..ab];
        var diffBa = chars.Slice(third, ba);
        if ((parts & TokenScore.Set) == 0)
        {
            return PartialRatio(diffAb, diffBa, cutoff);
        }

        var sect = JoinedLength(s1, t1);
        var sep = sect == 0 ? 0 : 1;
        var sectAb = sect + sep + ab;
        var sectBa = sect + sep + ba;

        // The intersection is a common prefix of both combinations: their LCS is its length (and separator) plus the
        // rests' LCS; against the intersection alone, the LCS is the intersection.
        var best = 0.0;
        var lengthBound = FromLcs(sect + sep + Math.Min(ab, ba), sectAb + sectBa);
        if (lengthBound >= cutoff)
        {
            best = FromLcs(sect + sep + Lcs.Length(diffAb, diffBa), sectAb + sectBa);
        }

        if (sect > 0)
        {
            best = Math.Max(best, Math.Max(FromLcs(sect, sect + sectAb), FromLcs(sect, sect + sectBa)));
        }

        var set = AtLeast(best, cutoff);
        if ((parts & TokenScore.PartialSet) != 0)
        {
            set = Math.Max(set, PartialRatio(diffAb, diffBa, Math.Max(cutoff, set)));
        }

        return set;
    }

    private static int JoinedLength(ReadOnlySpan<char> s, ReadOnlySpan<(int Start, int Length)> ranges)
    {
        int count = 0, chars = 0;
        foreach (var r in ranges)
        {
            if (r.Length < 0)
            {
                count++;
                chars -= r.Length;
            }
        }

        return count == 0 ? 0 : chars + count - 1;
    }

    private static Span<(int Start, int Length)> Sorted(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        var n = Tokens.Split(s, ranges);
        var used = ranges[..n];
        Tokens.Sort(s, used);
        return used;
    }
}
