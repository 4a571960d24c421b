using FuzzySharp;
using FuzzySharp.PreProcess;

namespace Scandal.Core.Matching;

/// <summary>
/// The reference implementation of the scorer seam: FuzzySharp 2.0.2, always called with
/// <see cref="PreprocessMode.None"/> so that it compares exactly what it is given.
/// </summary>
internal sealed class FuzzySharpScorer : IFuzzyScorer
{
    public static readonly FuzzySharpScorer Instance = new();

    public double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Fuzz.Ratio(s1.ToString(), s2.ToString(), PreprocessMode.None);

    public double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Fuzz.PartialRatio(s1.ToString(), s2.ToString(), PreprocessMode.None);

    public double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Fuzz.TokenSetRatio(s1.ToString(), s2.ToString(), PreprocessMode.None);

    public double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Fuzz.TokenSortRatio(s1.ToString(), s2.ToString(), PreprocessMode.None);

    public double WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Fuzz.WeightedRatio(s1.ToString(), s2.ToString(), PreprocessMode.None);
}
