namespace Scandal.Core.Matching;

/// <summary>
/// The scorer seam: every fuzzy comparison in the pipeline goes through this interface, so the implementation
/// (our own bit-parallel core; FuzzySharp is the reference in the tests) can be swapped and compared.
/// Inputs are compared exactly as given: callers preprocess before calling.
/// Scores are in [0, 100].
/// </summary>
internal interface IFuzzyScorer
{
    /// <summary>Normalized Indel similarity (FuzzySharp/RapidFuzz <c>ratio</c>).</summary>
    double Ratio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);

    /// <summary>Best <see cref="Ratio"/> of the shorter string against any same-length window of the longer.</summary>
    double PartialRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);

    /// <summary>Ratio on the sorted intersection and differences of the word sets.</summary>
    double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);

    /// <summary>Ratio on the words sorted alphabetically.</summary>
    double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);

    /// <summary>Weighted combination of the other scorers (FuzzySharp/RapidFuzz <c>WRatio</c>).</summary>
    double WRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);
}
