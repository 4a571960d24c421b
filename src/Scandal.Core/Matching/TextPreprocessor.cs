using System.Globalization;
using System.Text;

namespace Scandal.Core.Matching;

/// <summary>
/// The one explicit preprocessor used before fuzzy scoring: lower-cases, folds typographic variants
/// (curly quotes and apostrophes, dashes, "&amp;") and collapses punctuation and white space to single spaces,
/// keeping letters and digits of every script (unlike FuzzySharp's default, which erases non-ASCII text).
/// </summary>
internal static class TextPreprocessor
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                AppendWord(sb, "and", ref pendingSpace);
                continue;
            }

            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (IsApostrophe(c) && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                sb.Append('\'');
                continue;
            }

            pendingSpace = true;
        }

        return sb.ToString();
    }

    private static void AppendWord(StringBuilder sb, string word, ref bool pendingSpace)
    {
        if (sb.Length > 0)
        {
            sb.Append(' ');
        }

        sb.Append(word);
        pendingSpace = true;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';
}
