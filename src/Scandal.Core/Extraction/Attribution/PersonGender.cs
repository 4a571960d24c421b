namespace Scandal.Core.Extraction.Attribution;

/// <summary>The grammatical gender an article uses of a person, for matching <c>he</c>/<c>she</c> to a name.</summary>
internal enum Gender
{
    /// <summary>Not known, or used both ways.</summary>
    Unknown,

    /// <summary>Referred to with he/his/him or a male honorific (Mr).</summary>
    Male,

    /// <summary>Referred to with she/her or a female honorific (Ms, Mrs).</summary>
    Female,
}

/// <summary>
/// Gender agreement for pronouns: the honorific printed before a name (<c>Mr</c>, <c>Ms</c>, <c>Mrs</c>) and the
/// pronouns the article uses of a person in the rest of the sentence that names them ("Ruth Becker ... her herd").
/// Languages whose third-person pronoun does not mark gender (German <c>sie</c>, Dutch <c>zij</c>) give no evidence.
/// </summary>
internal static class PersonGender
{
    private static readonly HashSet<string> MaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "il", "él", "lui", "ele", "er", "hij",
    };

    private static readonly HashSet<string> FemaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "she", "her", "hers", "herself", "elle", "ella", "lei", "ela",
    };

    // "him", "her", French "lui": an object pronoun after a name usually names someone else ("Okafor calls him ...").
    private static readonly HashSet<string> NotEvidence = new(StringComparer.OrdinalIgnoreCase) { "him", "her", "lui", "lei" };

    private static readonly HashSet<string> MaleHonorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "monsieur", "m", "herr", "sr", "señor", "signor", "sir", "lord", "king", "prince", "duke", "earl", "baron",
    };

    private static readonly HashSet<string> FemaleHonorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "ms", "mrs", "miss", "mme", "mlle", "madame", "frau", "sra", "srta", "señora", "signora", "dame", "lady", "queen",
        "princess", "duchess", "countess", "baroness",
    };

    /// <summary>
    /// The gender a role noun marks ("spokeswoman", "chairman", "mother"), or <see cref="Gender.Unknown"/> ("aide",
    /// "spokesperson", "official").
    /// </summary>
    public static Gender OfRoleNoun(string word)
    {
        if (FemaleNouns.Contains(word) || word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || word.EndsWith("women", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Female;
        }

        return MaleNouns.Contains(word) || word.EndsWith("man", StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
            ? Gender.Male
            : Gender.Unknown;
    }

    private static readonly HashSet<string> FemaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "mother", "wife", "sister", "daughter", "girl", "grandmother", "aunt", "niece", "actress", "girlfriend", "widow",
    };

    private static readonly HashSet<string> MaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "father", "husband", "brother", "son", "boy", "grandfather", "uncle", "nephew", "actor", "boyfriend", "widower",
    };

    /// <summary>The gender a pronoun or possessive marks, or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfPronoun(string word) =>
        MaleWords.Contains(word) ? Gender.Male : FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;

    /// <summary>The gender an honorific marks ("Mr" → male), or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfHonorific(string word) =>
        MaleHonorifics.Contains(word) ? Gender.Male : FemaleHonorifics.Contains(word) ? Gender.Female : Gender.Unknown;

    /// <summary>The gender of the honorific printed right before a name ("Mr Kessler"), or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfHonorificBefore(string text, int start) => OfHonorific(WordBefore(text, start));

    /// <summary>
    /// Evidence for the person named at <c>[start, start + length)</c>: the honorific just before the name, else the first
    /// gendered subject or possessive pronoun after it in the same sentence or the next one and before <paramref name="stop"/>
    /// (the next name), outside quotes; a pronoun right after a speech verb ("Penfold says she…") is no evidence.
    /// </summary>
    public static Gender Evidence(string text, bool[] inQuote, int start, int length, int stop)
    {
        var honorific = WordBefore(text, start);
        var g = OfHonorific(honorific);
        if (g != Gender.Unknown)
        {
            return g;
        }

        var end = Math.Min(stop, text.Length);
        var previousWord = string.Empty;
        var crossed = false;
        for (var i = start + length; i < end;)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && (i >= inQuote.Length || !inQuote[i]) && !crossed)
            {
                crossed = true; // the sentence after, up to the next name: "Evelyn Marsh-Okoro … listened. On the day she retired"
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '\n' or ';')
            {
                return Gender.Unknown;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var w = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (w < inQuote.Length && inQuote[w])
            {
                previousWord = string.Empty;
                continue;
            }

            var word = text[w..i];
            // "Penfold says she never mentioned it": the subject of reported words may be anyone.
            g = NotEvidence.Contains(word) || CuePatterns.IsSpeechVerb(previousWord) ? Gender.Unknown : OfPronoun(word);
            if (g != Gender.Unknown)
            {
                return g;
            }

            previousWord = word;
        }

        return Gender.Unknown;
    }

    private static string WordBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i >= 0 && text[i] == '.')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return end - (i + 1) is > 0 and <= 9 ? text[(i + 1)..end] : string.Empty;
    }
}
