using System.Buffers;
using System.Runtime.CompilerServices;

// Overloads by string type (string and span) each with the same optional parameters: the shape FuzzySharp and
// RapidFuzz users expect. RS0026 guards against adding optional parameters to shipped overloads; this is the first release.
#pragma warning disable RS0026

namespace Scandal.Core.Matching;

/// <summary>
/// Fuzzy string scorers with RapidFuzz's definitions (the scorers FuzzySharp and thefuzz users know), computed with a
/// bit-parallel longest common subsequence.
/// <para>
/// Scores are in [0, 100] and <b>unrounded</b>: <c>Math.Round(score)</c> (banker's rounding, as FuzzySharp uses) gives
/// FuzzySharp's integer wherever the two define the score the same way (see the README's migration table).
/// A score below <c>scoreCutoff</c> is returned as 0; a cutoff above 100 always gives 0.
/// A <see langword="null"/> string scores 0.
/// </para>
/// <para>
/// Strings are compared by UTF-16 code units, ordinally and without culture. The <c>processor</c> is applied to both
/// strings first (default: none). Every method is thread-safe and allocates nothing for strings up to about a thousand
/// characters (stack buffers; pooled arrays beyond).
/// </para>
/// </summary>
public static class Fuzz
{
    private const int StackChars = 512;

    /// <summary>Normalised Indel similarity: 100 × 2·LCS / (|s1| + |s2|); 100 when both are empty.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="processor">How both strings are prepared first.</param>
    /// <param name="scoreCutoff">Scores below it are returned as 0.</param>
    /// <returns>The score in [0, 100], unrounded.</returns>
    public static double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.Ratio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double Ratio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.Ratio, s1, s2, processor, scoreCutoff);

    /// <summary>
    /// The best <see cref="Ratio(string, string, Preprocess, double)"/> of the shorter string against every window of the
    /// longer: windows of the shorter's length, and shorter windows at the start and at the end of the longer. When both
    /// have the same length, windows of either in the other. 100 when both are empty, 0 when one is. This is the exact
    /// optimum (RapidFuzz's definition); FuzzySharp only tries windows at its matching blocks and can score lower.
    /// </summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.PartialRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="PartialRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.PartialRatio, s1, s2, processor, scoreCutoff);

    /// <summary>
    /// <see cref="Ratio(string, string, Preprocess, double)"/> of the white-space-separated words of each string sorted
    /// ordinally and joined by single spaces.
    /// </summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.TokenSortRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="TokenSortRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double TokenSortRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.TokenSortRatio, s1, s2, processor, scoreCutoff);

    /// <summary>
    /// Compares the sets of distinct words: 0 when either string has no word; 100 when they share a word and the words
    /// of one are all in the other; otherwise the best of the ratios of the sorted intersection against the
    /// intersection followed by each string's other words, and of those two combinations against each other.
    /// </summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.TokenSetRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="TokenSetRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double TokenSetRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.TokenSetRatio, s1, s2, processor, scoreCutoff);

    /// <summary><see cref="PartialRatio(string, string, Preprocess, double)"/> of the sorted words of each string.</summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialTokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.PartialTokenSortRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="PartialTokenSortRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialTokenSortRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.PartialTokenSortRatio, s1, s2, processor, scoreCutoff);

    /// <summary>
    /// 0 when either string has no word; 100 when they share any word; otherwise
    /// <see cref="PartialRatio(string, string, Preprocess, double)"/> of the words only each has, sorted.
    /// </summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialTokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.PartialTokenSetRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="PartialTokenSetRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double PartialTokenSetRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.PartialTokenSetRatio, s1, s2, processor, scoreCutoff);

    /// <summary>
    /// The weighted ratio: 0 when either string is empty; else the best of <c>Ratio</c> and, for strings whose lengths
    /// differ by less than 1.5:1, <c>TokenSortRatio</c> and <c>TokenSetRatio</c> × 0.95; otherwise <c>PartialRatio</c>
    /// × 0.9 (× 0.6 past 8:1) and the partial token ratios × 0.95 × the same scale.
    /// </summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.WRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="WRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double WRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.WRatio, s1, s2, processor, scoreCutoff);

    /// <summary><see cref="Ratio(string, string, Preprocess, double)"/>, but 0 when either string is empty (after processing).</summary>
    /// <inheritdoc cref="Ratio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double QRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        Score(Scorer.QRatio, s1, s2, processor, scoreCutoff);

    /// <inheritdoc cref="QRatio(ReadOnlySpan{char}, ReadOnlySpan{char}, Preprocess, double)"/>
    public static double QRatio(string? s1, string? s2, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        s1 is null || s2 is null ? 0 : Score(Scorer.QRatio, s1, s2, processor, scoreCutoff);

    /// <summary>Processes both strings into stack or pooled buffers, then scores them.</summary>
    [SkipLocalsInit]
    internal static double Score(Scorer scorer, ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, Preprocess processor, double cutoff)
    {
        if (processor == Preprocess.None)
        {
            return Raw(scorer, s1, s2, cutoff);
        }

        char[]? rented1 = null;
        char[]? rented2 = null;
        var b1 = s1.Length <= StackChars ? stackalloc char[StackChars] : (rented1 = ArrayPool<char>.Shared.Rent(s1.Length));
        var b2 = s2.Length <= StackChars ? stackalloc char[StackChars] : (rented2 = ArrayPool<char>.Shared.Rent(s2.Length));
        try
        {
            var l1 = Preprocessing.Apply(processor, s1, b1);
            var l2 = Preprocessing.Apply(processor, s2, b2);
            return Raw(scorer, b1[..l1], b2[..l2], cutoff);
        }
        finally
        {
            if (rented1 is not null)
            {
                ArrayPool<char>.Shared.Return(rented1);
            }

            if (rented2 is not null)
            {
                ArrayPool<char>.Shared.Return(rented2);
            }
        }
    }

    /// <summary>Scores strings already processed.</summary>
    internal static double Raw(Scorer scorer, ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double cutoff) => scorer switch
    {
        Scorer.Ratio => ExactScorers.Ratio(s1, s2, cutoff),
        Scorer.PartialRatio => ExactScorers.PartialRatio(s1, s2, cutoff),
        Scorer.TokenSortRatio => ExactScorers.TokenSortRatio(s1, s2, cutoff),
        Scorer.TokenSetRatio => ExactScorers.TokenSetRatio(s1, s2, cutoff),
        Scorer.PartialTokenSortRatio => ExactScorers.PartialTokenSortRatio(s1, s2, cutoff),
        Scorer.PartialTokenSetRatio => ExactScorers.PartialTokenSetRatio(s1, s2, cutoff),
        Scorer.WRatio => ExactScorers.WRatio(s1, s2, cutoff),
        Scorer.QRatio => ExactScorers.QRatio(s1, s2, cutoff),
        _ => throw new ArgumentOutOfRangeException(nameof(scorer), scorer, "Unknown scorer."),
    };
}
