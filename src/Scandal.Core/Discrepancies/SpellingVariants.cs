namespace Scandal.Core.Discrepancies;

/// <summary>
/// British and American spellings of one word (<c>colour</c>/<c>color</c>, <c>apologise</c>/<c>apologize</c>,
/// <c>analyse</c>/<c>analyze</c>, <c>centre</c>/<c>center</c>, <c>travelled</c>/<c>traveled</c>, <c>whilst</c>/<c>while</c>):
/// style, not a change of wording. A word is brought to its American form by a short exception list, then by the rules
/// -our → -or, -ise → -ize, -yse → -yze, consonant + -re → -er (only when the British form is not itself an American word
/// and the American form is), and -ell-/-all- before an ending → -el-/-al- in words of two syllables or more.
/// </summary>
internal static class SpellingVariants
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["whilst"] = "while", ["amongst"] = "among", ["towards"] = "toward", ["programme"] = "program", ["programmes"] = "programs",
        ["grey"] = "gray", ["defence"] = "defense", ["offence"] = "offense", ["licence"] = "license", ["pretence"] = "pretense",
        ["practise"] = "practice", ["judgement"] = "judgment", ["acknowledgement"] = "acknowledgment", ["ageing"] = "aging",
        ["catalogue"] = "catalog", ["dialogue"] = "dialog", ["analogue"] = "analog", ["fulfil"] = "fulfill",
        ["fulfilment"] = "fulfillment", ["enrol"] = "enroll", ["enrolment"] = "enrollment", ["instalment"] = "installment",
        ["skilful"] = "skillful", ["wilful"] = "willful", ["jewellery"] = "jewelry", ["learnt"] = "learned", ["spelt"] = "spelled",
        ["burnt"] = "burned", ["dreamt"] = "dreamed", ["sceptical"] = "skeptical", ["sceptic"] = "skeptic", ["manoeuvre"] = "maneuver",
        ["tyre"] = "tire", ["tyres"] = "tires", ["kerb"] = "curb", ["cheque"] = "check", ["cheques"] = "checks",
        ["aluminium"] = "aluminum", ["mum"] = "mom", ["theatre"] = "theater", ["theatres"] = "theaters", ["plough"] = "plow",
        ["pyjamas"] = "pajamas", ["moustache"] = "mustache", ["draught"] = "draft", ["gaol"] = "jail", ["foetus"] = "fetus",
        ["paediatric"] = "pediatric", ["anaesthetic"] = "anesthetic", ["oestrogen"] = "estrogen", ["encyclopaedia"] = "encyclopedia",
        ["mould"] = "mold", ["smoulder"] = "smolder", ["marvellous"] = "marvelous", ["counsellor"] = "counselor",
        ["dialled"] = "dialed", ["fuelled"] = "fueled", ["travelled"] = "traveled", ["cancelled"] = "canceled",
    };

    /// <summary>The American spelling of a normalised word, or the word itself.</summary>
    public static string American(string word)
    {
        if (word.Length < 4 || !IsLower(word))
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var american))
        {
            return american;
        }

        return Our(word) ?? Ise(word) ?? Re(word) ?? DoubleL(word) ?? word;
    }

    /// <summary>Whether two normalised words are the same word in two spellings (and not the same string).</summary>
    public static bool AreVariants(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && string.Equals(American(a), American(b), StringComparison.Ordinal);

    private static string? Our(string w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourful", "ourless"])
        {
            if (w.Length - ending.Length >= 3 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                return Checked(w, string.Concat(w.AsSpan(0, w.Length - ending.Length), "o", ending.AsSpan(2)));
            }
        }

        return null;
    }

    private static string? Ise(string w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers", "yse", "ysed", "yses", "ysing"])
        {
            if (w.Length - ending.Length >= 2 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = w.AsSpan(0, w.Length - ending.Length);
                return Checked(w, string.Concat(stem, ending[0].ToString(), "z", ending.AsSpan(2)));
            }
        }

        return null;
    }

    private static string? Re(string w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["re", "res"])
        {
            var at = w.Length - ending.Length;
            if (at >= 3 && w.EndsWith(ending, StringComparison.Ordinal) && !IsVowel(w[at - 1]))
            {
                return Checked(w, string.Concat(w.AsSpan(0, at), "er", ending.AsSpan(2)));
            }
        }

        return null;
    }

    private static string? DoubleL(string w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ed", "ing", "er", "ers", "or", "ors"])
        {
            var at = w.Length - ending.Length - 3; // position of the vowel before "ll"
            if (at >= 1 && w.EndsWith(ending, StringComparison.Ordinal) && w[at + 1] == 'l' && w[at + 2] == 'l' && w[at] is 'e' or 'a' && Vowels(w.AsSpan(0, at + 1)) >= 2)
            {
                var single = string.Concat(w.AsSpan(0, at + 2), w.AsSpan(at + 3));
                return EnglishWords.Contains(single) ? single : null;
            }
        }

        return null;
    }

    private static string? Checked(string british, string american) =>
        !EnglishWords.Contains(british) && EnglishWords.Contains(american) ? american : null;

    private static int Vowels(ReadOnlySpan<char> s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (IsVowel(s[i]) && (i == 0 || !IsVowel(s[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsLower(string w)
    {
        foreach (var c in w)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
