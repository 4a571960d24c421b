namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// Finds the cue around a quotation by trying the <see cref="CuePatterns"/> at each speech verb of a window:
/// the words right after the quotation (up to the end of their sentence) or the sentence before it.
/// The caller's <c>accept</c> test turns down a cue whose subject cannot speak (a publication, a place), and the
/// search goes on to the next verb.
/// </summary>
internal static class CueFinder
{
    private const int MaxWordsBeforeVerb = 7;
    private const int MaxWordsInAppositive = 22;

    /// <summary>The first cue in <c>[from, to)</c>, right after a quotation, within the words that can still attribute it.</summary>
    public static CueMatch? After(string text, int from, int to, List<Token> tokens, Func<CueMatch, bool> accept, EntityIndex? names = null)
    {
        WordScanner.Tokenize(text, from, to, tokens);
        names?.MarkNames(text, tokens);
        var limit = MaxWordsBeforeVerb;
        if (tokens.Count > 1 && tokens[0].IsWord && EntityIndex.IsNameToken(text, tokens[0]) && OpensAppositive(text, tokens))
        {
            limit = MaxWordsInAppositive; // “…,” Tim Guest, a spokesperson for the health authority, said.
        }

        var words = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c is ';' || QuoteMarks.IsMark(c) || Sentences.EndsAt(text, t.Start))
                {
                    break;
                }

                continue;
            }

            // A run of capitalised words ("Ontario Superior Court Justice Helen Morrow") counts as one word.
            var inName = k > 0 && tokens[k - 1].IsWord && EntityIndex.IsNameToken(text, t) && EntityIndex.IsNameToken(text, tokens[k - 1]);
            if (!inName && ++words > limit)
            {
                break;
            }

            if (Match(text, tokens, k, 0, accept) is { } m && accept(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The last cue in the words of the sentence before a quotation; a speech cue wins over "according to".</summary>
    public static CueMatch? Before(string text, int from, int to, List<Token> tokens, Func<CueMatch, bool> accept, EntityIndex? names = null)
    {
        WordScanner.Tokenize(text, from, to, tokens);
        names?.MarkNames(text, tokens);
        CueMatch? source = null;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (!tokens[k].IsWord || Match(text, tokens, k, 0, accept) is not { } m || !accept(m))
            {
                continue;
            }

            if (!m.IsSourceOnly)
            {
                return m;
            }

            source ??= m;
        }

        return source;
    }

    /// <summary>
    /// The cue at token <paramref name="k"/> when it is a speech verb or "according". After "reads" only a statement
    /// speaks ("reads the note"): an app that "reads a user's letters" names no speaker. When the words after a verb name no one
    /// who can speak ("ha pubblicato un messaggio su Instagram"), a language that drops its subjects still has one.
    /// </summary>
    public static CueMatch? Match(string text, List<Token> tokens, int k, int lo, Func<CueMatch, bool>? accept = null)
    {
        var word = CuePatterns.Word(text, tokens[k]);
        if (CuePatterns.AccordingTo(text, tokens, k) is { } according)
        {
            return according;
        }

        if (!CuePatterns.IsSpeechVerbAt(text, tokens, lo, k) && !CuePatterns.IsCausativeInfinitive(text, tokens, lo, k) && !CuePatterns.IsLetKnow(text, tokens, k))
        {
            return ImpersonalReading(text, tokens, lo, k);
        }

        if (CuePatterns.SubjectBefore(text, tokens, lo, k) is { } before)
        {
            return before;
        }

        var after = CuePatterns.SubjectAfter(text, tokens, k);
        if (after is { Kind: not SubjectKind.Statement } && word.Equals("reads", StringComparison.OrdinalIgnoreCase))
        {
            after = null; // "– reads a user's statements and letters": what is read, not who speaks
        }

        return after is { } a && (accept is null || accept(a)) ? a : ImplicitSubject(text, tokens, k, word) ?? after;
    }

    /// <summary>
    /// VERB with the subject left out, as Spanish, Italian and Portuguese allow (<c>"…", añadió.</c>): read like "she added".
    /// </summary>
    private static CueMatch? ImplicitSubject(string text, List<Token> tokens, int k, string word)
    {
        // Only languages that drop subjects: French, German and Dutch state theirs ("«…», la CGTX a indiqué" has one the
        // grammar did not read).
        if (!CueLexicon.SubjectDroppingVerbs.Contains(word) && !CueLexicon.SubjectDroppingParticiples.Contains(word))
        {
            return null;
        }

        var t = tokens[k];
        return new CueMatch(CueRules.Pronoun, SubjectKind.PersonPronoun, string.Empty, t.Start, t.Start, t.End);
    }

    /// <summary>
    /// The impersonal "one reads in the statement" of Italian and Spanish (<c>si legge nel comunicato del club</c>,
    /// <c>se lee en el comunicado de la empresa</c>): the statement speaks, for the organisation after it if any.
    /// </summary>
    private static CueMatch? ImpersonalReading(string text, List<Token> tokens, int lo, int k)
    {
        var word = CuePatterns.Word(text, tokens[k]);
        if (word is not ("legge" or "lee" or "lê") || k - 1 < lo || !tokens[k - 1].IsWord
            || CuePatterns.Word(text, tokens[k - 1]) is not ("si" or "Si" or "se" or "Se"))
        {
            return null;
        }

        var n = k + 1;
        if (n < tokens.Count && tokens[n].IsWord && CuePatterns.Word(text, tokens[n]) is "nel" or "nella" or "en" or "no" or "na")
        {
            n++;
        }

        if (n < tokens.Count && tokens[n].IsWord && CueLexicon.Determiners.Contains(CuePatterns.Word(text, tokens[n])))
        {
            n++;
        }

        if (n >= tokens.Count || !tokens[n].IsWord || !ImpersonalStatementNouns.Contains(CuePatterns.Word(text, tokens[n])))
        {
            return null;
        }

        var end = tokens[n].End;
        string? of = null;
        var o = n + 1;
        if (o + 1 < tokens.Count && tokens[o].IsWord && CuePatterns.Word(text, tokens[o]) is "del" or "della" or "dello" or "de" or "do" or "da")
        {
            var first = o + 1;
            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].IsWord && last - first < 4 && !CueLexicon.PhraseStops.Contains(CuePatterns.Word(text, tokens[last + 1])))
            {
                last++;
            }

            if (tokens[first].IsWord)
            {
                of = text[tokens[first].Start..tokens[last].End].Replace('\n', ' ');
                end = tokens[last].End;
            }
        }

        var start = tokens[k - 1].Start;
        return new CueMatch(CueRules.Statement, SubjectKind.Statement, text[tokens[n].Start..tokens[n].End], tokens[n].Start, start, end, Of: of);
    }

    private static readonly HashSet<string> ImpersonalStatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "comunicato", "nota", "messaggio", "lettera", "post", "comunicado", "mensaje", "carta", "texto", "mensagem",
    };

    /// <summary>A name then a comma: the name may be the subject of a verb after its appositive.</summary>
    private static bool OpensAppositive(string text, List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count && k < 6; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (text[tokens[k].Start] == '.' && Sentences.IsAbbreviation(text, tokens[k].Start))
                {
                    continue; // "Dr. Farid Haddad, a neurologist at…"
                }

                return text[tokens[k].Start] == ',';
            }

            if (!EntityIndex.IsNameToken(text, tokens[k]))
            {
                return false;
            }
        }

        return false;
    }
}
