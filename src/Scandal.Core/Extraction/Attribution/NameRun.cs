namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// A person's or organisation's name as printed in a cue: the run of capitalised words ending at a token, with the
/// honorifics and titles before it (<c>Dr. Ann Kowal</c>, <c>Mr. Weaver</c>, <c>German Chancellor Olaf Scholz</c>) read
/// but left out of the name. Nationalities and countries alone are no name.
/// </summary>
/// <param name="First">Index of the first token of the run, titles included.</param>
/// <param name="Name">The name words joined by one space ("Ann Kowal").</param>
/// <param name="NameStart">Index in the text of the first name word.</param>
/// <param name="Honorific">Whether an abbreviated honorific ("Mr.", "Dr.") precedes the name.</param>
internal readonly record struct NameRun(int First, string Name, int NameStart, bool Honorific)
{
    private const int MaxWords = 6;

    /// <summary>Whether a person's name (a cue and two name words, see <see cref="EntityIndex.IsPersonBeforeOf"/>) ends at token <paramref name="end"/>.</summary>
    private static bool PersonEndsAt(string text, List<Token> tokens, int lo, int end)
    {
        var start = end;
        while (start - 1 >= lo && EntityIndex.IsNameToken(text, tokens[start - 1]) && tokens[start - 1].End + 1 == tokens[start].Start)
        {
            start--;
        }

        return EntityIndex.IsPersonBeforeOf(text, tokens, start, end + 1) || EntityIndex.IsBarePersonBeforeOf(text, tokens, start, end + 1);
    }

    /// <summary>A name whose last word heads an organisation ("… Networks", "… Council", "… Group").</summary>
    internal static bool IsOrganisationLike(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return EntityIndex.IsOrganisationName(name) || CueLexicon.PlaceOrOrganisationHeads.Contains(last)
            || (last.Length > 4 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>The name ending at token <paramref name="last"/>, not reaching before token <paramref name="lo"/>.</summary>
    public static NameRun? Backward(string text, List<Token> tokens, int lo, int last)
    {
        if (last - 1 >= lo && tokens[last].IsWord && CueLexicon.PostNominals.Contains(CuePatterns.Word(text, tokens[last])) && EntityIndex.IsNameToken(text, tokens[last - 1])
            && WordScanner.IsNameGap(text, tokens[last - 1].End, tokens[last].Start))
        {
            last--; // "Nicola Frayne KC": the honour is read with the name, not as part of it
        }

        if (last < lo || !EntityIndex.IsNameToken(text, tokens[last]))
        {
            return null;
        }

        var first = last;
        var honorific = false;
        while (last - first < MaxWords)
        {
            var prev = first - 1;
            if (prev >= lo && EntityIndex.IsNameToken(text, tokens[prev]) && (tokens[prev].End + 1 == tokens[first].Start || WordScanner.IsNameGap(text, tokens[prev].End, tokens[first].Start)))
            {
                first = prev;
                continue;
            }

            // "Ministry of Health", "Marieke de Wit": a particle between two name words.
            // "Rep. Dana Calloway of Arizona said": the person named before "of <Place>" is the name.
            if (prev - 1 >= lo && tokens[prev].IsWord && CuePatterns.Word(text, tokens[prev]) == "of" && EntityIndex.IsNameToken(text, tokens[prev - 1])
                && tokens[prev].End + 1 == tokens[first].Start
                && PersonEndsAt(text, tokens, lo, prev - 1))
            {
                last = prev - 1;
                first = last;
                continue;
            }

            if (prev - 1 >= lo && tokens[prev].IsWord && CueLexicon.NameParticles.Contains(CuePatterns.Word(text, tokens[prev]))
                && CueLexicon.ParticleJoins(CuePatterns.Word(text, tokens[prev]), CuePatterns.Word(text, tokens[prev - 1]))
                && EntityIndex.IsNameToken(text, tokens[prev - 1]) && tokens[prev].End + 1 == tokens[first].Start)
            {
                first = prev - 1;
                continue;
            }

            // "Dr. Ann", "J. K." — an abbreviated title or an initial before the name.
            if (prev - 1 >= lo && !tokens[prev].IsWord && text[tokens[prev].Start] == '.' && tokens[prev - 1].IsWord
                && Sentences.IsAbbreviation(text, tokens[prev].Start) && char.IsUpper(text[tokens[prev - 1].Start]))
            {
                honorific |= tokens[prev - 1].Length > 1;
                first = prev - 1;
                continue;
            }

            break;
        }

        var nameFirst = first;
        while (nameFirst <= last && (!tokens[nameFirst].IsWord || !EntityIndex.IsNameToken(text, tokens[nameFirst])
               || EntityIndex.IsLeadingNonName(CuePatterns.Word(text, tokens[nameFirst]))
               || CueLexicon.Honorifics.Contains(CuePatterns.Word(text, tokens[nameFirst]))))
        {
            nameFirst++;
        }

        for (var t = last - 1; t > nameFirst; t--)
        {
            if (tokens[t].IsWord && EntityIndex.IsTitleWord(CuePatterns.Word(text, tokens[t])))
            {
                nameFirst = t + 1; // "Pinecrest Mayor Joel Anand"
                break;
            }
        }

        if (nameFirst > last)
        {
            return null;
        }

        var words = new List<string>(last - nameFirst + 1);
        for (var k = nameFirst; k <= last; k++)
        {
            if (tokens[k].IsWord && (EntityIndex.IsNameToken(text, tokens[k]) || (k > nameFirst && CueLexicon.NameParticles.Contains(CuePatterns.Word(text, tokens[k])))))
            {
                words.Add(CuePatterns.Word(text, tokens[k]) + (k < last && tokens[k + 1].Start == tokens[k].End + 2 && WordScanner.IsApostrophe(text[tokens[k].End]) ? "'" : string.Empty));
            }
        }

        var name = string.Join(' ', words);
        var nameStart = tokens[nameFirst].Start;

        // "UK Power Networks", "NHS Digital Services": an acronym in capitals opens an organisation's name.
        if (nameFirst == first && first - 1 >= lo && CuePatterns.IsAcronym(text, tokens[first - 1]) && tokens[first - 1].End + 1 == tokens[first].Start
            && words.Count > 1 && IsOrganisationLike(name))
        {
            first--;
            nameStart = tokens[first].Start;
            name = CuePatterns.Word(text, tokens[first]) + " " + name;
        }

        return EntityIndex.IsPlace(name) ? null : new NameRun(first, name, nameStart, honorific);
    }
}
