using Scandal.Core.Text;

namespace Scandal.Core.Discrepancies;

/// <summary>The one place the typo rule is stated.</summary>
internal static class TypoRule
{
    /// <summary>
    /// A misspelling: two different words, at least one of them not an English word (<see cref="EnglishWords"/>), neither
    /// a number, close in spelling (same first letter or the first two swapped; one edit, two from six letters, an
    /// adjacent swap counting one; or from eight letters 80% of letters shared). A real word for a real word
    /// (<c>form</c> for <c>from</c>) is a substitution; a changed number is never a typo.
    /// </summary>
    public static bool IsTypo(string expected, string actual)
    {
        if (expected.Length < 3 || actual.Length < 3 || string.Equals(expected, actual, StringComparison.Ordinal)
            || MeaningWords.IsNumber(expected) || MeaningWords.IsNumber(actual))
        {
            return false;
        }

        if (expected[0] != actual[0] && !(expected.Length == actual.Length && expected[0] == actual[1] && expected[1] == actual[0]))
        {
            return false;
        }

        var max = Math.Min(expected.Length, actual.Length) >= 6 ? 2 : 1;
        var close = WordSimilarity.Distance(expected, actual, max) <= max || (expected.Length >= 8 && WordSimilarity.Ratio(expected, actual) >= 0.8);
        return close && !(EnglishWords.Contains(expected) && EnglishWords.Contains(actual));
    }
}
