namespace Scandal.Core.Extraction;

/// <summary>A token of the text around a quotation: a word (possessive <c>'s</c> cut off) or one punctuation character.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord, bool Capitalized)
{
    public int Length => End - Start;
}

/// <summary>Splits a stretch of text into words and punctuation, with positions. Linear, no allocation beyond the list.</summary>
internal static class WordScanner
{
    public static List<Token> Tokenize(string text, int start, int end, List<Token>? into = null)
    {
        var tokens = into ?? [];
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (QuoteMarks.IsWordChar(c) || char.IsSurrogate(c))
            {
                var s = i;
                while (i < end && (QuoteMarks.IsWordChar(text[i]) || char.IsSurrogate(text[i]) || (IsJoiner(text[i]) && i + 1 < end && QuoteMarks.IsWordChar(text[i + 1]) && i > s)))
                {
                    // Stop before a possessive 's / ’s so "Kim’s" yields "Kim".
                    if (IsApostrophe(text[i]) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !QuoteMarks.IsWordChar(text[i + 2])))
                    {
                        break;
                    }

                    i++;
                }

                var e = i;
                if (i < end && IsApostrophe(text[i]) && i + 1 < end && text[i + 1] is 's' or 'S')
                {
                    i += 2;
                }
                else if (IsPluralPossessive(text, e, end))
                {
                    i++; // "Coastal Nurses' Union": the apostrophe of a plural possessive inside a name
                }

                tokens.Add(new Token(s, e, true, IsCapitalized(text, s, e)));
                continue;
            }

            tokens.Add(new Token(i, i + 1, false, false));
            i++;
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// Whether two words stand next to each other in a name: one space between them, or the apostrophe of a plural
    /// possessive and a space ("Nurses' Union").
    /// </summary>
    public static bool IsNameGap(string text, int end, int start) =>
        (start == end + 1 && text[end] is ' ' or '\u00A0') || (start == end + 2 && IsPluralPossessive(text, end, text.Length) && text[end + 1] == ' ');

    /// <summary>An apostrophe at <paramref name="i"/> after an "s", followed by a space and a capital ("Supporters' Trust").</summary>
    private static bool IsPluralPossessive(string text, int i, int end) =>
        i > 0 && i + 2 < end && IsApostrophe(text[i]) && text[i - 1] is 's' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';

    /// <summary>An upper-case letter followed by at least one lower-case letter (not ALL CAPS, not a lone initial).</summary>
    private static bool IsCapitalized(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]) || end - start < 2)
        {
            return false;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
