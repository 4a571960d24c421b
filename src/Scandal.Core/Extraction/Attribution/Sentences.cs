namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// Where sentences end. A full stop ends a sentence unless it closes an honorific or an abbreviation
/// (<c>Mr.</c>, <c>Dr.</c>, <c>Sen.</c>, <c>Inc.</c>, <c>Nov.</c>) or a single initial (<c>J. K.</c>); any other
/// short capitalised word before a full stop (<c>… said Ann Lee.</c>) ends the sentence.
/// </summary>
internal static class Sentences
{
    /// <summary>Whether the character at <paramref name="i"/> is a full stop, ! or ? that ends a sentence.</summary>
    public static bool EndsAt(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '…')
        {
            return true;
        }

        return c == '.' && !IsAbbreviation(text, i);
    }

    /// <summary>A full stop after an honorific, a known abbreviation or a lone letter.</summary>
    public static bool IsAbbreviation(string text, int period)
    {
        if (text[period] != '.')
        {
            return false;
        }

        var i = period;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var length = period - i;
        if (length == 0)
        {
            return period > 0 && text[period - 1] == '.'; // an ellipsis written as dots is not an abbreviation
        }

        if (length == 1)
        {
            return char.IsUpper(text[i]) || (i > 0 && text[i - 1] == '.'); // "J. K. Rowling", "U.S.", "e.g."
        }

        return length <= 5 && CueLexicon.Honorifics.Contains(text.AsSpan(i, length).ToString());
    }

    /// <summary>Whether the word starting at <paramref name="wordStart"/> is preceded by an honorific ("Mr. Weaver").</summary>
    public static bool AfterHonorific(string text, int wordStart)
    {
        var i = wordStart - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i > 0 && text[i] == '.' && IsAbbreviation(text, i) && char.IsLetter(text[i - 1]);
    }
}
