using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="minimum">Scores at or below it are reported as 0 (-1: none).</param>
    /// <param name="exact">
    /// RapidFuzz's semantics: the score unrounded, and windows shorter than the needle at the start of the longer string
    /// tried as well as those at its end. False: FuzzySharp's rounding and window set (the pipeline's scorer).
    /// </param>
    [SkipLocalsInit]
    internal static (double Score, int Start, int End) PartialRatioAlignment(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double minimum, bool exact = false)
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
            var whole = Ratio(shorter, longer);
            return (exact ? whole : Math.Round(whole), 0, n);
        }

        // Each full window's character-count bound first: when none can reach the minimum, no mask is built.
        int[]? rentedBounds = null;
        ulong[]? rentedMasks = null;
        var windows = n - m + 1;
        var bounds = CountBounds(shorter, longer, windows <= 1024 ? stackalloc int[windows] : (rentedBounds = ArrayPool<int>.Shared.Rent(windows)).AsSpan(0, windows));
        try
        {
            if (!bounds.IsEmpty && minimum >= 0 && CannotReach(bounds, m, minimum, exact))
            {
                return (0, 0, 0);
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

            // A one-word pattern reads each window's LCS from the text's masks, four windows at a time where vectors help.
            var textMasks = masks.Blocks > 1 ? default : n <= 2048 ? stackalloc ulong[n] : (rentedMasks = ArrayPool<ulong>.Shared.Rent(n)).AsSpan(0, n);
            if (!textMasks.IsEmpty)
            {
                Lcs.TextMasks(ref masks, longer, textMasks);
            }

            return BestWindow(ref masks, shorter, longer, bounds, textMasks, minimum, exact);
        }
        finally
        {
            if (rentedBounds is not null)
            {
                ArrayPool<int>.Shared.Return(rentedBounds);
            }

            if (rentedMasks is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedMasks);
            }
        }
    }

    /// <summary>
    /// True when no window can score above <paramref name="minimum"/>: a full window scores at most 100 · bound / m, and
    /// a shorter one at the end (a suffix of the last full window, so within its bound B) at most 100 · 2B / (m + B),
    /// and with <paramref name="prefixes"/> one at the start likewise within the first full window's bound.
    /// </summary>
    private static bool CannotReach(ReadOnlySpan<int> bounds, int m, double minimum, bool prefixes)
    {
        var last = bounds[^1];
        var first = prefixes ? bounds[0] : 0;
        return 100.0 * MaxOf(bounds) / m <= minimum && 100.0 * 2 * last / (m + last) <= minimum && 100.0 * 2 * first / (m + first) <= minimum;
    }

    private static (double Score, int Start, int End) BestWindow(scoped ref PatternMasks masks, ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer, ReadOnlySpan<int> bounds, scoped ReadOnlySpan<ulong> textMasks, double minimum, bool exact)
    {
        var m = shorter.Length;
        var n = longer.Length;
        var best = minimum;
        int bestStart = 0, bestEnd = 0;
        var windows = n - m + 1;

        // The first window where the count bound peaks is the likeliest best match, and its exact LCS a floor: a
        // window with less cannot be the best, so only windows that can reach it are scored (it is not a best: an
        // earlier window with the same LCS still comes first). With few windows, the probe costs more than it saves.
        if (!bounds.IsEmpty && windows > 8)
        {
            var peak = bounds.IndexOf(MaxOf(bounds));
            var floor = Lcs.WithMasks(ref masks, longer.Slice(peak, m)) - 1;
            best = Math.Max(best, 100 * ((double)(2 * floor) / (2 * m)));
        }

        // Sliding a window by one drops a character and adds one, so its LCS changes by at most 1: after a window
        // of LCS l, the next k windows reach at most l + k, and those that cannot beat the best so far are skipped.
        var nextUseful = 0;
        var valid = masks.ValidBits(0);
        Span<int> four = stackalloc int[4];
        var fourFrom = -4; // the windows fourFrom … fourFrom + 3 are in `four`
        var lastSkip = 0;
        for (var start = 0; start < windows; start++)
        {
            if (start < nextUseful || (!bounds.IsEmpty && (200.0 * bounds[start] / (2 * m)) <= best))
            {
                continue;
            }

            int lcs;
            if (textMasks.IsEmpty)
            {
                lcs = Lcs.WithMasks(ref masks, longer.Slice(start, m));
            }
            else if (start - fourFrom < 4)
            {
                lcs = four[start - fourFrom];
            }
            else if (Vector256.IsHardwareAccelerated && start + 3 < windows && lastSkip < 3)
            {
                // Four neighbouring windows for the price of one, while the skips are short enough to use them.
                Lcs.FourWindows(textMasks, start, m, valid, four);
                fourFrom = start;
                lcs = four[0];
            }
            else
            {
                lcs = Lcs.Window(textMasks, start, m, valid);
            }

            var score = 100 * ((double)(2 * lcs) / (2 * m));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, start + m);
                if (best > 99.5 && (!exact || lcs == m))
                {
                    return (100, bestStart, bestEnd);
                }
            }

            lastSkip = Math.Max(0, LargestLosingLcs(best, m) - lcs);
            nextUseful = start + lastSkip + 1;
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

        // RapidFuzz also tries shorter windows at the start (prefixes of the longer string).
        for (var end = exact ? Math.Min(m, n + 1) - 1 : 0; end > 0; end--)
        {
            var upper = 100 * ((double)(2 * end) / (m + end));
            if (upper <= best)
            {
                break;
            }

            var score = 100 * ((double)(2 * Lcs.WithMasks(ref masks, longer[..end])) / (m + end));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, 0, end);
            }
        }

        if (best <= minimum)
        {
            return (0, 0, 0); // nothing reached the minimum
        }

        return (exact ? best : best > 99.5 ? 100 : Math.Round(best), bestStart, bestEnd);
    }

    /// <summary>
    /// The character-count bound of every full window into <paramref name="bounds"/>; empty when the shorter string
    /// has characters beyond Latin-1 (no bound then).
    /// </summary>
    private static Span<int> CountBounds(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer, Span<int> bounds)
    {
        if (shorter.ContainsAnyInRange((char)256, char.MaxValue))
        {
            return [];
        }

        Span<int> need = stackalloc int[256];
        Span<int> have = stackalloc int[256];
        need.Clear();
        have.Clear();
        foreach (var c in shorter)
        {
            need[c]++;
        }

        var m = shorter.Length;
        var common = 0;
        for (var i = 0; i < longer.Length; i++)
        {
            var c = longer[i];
            if (c < 256 && have[c]++ < need[c])
            {
                common++;
            }

            if (i >= m)
            {
                var gone = longer[i - m];
                if (gone < 256 && --have[gone] < need[gone])
                {
                    common--;
                }
            }

            if (i >= m - 1)
            {
                bounds[i - m + 1] = common;
            }
        }

        return bounds;
    }

    private static int MaxOf(ReadOnlySpan<int> values)
    {
        var max = int.MinValue;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    /// <summary>The largest LCS whose window score (100 · 2·lcs / 2m, as computed) does not exceed <paramref name="best"/>.</summary>
    private static int LargestLosingLcs(double best, int m)
    {
        var lcs = (int)Math.Floor(best * m / 100);
        while (lcs + 1 <= m && 100 * ((double)(2 * (lcs + 1)) / (2 * m)) <= best)
        {
            lcs++;
        }

        while (lcs >= 0 && 100 * ((double)(2 * lcs) / (2 * m)) > best)
        {
            lcs--;
        }

        return lcs;
    }

    /// <summary>Ratio of the two strings' whitespace tokens sorted and joined by single spaces, rounded.</summary>
    public static double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TokenRatios(s1, s2, TokenParts.Sort, -1);

    /// <summary>
    /// FuzzySharp's token_set_ratio: the best of Ratio(intersection, intersection + rest of 1),
    /// Ratio(intersection, intersection + rest of 2) and Ratio of the two combinations, on distinct sorted tokens.
    /// </summary>
    public static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => TokenRatios(s1, s2, TokenParts.Set, -1);

    /// <summary>Which token ratios <see cref="TokenRatios"/> computes; with both, it returns the larger.</summary>
    [Flags]
    private enum TokenParts
    {
        Sort = 1,
        Set = 2,
    }

    /// <summary>
    /// token_sort_ratio, token_set_ratio, or the larger of the two, from one split and sort of each string. Parts that
    /// cannot exceed <paramref name="minimum"/> may be skipped: the result is exact whenever it is above it.
    /// </summary>
    [SkipLocalsInit]
    private static int TokenRatios(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, TokenParts parts, double minimum)
    {
        char[]? rentedChars = null;
        (int, int)[]? rentedRanges = null;
        var third = s1.Length + s2.Length + 4;
        var rangeCount = (s1.Length / 2) + (s2.Length / 2) + 2;
        var chars = third * 2 <= StackChars * 4 ? stackalloc char[third * 2] : (rentedChars = ArrayPool<char>.Shared.Rent(third * 2));
        var ranges = rangeCount <= StackChars ? stackalloc (int, int)[rangeCount] : (rentedRanges = ArrayPool<(int, int)>.Shared.Rent(rangeCount));
        try
        {
            var t1 = Sorted(s1, ranges[..((s1.Length / 2) + 1)]);
            var t2 = Sorted(s2, ranges[((s1.Length / 2) + 1)..]);
            var best = -1;
            if ((parts & TokenParts.Sort) != 0)
            {
                var la = Tokens.Join(s1, t1, chars, 0);
                var lb = Tokens.Join(s2, t2, chars[third..], 0);
                best = RatioInt(chars[..la], chars.Slice(third, lb));
                minimum = Math.Max(minimum, best);
            }

            if ((parts & TokenParts.Set) != 0)
            {
                best = Math.Max(best, SetRatio(s1, t1[..Tokens.Dedupe(s1, t1)], s2, t2[..Tokens.Dedupe(s2, t2)], chars, third, minimum));
            }

            return best;
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
    /// token_set_ratio of distinct sorted tokens (it marks the shared ones in place); the combination-to-combination
    /// ratio is only computed when its length bound can beat <paramref name="minimum"/>.
    /// </summary>
    private static int SetRatio(ReadOnlySpan<char> s1, Span<(int Start, int Length)> t1, ReadOnlySpan<char> s2, Span<(int Start, int Length)> t2, Span<char> chars, int third, double minimum)
    {
        // One merge of the two sorted lists marks the tokens found in both; then the intersection is written once, as
        // the start of both combinations, and each difference after it.
        var c12 = chars[..third];
        var c21 = chars.Slice(third, third);
        int i = 0, j = 0;
        while (i < t1.Length && j < t2.Length)
        {
            var cmp = Tokens.Text(s1, t1[i]).SequenceCompareTo(Tokens.Text(s2, t2[j]));
            if (cmp == 0)
            {
                Tokens.Mark(ref t1[i++]);
                Tokens.Mark(ref t2[j++]);
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

        var ls = Tokens.Join(s1, t1, marked: true, c12, 0);
        c12[..ls].CopyTo(c21);
        var l12 = Tokens.Join(s1, t1, marked: false, c12, ls);
        var l21 = Tokens.Join(s2, t2, marked: false, c21, ls);

        // The intersection is a prefix of both combinations, so its LCS with either is its own length.
        var best = Math.Max(ExactRatio(ls, ls, l12), ExactRatio(ls, ls, l21));
        var lengthBound = l12 + l21 == 0 ? 100 : 100.0 * 2 * Math.Min(l12, l21) / (l12 + l21);
        if (lengthBound + 0.5 >= Math.Max(minimum, best))
        {
            best = Math.Max(best, RatioInt(c12[..l12], c21[..l21]));
        }

        return best;
    }

    /// <summary>Rounded ratio from a known LCS, exactly as <see cref="RatioInt"/> computes it.</summary>
    internal static int ExactRatio(int lcs, int len1, int len2)
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
    /// <param name="setBound">An upper bound on token_set_ratio, known to the caller (100 when unknown).</param>
    internal static double WRatioWithBase(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int baseRatio, double cutoff = 0, int sharedBound = -1, double setBound = 100)
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

        // token_sort: the sorted strings hold the same characters, so 2·shared / (|a| + |b|) bounds it. token_set: its
        // two intersection ratios are exact arithmetic; the third is only computed when it can matter. Both share one
        // split and sort of each string, and the same scale, so only their maximum matters.
        var sortBound = sharedBound < 0 ? 100 : 100 * (2.0 * sharedBound / Math.Max(1, len1 + len2 - CountRuns(s1) - CountRuns(s2)));
        var floor = Math.Max(need, best);
        var parts = cutoff <= 0 ? TokenParts.Sort | TokenParts.Set
            : (Math.Min(100, sortBound + 0.5) * scale >= floor ? TokenParts.Sort : 0) | (Math.Min(100, setBound) * scale >= floor ? TokenParts.Set : 0);
        if (parts != 0)
        {
            best = Math.Max(best, TokenRatios(s1, s2, parts, floor / scale) * scale);
        }

        if (tryPartials)
        {
            // partial_ratio is rounded before it is scaled: a window half a point below can still round up to matter.
            var minimum = cutoff <= 0 ? -1 : (Math.Max(need, best) / partialScale) - 0.5 - 1e-9;
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
