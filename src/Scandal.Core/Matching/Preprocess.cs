namespace Scandal.Core.Matching;

/// <summary>
/// How <see cref="Fuzz"/>, <see cref="CachedScorer"/> and <see cref="Process"/> prepare both strings before scoring.
/// </summary>
public enum Preprocess
{
    /// <summary>Compare the strings exactly as given (RapidFuzz's default; FuzzySharp's <c>PreprocessMode.None</c>).</summary>
    None = 0,

    /// <summary>
    /// FuzzySharp's default (<c>PreprocessMode.Full</c>): every character outside <c>[a-zA-Z0-9 ]</c> becomes a space,
    /// ASCII letters are lower-cased, and leading and trailing spaces are trimmed. Accented and non-Latin letters are
    /// erased; use <see cref="UnicodeAlphanumeric"/> for text in any language.
    /// </summary>
    AsciiAlphanumeric = 1,

    /// <summary>
    /// RapidFuzz's <c>utils.default_process</c>: every character that is not a letter or digit of any script becomes a
    /// space, letters are lower-cased (invariant culture), and leading and trailing white space is trimmed.
    /// </summary>
    UnicodeAlphanumeric = 2,
}
