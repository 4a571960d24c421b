using System.Text;

namespace Scandal.Core.Matching;

/// <summary>Applies a <see cref="Preprocess"/> mode into a caller's buffer (same length or shorter: no allocation).</summary>
internal static class Preprocessing
{
    /// <summary>Writes the processed <paramref name="text"/> into <paramref name="into"/> (at least as long); returns its length.</summary>
    public static int Apply(Preprocess mode, ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (mode == Preprocess.AsciiAlphanumeric)
            {
                into[length++] = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' ? c : c is >= 'A' and <= 'Z' ? (char)(c + 32) : ' ';
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A letter beyond the BMP stays as it is (its lower case has the same length in UTF-16 for every
                // cased script there); anything else becomes one space per code unit.
                var keep = Rune.IsLetterOrDigit(new Rune(c, text[i + 1]));
                into[length++] = keep ? c : ' ';
                into[length++] = keep ? text[++i] : ' ';
            }
            else
            {
                into[length++] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            }
        }

        var trimmed = into[..length];
        var start = trimmed.Length - trimmed.TrimStart().Length;
        var kept = trimmed.Trim();
        if (start > 0)
        {
            kept.CopyTo(into);
        }

        return kept.Length;
    }

    /// <summary>The processed string (allocates; used once per query).</summary>
    public static string ToString(Preprocess mode, string text)
    {
        if (mode == Preprocess.None)
        {
            return text;
        }

        var buffer = new char[text.Length];
        var length = Apply(mode, text, buffer);
        return new string(buffer, 0, length);
    }
}
