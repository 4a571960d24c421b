namespace Scandal.Core.Extraction;

/// <summary>The quotation-mark characters of the languages we read, and how each may be used.</summary>
internal static class QuoteMarks
{
    /// <summary>Double (primary) marks: “ ” " „ « » 「 」 『 』 ‟ ″.</summary>
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\uFF02';

    /// <summary>Single (secondary) marks: ‘ ’ ' ‚ ‹ ›.</summary>
    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';

    public static bool IsMark(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>Whether <paramref name="close"/> can close a quotation opened with <paramref name="open"/>.</summary>
    public static bool Closes(char open, char close) => open switch
    {
        '\u201C' => close is '\u201D' or '"' or '\uFF02' or '\u201C',
        '"' or '\uFF02' => close is '"' or '\u201D' or '\uFF02' or '\u201C',
        '\u201E' => close is '\u201C' or '\u201D' or '"',
        '\u201F' => close is '\u201D' or '"',
        '\u00AB' => close is '\u00BB',
        '\u00BB' => close is '\u00AB' or '\u00BB',
        '\u300C' => close is '\u300D',
        '\u300E' => close is '\u300F',
        '\u201D' => close is '\u201D',
        '\u2018' => close is '\u2019' or '\'',
        '\'' => close is '\'' or '\u2019',
        '\u201A' => close is '\u2018' or '\u2019',
        '\u2039' => close is '\u203A',
        '\u203A' => close is '\u2039' or '\u203A',
        _ => false,
    };

    /// <summary>Marks that only ever open.</summary>
    public static bool OnlyOpens(char c) => c is '\u201E' or '\u201F' or '\u00AB' or '\u300C' or '\u300E' or '\u2018' or '\u201A' or '\u2039';

    /// <summary>Marks that only ever close (in the scripts we read; ” opens in Swedish and is handled by position).</summary>
    public static bool OnlyCloses(char c) => c is '\u300D' or '\u300F' or '\u203A';

    /// <summary>Word characters for the purpose of telling an apostrophe from a quotation mark.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Characters after which a quotation may open: start, space, dash, bracket, or another mark.</summary>
    public static bool OpensAfter(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '…' || IsMark(c);

    /// <summary>Characters before which a quotation may close: end, space, punctuation, or another mark.</summary>
    public static bool ClosesBefore(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || IsMark(c);
}
