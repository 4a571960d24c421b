using System.Buffers;
using System.Runtime.CompilerServices;

namespace Scandal.Core.Matching;

/// <summary>
/// Our fuzzy scorers: FuzzySharp's scores (same formulas, same rounding) computed with a bit-parallel LCS on spans.
/// No allocation per call for strings up to 1,024 characters (stack buffers; a pooled array beyond).
/// <list type="bullet">
/// <item><c>Ratio</c>: 100 × 2·LCS / (|a| + |b|), the normalised Indel similarity (100 when both are empty).</item>
/// <item><c>PartialRatio</c>: the best Ratio of the shorter string against every window of the longer (full-length
/// windows, and shorter ones at the ends), rounded, 100 above 99.5. This is the exact optimum; FuzzySharp only tries
/// windows at its matching blocks and can score lower (never higher).</item>
/// <item><c>TokenSortRatio</c>, <c>TokenSetRatio</c>, <c>WRatio</c>: FuzzySharp's definitions, integer rounding at
/// the same steps.</item>
/// </list>
/// Inputs are compared exactly as given: preprocess first. Thread-safe (stateless).
/// </summary>
internal sealed class FuzzyScorer : IFuzzyScorer
{
    public static readonly FuzzyScorer Instance = new();

    private const int StackChars = 1024;

    double IFuzzyScorer.Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Ratio(s1, s2);

    double IFuzzyScorer.PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => PartialRatio(s1, s2);

    double IFuzzyScorer.TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TokenSetRatio(s1, s2);

    double IFuzzyScorer.TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TokenSortRatio(s1, s2);

    double IFuzzyScorer.WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => WRatio(s1, s2);

    /// <summary>Normalised Indel similarity in [0, 100], unrounded.</summary>
    public static double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var lensum = s1.Length + s2.Length;
        if (lensum == 0)
        {
            return 100;
        }

        var lcs = Lcs.Length(s1, s2);
        return 100 * ((double)(2 * lcs) / lensum);
    }

    /// <summary>Ratio rounded as FuzzySharp rounds it.</summary>
    public static int RatioInt(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => (int)Math.Round(Ratio(s1, s2));

    /// <summary>Indel distance: characters to insert and delete to turn one string into the other.</summary>
    public static int IndelDistance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => s1.Length + s2.Length - (2 * Lcs.Length(s1, s2));

    /// <summary>Levenshtein distance (unit costs), bit-parallel (Myers/Hyyrö) for patterns up to 64 characters, DP beyond.</summary>
    public static int LevenshteinDistance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Levenshtein.Distance(s1, s2);

    /// <summary>The best-matching window: its score and where it lies in the longer string.</summary>
    public static double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => PartialRatioAlignment(s1, s2).Score;

    /// <summary>
    /// partial_ratio with its alignment: the score, and the window <c>[Start, End)</c> of the longer string
    /// (<paramref name="s2"/> when the two have the same length) that the shorter matched best.
    /// </summary>
    public static (double Score, int Start, int End) PartialRatioAlignment(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => PartialRatioAlignment(s1, s2, -1);

    /// <summary>partial_ratio, giving up (score 0) on windows that cannot beat <paramref name="minimum"/>.</summary>
    [SkipLocalsInit]
    internal static (double Score, int Start, int End) PartialRatioAlignment(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double minimum)
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return (0, 0, 0);
        }

        var shorter = s1.Length < s2.Length ? s1 : s2;
        var longer = s1.Length < s2.Length ? s2 : s1;
        var m = shorter.Length;
        var n = longer.Length;
        if (m > 64 * 256)
        {
            return (Math.Round(Ratio(shorter, longer)), 0, n);
        }

        var rowsSize = PatternMasks.RowsSize(m);
        var extSize = PatternMasks.ExtendedSize(shorter);
        var onStack = rowsSize <= 4096 && extSize <= 2048;
        using var scratch = onStack ? null : new PatternScratch(m);
        Span<ushort> latin = onStack ? stackalloc ushort[256] : scratch!.Latin;
        Span<char> keys = onStack ? stackalloc char[extSize] : scratch!.Keys.AsSpan(0, scratch.KeysLength);
        Span<ushort> ext = onStack ? stackalloc ushort[extSize] : scratch!.ExtRows.AsSpan(0, scratch.KeysLength);
        Span<ulong> rows = onStack ? stackalloc ulong[rowsSize] : scratch!.Rows.AsSpan(0, scratch.RowsLength);
        var masks = new PatternMasks(shorter, latin, keys, ext, rows);
        return BestWindow(ref masks, shorter, longer, minimum);
    }

    private static (double Score, int Start, int End) BestWindow(ref PatternMasks masks, ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer, double minimum = -1)
    {
        var m = shorter.Length;
        var n = longer.Length;
        var best = minimum;
        int bestStart = 0, bestEnd = 0;

        // Character-count upper bound: LCS(window) ≤ Σ min(count in shorter, count in window), kept as the window slides.
        Span<int> need = stackalloc int[256];
        Span<int> have = stackalloc int[256];
        need.Clear();
        have.Clear();
        var usable = true;
        foreach (var c in shorter)
        {
            if (c >= 256)
            {
                usable = false;
                break;
            }

            need[c]++;
        }

        var common = 0;
        void Add(char c, Span<int> need, Span<int> have, ref int common)
        {
            if (c < 256 && have[c]++ < need[c])
            {
                common++;
            }
        }

        void Remove(char c, Span<int> need, Span<int> have, ref int common)
        {
            if (c < 256 && --have[c] < need[c])
            {
                common--;
            }
        }

        // Full-length windows.
        for (var i = 0; i < m; i++)
        {
            Add(longer[i], need, have, ref common);
        }

        for (var start = 0; start + m <= n; start++)
        {
            if (start > 0)
            {
                Remove(longer[start - 1], need, have, ref common);
                Add(longer[start + m - 1], need, have, ref common);
            }

            if (usable && (200.0 * common / (2 * m)) <= best)
            {
                continue;
            }

            var window = longer.Slice(start, m);
            var score = 100 * ((double)(2 * Lcs.WithMasks(ref masks, window)) / (2 * m));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, start + m);
                if (best > 99.5)
                {
                    return (100, bestStart, bestEnd);
                }
            }
        }

        // Shorter windows at the end of the longer string (FuzzySharp's blocks can land there).
        for (var start = Math.Max(1, n - m + 1); start < n; start++)
        {
            var window = longer[start..];
            var upper = 100 * ((double)(2 * window.Length) / (m + window.Length));
            if (upper <= best)
            {
                break;
            }

            var score = 100 * ((double)(2 * Lcs.WithMasks(ref masks, window)) / (m + window.Length));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, n);
            }
        }

        if (best <= minimum)
        {
            return (0, 0, 0); // nothing reached the minimum
        }

        return (best > 99.5 ? 100 : Math.Round(best), bestStart, bestEnd);
    }

    /// <summary>Ratio of the two strings' whitespace tokens sorted and joined by single spaces, rounded.</summary>
    public static double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        char[]? rented = null;
        var need = s1.Length + s2.Length + 2;
        var buffer = need <= StackChars * 2 ? stackalloc char[need] : (rented = ArrayPool<char>.Shared.Rent(need));
        var ranges1 = s1.Length <= StackChars ? stackalloc (int, int)[(s1.Length / 2) + 1] : new (int, int)[(s1.Length / 2) + 1];
        var ranges2 = s2.Length <= StackChars ? stackalloc (int, int)[(s2.Length / 2) + 1] : new (int, int)[(s2.Length / 2) + 1];
        try
        {
            var n1 = Tokens.Split(s1, ranges1);
            var n2 = Tokens.Split(s2, ranges2);
            Tokens.Sort(s1, ranges1[..n1]);
            Tokens.Sort(s2, ranges2[..n2]);
            var a = buffer[..(s1.Length + 1)];
            var b = buffer[(s1.Length + 1)..];
            var la = Tokens.Join(s1, ranges1[..n1], a, 0);
            var lb = Tokens.Join(s2, ranges2[..n2], b, 0);
            return RatioInt(a[..la], b[..lb]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// FuzzySharp's token_set_ratio: the best of Ratio(intersection, intersection + rest of 1),
    /// Ratio(intersection, intersection + rest of 2) and Ratio of the two combinations, on distinct sorted tokens.
    /// </summary>
    public static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TokenSetRatio(s1, s2, -1);

    /// <summary>token_set_ratio; the combination-to-combination ratio is skipped when its length bound is below <paramref name="minimum"/>.</summary>
    internal static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double minimum)
    {
        char[]? rented = null;
        var size = (s1.Length + s2.Length + 4) * 3;
        var buffer = size <= StackChars * 4 ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        var ranges1 = s1.Length <= StackChars ? stackalloc (int, int)[(s1.Length / 2) + 1] : new (int, int)[(s1.Length / 2) + 1];
        var ranges2 = s2.Length <= StackChars ? stackalloc (int, int)[(s2.Length / 2) + 1] : new (int, int)[(s2.Length / 2) + 1];
        try
        {
            var n1 = Tokens.Dedupe(s1, Sorted(s1, ranges1));
            var n2 = Tokens.Dedupe(s2, Sorted(s2, ranges2));
            var t1 = ranges1[..n1];
            var t2 = ranges2[..n2];

            // Merge the two sorted lists into intersection and differences, writing three strings.
            var third = size / 3;
            var sect = buffer[..third];
            var c12 = buffer.Slice(third, third);
            var c21 = buffer.Slice(2 * third, third);
            int ls = 0, i = 0, j = 0;
            while (i < n1 && j < n2)
            {
                var cmp = Tokens.Text(s1, t1[i]).SequenceCompareTo(Tokens.Text(s2, t2[j]));
                if (cmp == 0)
                {
                    ls = Tokens.Join(s1, t1.Slice(i, 1), sect, ls);
                    i++;
                    j++;
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

            sect[..ls].CopyTo(c12);
            sect[..ls].CopyTo(c21);
            var l12 = ls;
            var l21 = ls;
            i = 0;
            j = 0;
            while (i < n1 || j < n2)
            {
                var cmp = i >= n1 ? 1 : j >= n2 ? -1 : Tokens.Text(s1, t1[i]).SequenceCompareTo(Tokens.Text(s2, t2[j]));
                if (cmp == 0)
                {
                    i++;
                    j++;
                }
                else if (cmp < 0)
                {
                    l12 = Tokens.Join(s1, t1.Slice(i++, 1), c12, l12);
                }
                else
                {
                    l21 = Tokens.Join(s2, t2.Slice(j++, 1), c21, l21);
                }
            }

            // The intersection is a prefix of both combinations, so its LCS with either is its own length.
            var a = ExactRatio(ls, ls, l12);
            var b = ExactRatio(ls, ls, l21);
            var best = Math.Max(a, b);
            var lengthBound = l12 + l21 == 0 ? 100 : 100.0 * 2 * Math.Min(l12, l21) / (l12 + l21);
            if (lengthBound + 0.5 >= Math.Max(minimum, best))
            {
                best = Math.Max(best, RatioInt(c12[..l12], c21[..l21]));
            }

            return best;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Rounded ratio from a known LCS, exactly as <see cref="RatioInt"/> computes it.</summary>
    private static int ExactRatio(int lcs, int len1, int len2)
    {
        var lensum = len1 + len2;
        return lensum == 0 ? 100 : (int)Math.Round(100 * ((double)(2 * lcs) / lensum));
    }

    private static Span<(int Start, int Length)> Sorted(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        var n = Tokens.Split(s, ranges);
        var used = ranges[..n];
        Tokens.Sort(s, used);
        return used;
    }

    /// <summary>FuzzySharp's WRatio: the best of ratio, token ratios (× 0.95) and, for strings of different lengths, partial ratios (× 0.9, or × 0.6 past 8:1).</summary>
    public static double WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var len1 = s1.Length;
        var len2 = s2.Length;
        if (len1 == 0 || len2 == 0)
        {
            return 0;
        }

        return WRatioWithBase(s1, s2, RatioInt(s1, s2));
    }

    /// <summary>WRatio given the rounded ratio already computed (by a cached query).</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="baseRatio">Their rounded ratio.</param>
    /// <param name="cutoff">Scores below this do not matter: components whose bound cannot reach it are skipped (0 = exact).</param>
    /// <param name="sharedBound">An upper bound on the LCS of any rearrangement of the two (shared characters), or -1.</param>
    internal static double WRatioWithBase(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int baseRatio, double cutoff = 0, int sharedBound = -1)
    {
        var len1 = s1.Length;
        var len2 = s2.Length;
        const double unbaseScale = .95;
        var partialScale = .90;
        var lenRatio = (double)Math.Max(len1, len2) / Math.Min(len1, len2);
        var tryPartials = lenRatio >= 1.5;
        if (lenRatio > 8)
        {
            partialScale = .6;
        }

        var scale = tryPartials ? unbaseScale * partialScale : unbaseScale;
        var need = cutoff - 0.5; // the result is rounded
        double best = baseRatio;

        // token_sort: the sorted strings hold the same characters, so 2·shared / (|a| + |b|) bounds it.
        var sortBound = sharedBound < 0 ? 100 : 100 * (2.0 * sharedBound / Math.Max(1, len1 + len2 - CountRuns(s1) - CountRuns(s2)));
        if (cutoff <= 0 || Math.Min(100, sortBound) * scale >= Math.Max(need, best))
        {
            best = Math.Max(best, TokenSortRatio(s1, s2) * scale);
        }

        // token_set: its two intersection ratios are exact arithmetic; the third is only computed when it can matter.
        best = Math.Max(best, TokenSetRatio(s1, s2, cutoff <= 0 ? -1 : Math.Max(need, best) / scale) * scale);

        if (tryPartials)
        {
            var minimum = cutoff <= 0 ? -1 : (Math.Max(need, best) / partialScale) - 1e-9;
            var partial = minimum >= 100 ? 0 : PartialRatioAlignment(s1, s2, minimum).Score;
            best = Math.Max(best, partial * partialScale);
        }

        return (int)Math.Round(best);
    }

    /// <summary>Runs of white space beyond single spaces: characters token rearrangement drops.</summary>
    private static int CountRuns(ReadOnlySpan<char> s)
    {
        var extra = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (i == 0 || i == s.Length - 1 || char.IsWhiteSpace(s[i - 1])))
            {
                extra++;
            }
        }

        return extra;
    }
}
