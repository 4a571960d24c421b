namespace Scandal.Core.Text;

/// <summary>
/// Splits a quotation into words with their article spans. Punctuation is not a word: it is kept as the
/// <see cref="QuoteToken.After"/> of the word before it, so that "society — period" and "society—period" have the same
/// words and differ only in typography. An ellipsis ("…", "...") and a bracketed insertion ("[real]", "[sic]") are
/// <see cref="QuoteTokenKind.Signal"/> tokens: an editor's signalled change. A censored word (<c>f***ing</c>, <c>s---</c>)
/// is one word; so is a number printed with a thousands separator or a decimal point (<c>2,300</c>, <c>£3.4m</c> gives
/// <c>3.4m</c>).
/// </summary>
internal static class WordTokenizer
{
    /// <summary>The words of a quotation printed in <paramref name="pieces"/> (one, or several for a split quote) at
    /// <paramref name="spans"/> of the article.</summary>
    public static List<QuoteToken> Tokenize(IReadOnlyList<string> pieces, IReadOnlyList<TextSpan> spans)
    {
        // About one word per six characters: a long quotation's list is then allocated about once, not doubled a dozen
        // times (past 85 KB each copy is a large object).
        var characters = 0;
        foreach (var piece in pieces)
        {
            characters += piece.Length;
        }

        var tokens = new List<QuoteToken>(characters / 6 + 4);
        for (var p = 0; p < pieces.Count; p++)
        {
            if (tokens.Count > 0)
            {
                var last = tokens[^1];
                var after = last.After.EndsWith(' ') ? last.After : Join(last.After, " "); // pieces are joined by one space
                tokens[^1] = last with { After = after, EndsPiece = true, EndsSentence = last.EndsSentence || StartsSentence(pieces[p]) };
            }

            Tokenize(pieces[p], spans[p].Start, tokens);
        }

        if (tokens.Count > 0 && !tokens[^1].After.EndsWith(' '))
        {
            tokens[^1] = tokens[^1] with { After = Join(tokens[^1].After, " ") }; // the end of a quotation is a word boundary
        }

        return tokens;
    }

    /// <summary>
    /// Whether a piece of a split quotation opens a sentence: it starts with a capital letter that is not the pronoun
    /// <c>I</c> (capitalised anywhere). <c>"A," he said. "B."</c> prints a sentence end of the statement as a comma before
    /// the attribution; <c>"A," he said, "b."</c> goes on with the same sentence.
    /// </summary>
    private static bool StartsSentence(string piece)
    {
        var i = 0;
        while (i < piece.Length && !char.IsLetterOrDigit(piece[i]))
        {
            i++;
        }

        if (i >= piece.Length || !char.IsUpper(piece[i]))
        {
            return false;
        }

        var pronounI = piece[i] == 'I' && (i + 1 == piece.Length || !char.IsLetter(piece[i + 1]));
        return !pronounI;
    }

    public static List<QuoteToken> Tokenize(string text, int offset = 0) => Tokenize(text, offset, new List<QuoteToken>());

    private static List<QuoteToken> Tokenize(string text, int offset, List<QuoteToken> tokens)
    {
        var first = tokens.Count;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var s = i;
                if (IsUnspaced(text, i))
                {
                    // Scripts written without spaces (Han, kana, Thai...): one word per character, with its marks.
                    i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    while (i < text.Length && IsMark(text[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    while (i < text.Length && !IsUnspaced(text, i) && (IsWordChar(text[i]) || (IsInner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && !IsUnspaced(text, i + 1)) || IsNumberSeparator(text, i)))
                    {
                        i++;
                    }
                }

                i = CensoredEnd(text, s, i);
                var printed = i - s == 1 ? OneChar(c) : text[s..i];
                tokens.Add(new QuoteToken(printed, i - s == 1 ? OneChar(NormalizeChar(c)) : Normalize(printed), new TextSpan(offset + s, offset + i), QuoteTokenKind.Word, string.Empty, false));
                continue;
            }

            if (c == '&')
            {
                tokens.Add(new QuoteToken("&", "and", new TextSpan(offset + i, offset + i + 1), QuoteTokenKind.Word, string.Empty, false));
                i++;
                continue;
            }

            if (c == '…' || (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                var len = c == '…' ? 1 : 3;
                tokens.Add(new QuoteToken(text.Substring(i, len), "…", new TextSpan(offset + i, offset + i + len), QuoteTokenKind.Signal, string.Empty, false));
                i += len;
                continue;
            }

            if (c == '[')
            {
                var close = text.IndexOf(']', i);
                if (close > i && close - i <= 40)
                {
                    var inner = text.Substring(i + 1, close - i - 1).Trim();
                    var norm = inner.Length == 0 || inner is "…" or "..." ? "…" : "[" + Normalize(inner) + "]";
                    tokens.Add(new QuoteToken(text.Substring(i, close - i + 1), norm, new TextSpan(offset + i, offset + close + 1), QuoteTokenKind.Signal, string.Empty, false));
                    i = close + 1;
                    continue;
                }
            }

            // Punctuation and spaces: attach to the previous token of this piece.
            var start = i;
            while (i < text.Length && !IsWordChar(text[i]) && text[i] is not '&' and not '…' and not '[' && !(text[i] == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                i++;
            }

            if (i == start)
            {
                i++;
            }

            if (tokens.Count > first)
            {
                var prev = tokens[^1];
                var after = Join(prev.After, text.AsSpan(start, i - start));
                tokens[^1] = prev with { After = after, EndsSentence = prev.EndsSentence || after.AsSpan().IndexOfAny(".!?") >= 0 };
            }
        }

        return tokens;
    }

    /// <summary>
    /// The punctuation between words most often printed: shared instances, since every word of every quotation carries
    /// one (a corpus of 100,000 articles has millions).
    /// </summary>
    private static readonly string[] CommonAfters = [" ", ", ", ". ", "? ", "! ", "; ", ": ", " — ", " – ", " - ", ",", ".", "—", "-", ".\" ", ",\" ", ".” ", ",” ", "’ ", "' "];

    /// <summary><paramref name="before"/> followed by <paramref name="more"/>, as a shared instance when it is a common one.</summary>
    private static string Join(string before, ReadOnlySpan<char> more)
    {
        var length = before.Length + more.Length;
        if (length <= 4)
        {
            Span<char> joined = stackalloc char[length];
            before.AsSpan().CopyTo(joined);
            more.CopyTo(joined[before.Length..]);
            foreach (var common in CommonAfters)
            {
                if (joined.SequenceEqual(common))
                {
                    return common;
                }
            }
        }

        return string.Concat(before, more);
    }

    /// <summary>
    /// One string per character for one-character words (every ideograph of a script without spaces is a word): shared,
    /// not one allocation per occurrence. Filled as met; a race writes an equal string.
    /// </summary>
    private static readonly string?[] OneChars = new string?[char.MaxValue + 1];

    private static string OneChar(char c) => OneChars[c] ??= c.ToString();

    /// <summary><see cref="Normalize"/> of one character.</summary>
    private static char NormalizeChar(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.IsUpper(c) ? char.ToLowerInvariant(c) : c,
    };

    /// <summary>Lower case, apostrophes made straight, hyphen-like characters made plain hyphens.</summary>
    public static string Normalize(string word)
    {
        var clean = true;
        foreach (var c in word)
        {
            if (char.IsUpper(c) || c is '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2010' or '\u2011')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return word; // already normal: share the string
        }

        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            chars[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// The end of a word printed censored, which stays one token: letters and asterisks (<c>f***ing</c>, <c>f**k</c>), or
    /// one letter and a dash run (<c>s---</c>, <c>f—</c>) before a space or punctuation, or one letter, two hyphens or more
    /// and letters (<c>f---ing</c>). Otherwise <paramref name="end"/>.
    /// </summary>
    private static int CensoredEnd(string text, int start, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == '*')
        {
            while (i < text.Length && text[i] == '*')
            {
                i++;
            }

            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }

        if (i > end || end - start != 1 || !char.IsLetter(text[start]) || text[start] is 'I' or 'a' or 'A')
        {
            return i;
        }

        var dashes = i;
        while (dashes < text.Length && (text[dashes] is '—' or '–' || (text[dashes] == '-' && dashes + 1 < text.Length && text[dashes + 1] == '-') || (text[dashes] == '-' && dashes > i)))
        {
            dashes++;
        }

        if (dashes > i + 1 && text[i] == '-' && dashes < text.Length && char.IsLetter(text[dashes]))
        {
            // "f---ing": hyphens inside the word.
            while (dashes < text.Length && char.IsLetter(text[dashes]))
            {
                dashes++;
            }

            return dashes;
        }

        return dashes > i && (dashes == text.Length || !char.IsLetterOrDigit(text[dashes])) ? dashes : i;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// Whether the character at <paramref name="i"/> belongs to a script written without spaces between words: Han
    /// (with the extension planes), Hiragana, Katakana (full and half width), Thai, Lao, Khmer, Myanmar. Such text is
    /// segmented per character, so that two renderings of one statement align word for word (a dictionary segmenter
    /// would do better on meaning, but characters are enough to find the changed ones).
    /// </summary>
    internal static bool IsUnspaced(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return c is >= '\uD840' and <= '\uD88F'; // planes 2 and 3: CJK Unified Ideographs Extensions B–H
        }

        return c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F') or '\u3005' or '\u3006'
            or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1780' and <= '\u17FF') or (>= '\u1000' and <= '\u109F');
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// A thousands separator or decimal point inside a number (<c>2,300</c>, <c>3.4</c>, <c>1,000,000</c>): a comma or
    /// full stop with a digit on both sides. The number stays one word, as printed, so that a changed figure is one
    /// changed word and the consensus keeps it whole.
    /// </summary>
    private static bool IsNumberSeparator(string text, int i) =>
        text[i] is ',' or '.' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static bool IsInner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
