namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// Noun phrases that speak without a name:
/// <code>
/// ROLE PREP OBJECT VERB      a source close to the actor said · a pal of the couple told us · a spokesperson for Lola said
///                            · a statement from the company said · sources familiar with the talks said
/// SUBJECT … : QUOTE          One islander, who did not give his name, put it this way: “…” · The trust has issued a statement: “…”
/// </code>
/// The phrase keeps its modifier ("a source close to the actor"); the object is kept apart, so that a spokesperson for an
/// organisation, or a statement from it, resolves to the organisation.
/// </summary>
internal static class NounPhrases
{
    private const int MaxObjectTokens = 6;

    /// <summary>Prepositions that attach a modifier to a role noun ("a spokesperson for", "a source in").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "from", "at", "with", "in", "inside", "within", "near", "behind",
        "de", "des", "du", "del", "della", "di", "do", "da", "van", "von", "bei",
    };

    /// <summary>Adjectives that take a preposition before the object ("close to", "familiar with").</summary>
    private static readonly HashSet<string> PrepositionalAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "close", "closest", "closer", "familiar", "near", "linked", "connected", "loyal", "cercana", "cercanas", "cercano",
        "cercanos", "proche", "proches", "vicino", "vicini", "próximo", "próximos", "próxima", "próximas",
    };

    /// <summary>Conjunctions and adverbs that may open a sentence before its subject ("But a spokesperson…", "As one agent…").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "as", "so", "yet", "still", "now", "then", "later", "meanwhile", "instead", "however",
    };

    /// <summary>
    /// ROLE PREP OBJECT VERB: the subject ends at <paramref name="last"/> in an object; before its preposition stands a
    /// role, issuer or statement noun phrase (<c>a source close to the actor</c>, <c>a statement from Acme</c>).
    /// </summary>
    public static CueMatch? Postmodified(string text, List<Token> tokens, int lo, int last, int cueEnd)
    {
        if (last < lo || !tokens[last].IsWord)
        {
            return null;
        }

        for (var p = last - 1; p > lo && last - p <= MaxObjectTokens; p--)
        {
            var t = tokens[p];
            if (!t.IsWord)
            {
                if (text[t.Start] == '.' && Sentences.IsAbbreviation(text, t.Start))
                {
                    continue;
                }

                return null;
            }

            var w = CuePatterns.Word(text, t);
            var head = -1;
            if (w is "to" or "with" or "a" && p - 1 > lo && tokens[p - 1].IsWord && PrepositionalAdjectives.Contains(CuePatterns.Word(text, tokens[p - 1])))
            {
                head = p - 2; // "a source close to the actor", "fuentes cercanas a Mendieta"
            }
            else if (Prepositions.Contains(w) && !IsNameParticle(text, tokens, p, lo))
            {
                head = p - 1;
            }

            if (head < lo || !tokens[head].IsWord || !IsObject(text, tokens, p + 1, last))
            {
                continue;
            }

            if (head - 1 >= lo && tokens[head - 1].IsWord && char.IsLower(text[tokens[head].Start]) && CuePatterns.NounKind(CuePatterns.Word(text, tokens[head])) is null
                && CuePatterns.NounKind(CuePatterns.Word(text, tokens[head - 1])) is not null && IsRomanceArticleBefore(text, tokens, lo, head - 1))
            {
                head--; // "l'agence régionale de santé", "la federación española de fútbol": an adjective after its noun
            }

            if (CuePatterns.NounVerb(text, tokens, lo, head, cueEnd) is not { } m || m.Kind == SubjectKind.Institution && char.IsUpper(text[NounStart(text, tokens[head])]))
            {
                continue;
            }

            if (m.Kind == SubjectKind.Role && m.SubjectStart == tokens[head].Start && TitleGluedToName(text, tokens, p + 1, last))
            {
                return null; // "Chair of the bench Margaret Ellery told him": a bare title before the name, which speaks
            }

            var ofStart = tokens[p + 1].Start;
            return m with
            {
                Subject = CuePatterns.Phrase(text, m.SubjectStart, tokens[last].End),
                Head = m.Subject,
                Of = text[ofStart..tokens[last].End].Replace('\n', ' '),
                End = cueEnd,
            };
        }

        return null;
    }

    /// <summary>
    /// SUBJECT … : QUOTE — a sentence that ends in a colon before a quotation and has no speech verb gives the quotation
    /// to its subject (<c>One islander, who did not give his name, put it this way:</c>, <c>Novaris released a
    /// statement through its trustee:</c>). <paramref name="tokens"/> holds the sentence, its colon last.
    /// </summary>
    public static CueMatch? ColonSubject(string text, List<Token> tokens)
    {
        var end = tokens.Count - 1;
        if (end < 2 || tokens[end].IsWord || text[tokens[end].Start] != ':')
        {
            return null;
        }

        var k = 0;
        while (k < end && (!tokens[k].IsWord ? text[tokens[k].Start] == ',' || QuoteMarks.IsMark(text[tokens[k].Start]) : Openers.Contains(CuePatterns.Word(text, tokens[k]))))
        {
            k++;
        }

        if (k >= end - 1 || !tokens[k].IsWord)
        {
            return null;
        }

        var cueEnd = tokens[end].End;
        var first = CuePatterns.Word(text, tokens[k]);
        if (Lexicon.PersonPronouns.Contains(first) || Lexicon.GroupPronouns.Contains(first))
        {
            return first.Length == 1 ? null : new CueMatch(
                CueRules.ColonSubject, Lexicon.PersonPronouns.Contains(first) ? SubjectKind.PersonPronoun : SubjectKind.GroupPronoun,
                first.ToLowerInvariant(), tokens[k].Start, tokens[k].Start, cueEnd);
        }

        // The longest noun phrase or name opening at k that is followed by a comma or a lower-case word (its verb).
        CueMatch? best = null;
        for (var e = k; e < end - 1 && e - k < 12; e++)
        {
            if (!tokens[e].IsWord)
            {
                if (text[tokens[e].Start] == '.' && Sentences.IsAbbreviation(text, tokens[e].Start))
                {
                    continue;
                }

                break;
            }

            var next = tokens[e + 1];
            if (next.IsWord ? !char.IsLower(text[next.Start]) || Prepositions.Contains(CuePatterns.Word(text, next)) || PrepositionalAdjectives.Contains(CuePatterns.Word(text, next)) && e + 2 < end && CuePatterns.Word(text, tokens[e + 2]) is "to" or "with"
                : text[next.Start] != ',')
            {
                continue;
            }

            var m = Postmodified(text, tokens, k, e, cueEnd) ?? (EntityIndex.IsNameToken(text, tokens[e]) ? null : CuePatterns.NounVerb(text, tokens, k, e, cueEnd));
            if (m is null && EntityIndex.IsNameToken(text, tokens[e]) && (e > k || (!CueLexicon.Determiners.Contains(first) && !CueLexicon.Indefinites.Contains(first)))
                && NameRun.Backward(text, tokens, k, e) is { } run && run.First == k)
            {
                m = new CueMatch(CueRules.ColonSubject, SubjectKind.Name, run.Name, run.NameStart, tokens[k].Start, cueEnd);
            }

            if (m is { } found && (found.Start == tokens[k].Start || found.SubjectStart == tokens[k].Start))
            {
                best = found with { Rule = CueRules.ColonSubject, Start = tokens[k].Start, End = cueEnd };
                var extends = next.IsWord && (CuePatterns.NounKind(CuePatterns.Word(text, next)) is not null || CuePatterns.IsPluralAfterName(text, tokens, k, e + 1));
                if (next.IsWord && !extends)
                {
                    break; // the verb: the subject ends here
                }
            }
            else if (m is null && best is not null && next.IsWord)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the object <c>[from, last]</c> ends in a person's name of two words or more right after a lower-case noun
    /// ("the bench Margaret Ellery", "public prosecutions Ann Lee"): the title that opens the phrase is the name's.
    /// </summary>
    private static bool TitleGluedToName(string text, List<Token> tokens, int from, int last)
    {
        if (!EntityIndex.IsNameToken(text, tokens[last]) || NameRun.Backward(text, tokens, from, last) is not { } run || run.First <= from
            || !run.Name.Contains(' ', StringComparison.Ordinal) || EntityIndex.IsOrganisationName(run.Name))
        {
            return false;
        }

        var before = tokens[run.First - 1];
        return before.IsWord && char.IsLower(text[before.Start]) && !CueLexicon.Determiners.Contains(CuePatterns.Word(text, before))
            && !Prepositions.Contains(CuePatterns.Word(text, before));
    }

    /// <summary>The words after a preposition form its object: a name, or a determiner and a noun, with no verb or punctuation.</summary>
    private static bool IsObject(string text, List<Token> tokens, int from, int last)
    {
        if (from > last)
        {
            return false;
        }

        var determiner = tokens[from].IsWord && CueLexicon.Determiners.Contains(CuePatterns.Word(text, tokens[from]));
        if (determiner && from == last)
        {
            return false;
        }

        for (var k = from; k <= last; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                if (text[t.Start] == '.' && Sentences.IsAbbreviation(text, t.Start))
                {
                    continue;
                }

                return false;
            }

            var w = CuePatterns.Word(text, t);
            if (CuePatterns.IsSpeechVerb(w) || Lexicon.PersonPronouns.Contains(w) || Lexicon.GroupPronouns.Contains(w)
                || (CueLexicon.ObjectMarkers.Contains(w) && !(k > from && CueLexicon.NameParticles.Contains(w))) || Lexicon.Fillers.Contains(w) && !CueLexicon.Determiners.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the noun of a word starts, after an elided article ("l'agence" → "agence").</summary>
    private static int NounStart(string text, Token t) =>
        t.Length > 3 && text[t.Start] is 'l' or 'L' && WordScanner.IsApostrophe(text[t.Start + 1]) ? t.Start + 2 : t.Start;

    /// <summary>A French, Spanish, Italian or Portuguese article at or before the noun at <paramref name="noun"/> ("la", "l'agence").</summary>
    private static bool IsRomanceArticleBefore(string text, List<Token> tokens, int lo, int noun)
    {
        var w = CuePatterns.Word(text, tokens[noun]);
        if (w.Length > 2 && w[0] is 'l' or 'L' && WordScanner.IsApostrophe(w[1]))
        {
            return true;
        }

        return noun - 1 >= lo && tokens[noun - 1].IsWord && CuePatterns.Word(text, tokens[noun - 1]) is "la" or "La" or "le" or "Le" or "el" or "El" or "il" or "Il" or "lo" or "Lo" or "o" or "O" or "a" or "A";
    }

    /// <summary>"of" between two capitalised words ("Ministry of Health") belongs to a name.</summary>
    private static bool IsNameParticle(string text, List<Token> tokens, int p, int lo) =>
        p - 1 >= lo && p + 1 < tokens.Count && EntityIndex.IsNameToken(text, tokens[p - 1]) && EntityIndex.IsNameToken(text, tokens[p + 1])
        && CueLexicon.NameParticles.Contains(CuePatterns.Word(text, tokens[p]));
}
