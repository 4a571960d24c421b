namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// The attribution grammar: each cue pattern is one method over the tokens around a speech verb.
/// <code>
/// NAME VERB                 Kowal said · Mr. Weaver said (HONORIFIC NAME VERB) · she added (PRONOUN VERB)
/// NAME, APPOSITIVE, VERB    Tim Guest, a spokesperson for the health authority, said
/// NOUN VERB                 the company said (ISSUER) · the Nova Scotia judge said · city staff said (ROLE) · the statement read
/// VERB NAME                 said Kowal · said she · dijo Ana Ruiz
/// VERB DESCRIPTOR* NAME     said lead author Dr. Ann Kowal, … · said oil and gas worker Tom Reyes · dijo la ministra Ana Ruiz
/// VERB NOUN                 said the company · said the judge
/// according to NAME        according to Dr. Lee · according to the company
/// </code>
/// A listener verb (<c>told</c>, <c>asked</c>) never takes its speaker after it (<c>told the Evening Standard</c>).
/// Each method reads at most a few dozen tokens, so a cue costs constant time.
/// </summary>
internal static class CuePatterns
{
    private const int MaxFillers = 4;
    private const int MaxAppositiveTokens = 40;
    private const int MaxDescriptorTokens = 14;

    /// <summary>Whether a word is a speech verb of any language we read.</summary>
    public static bool IsSpeechVerb(string word) => Lexicon.SpeechVerbs.Contains(word) || CueLexicon.ForeignSpeechVerbs.Contains(word);

    /// <summary>
    /// Whether the token at <paramref name="k"/> is a speech verb: a word of <see cref="IsSpeechVerb"/>, or a participle
    /// of speech after the auxiliary of the compound past (<c>ha declarado</c>, <c>han indicado</c>, <c>a martelé</c>).
    /// </summary>
    public static bool IsSpeechVerbAt(string text, List<Token> tokens, int lo, int k) =>
        tokens[k].IsWord && (IsSpeechVerb(Word(text, tokens[k])) || IsPerfectParticiple(text, tokens, lo, k));

    /// <summary>
    /// A participle of speech whose auxiliary stands right before it, perhaps past an adverb or an inverted pronoun
    /// (<c>ha señalado</c>, <c>han también indicado</c>, <c>a-t-il rappelé</c>). Without the auxiliary the participle is
    /// an adjective or a passive ("el incendio declarado el miércoles", "fue declarado") and no cue.
    /// </summary>
    internal static bool IsPerfectParticiple(string text, List<Token> tokens, int lo, int k)
    {
        var w = Word(text, tokens[k]);
        if (!CueLexicon.SubjectDroppingParticiples.Contains(w) && !CueLexicon.StatedSubjectParticiples.Contains(w))
        {
            return false;
        }

        for (var a = k - 1; a >= lo && k - a <= 3; a--)
        {
            if (!tokens[a].IsWord)
            {
                return false;
            }

            var aux = Word(text, tokens[a]);
            var hyphen = aux.IndexOf('-', StringComparison.Ordinal);
            if (CueLexicon.PerfectAuxiliaries.Contains(hyphen > 0 ? aux[..hyphen] : aux))
            {
                return true; // "ha", "ont", "a-t-il"
            }

            if (!CueLexicon.PerfectInterjections.Contains(aux))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The subject before the verb at <paramref name="verb"/>: NAME VERB, NAME, APPOSITIVE, VERB, PRONOUN VERB, NOUN VERB.</summary>
    public static CueMatch? SubjectBefore(string text, List<Token> tokens, int lo, int verb)
    {
        var j = SkipFillersBack(text, tokens, lo, IsCausativeInfinitive(text, tokens, lo, verb) ? verb - 2 : verb - 1);
        if (j < lo)
        {
            return null;
        }

        var cueEnd = tokens[verb].End;
        if (QuotedAsSaying(text, tokens, lo, verb) is { } quoted)
        {
            return quoted;
        }

        var t = tokens[j];
        if (!t.IsWord)
        {
            if (text[t.Start] == '.' && j - 1 >= lo && Sentences.IsAbbreviation(text, t.Start) && tokens[j - 1].IsWord)
            {
                return NameVerb(text, tokens, lo, j - 1, cueEnd); // "Acme Inc. said"
            }

            if (text[t.Start] != ',')
            {
                return null;
            }

            return NameAppositiveVerb(text, tokens, lo, j, cueEnd)
                ?? (Word(text, tokens[verb]).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? SentenceSubject(text, tokens, lo, j, cueEnd) : null);
        }

        var word = Word(text, t);
        if (CueLexicon.Conjunctions.Contains(word) && j > lo)
        {
            return SentenceSubject(text, tokens, lo, j, cueEnd); // "Acme pulled the ad and issued a statement"
        }

        if (j - 1 >= lo && tokens[j - 1].IsWord && Word(text, tokens[j - 1]) is "whose")
        {
            return null; // "whose foundation pledged": the subject of a relative clause
        }

        if (word is "who" or "which" && j - 1 > lo && !tokens[j - 1].IsWord && text[tokens[j - 1].Start] == ',')
        {
            return RelativeClause(text, tokens, lo, j - 1, cueEnd);
        }

        if (word is "It" or "it" && Word(text, tokens[verb]) is "read" or "reads")
        {
            return new CueMatch(CueRules.Statement, SubjectKind.Statement, word.ToLowerInvariant(), t.Start, t.Start, cueEnd); // "It read:": the message
        }

        if (InvertedPronoun(word) is { } inverted)
        {
            return new CueMatch(CueRules.Pronoun, SubjectKind.PersonPronoun, inverted, t.Start, t.Start, cueEnd); // "« … », a-t-elle regretté"
        }

        if (Acronym(text, tokens, lo, j, cueEnd) is { } acronym)
        {
            return acronym; // "la SNV a indiqué", "die VDL erklärte"
        }

        return PronounVerb(text, t, cueEnd) ?? AgeNoun(text, tokens, lo, j, tokens[j].Start, cueEnd) ?? NounPhrases.Postmodified(text, tokens, lo, j, cueEnd)
            ?? HeadBeforeModifier(text, tokens, lo, j, NounVerb(text, tokens, lo, j, cueEnd) ?? NameVerb(text, tokens, lo, j, cueEnd))
            ?? PlacedName(text, tokens, lo, j, cueEnd) ?? RelativeSubject(text, tokens, lo, j, cueEnd);
    }

    /// <summary>NAME PREP … VERB: <c>Analyst Rosalind Achebe at Fenmore Securities noted</c>: the name that opens the clause.</summary>
    private static CueMatch? PlacedName(string text, List<Token> tokens, int lo, int j, int cueEnd) =>
        HeadOfPrepositionalChain(text, tokens, lo, j) is { } run
            ? new CueMatch(run.Honorific ? CueRules.HonorificNameVerb : CueRules.NameVerb, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First].Start, cueEnd)
            : null;

    /// <summary>
    /// SUBJECT who … VERB with no commas: <c>A delivery driver who wedged a van under a bridge in Kettleby told
    /// magistrates…</c>. The noun phrase or name before "who" speaks when it opens the sentence.
    /// </summary>
    private static CueMatch? RelativeSubject(string text, List<Token> tokens, int lo, int j, int cueEnd)
    {
        for (var k = j; k - 1 > lo && j - k < 25; k--)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if ((c is '.' or ',' && InNumber(text, t.Start)) || c is '-' or '£' or '$' or '€' or '%')
                {
                    continue;
                }

                return null;
            }

            if (Word(text, t) is not "who")
            {
                continue;
            }

            var head = k - 1;
            if (!tokens[head].IsWord || (NounVerb(text, tokens, lo, head, cueEnd) ?? NameVerb(text, tokens, lo, head, cueEnd)) is not { } m
                || m.Kind is not (SubjectKind.Role or SubjectKind.Name))
            {
                return null;
            }

            var first = TokenAt(tokens, lo, head, m.Start);
            return IsClauseStart(text, tokens, lo, first) && !IsObject(text, tokens, lo, first) ? m with { End = cueEnd } : null;
        }

        return null;
    }

    /// <summary>The pronoun of a French inverted auxiliary ("a-t-il" → "il", "a-t-elle" → "elle", "avait-il"), or null.</summary>
    private static string? InvertedPronoun(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return null;
        }

        var pronoun = word[(hyphen + 1)..];
        var aux = word[..word.IndexOf('-', StringComparison.Ordinal)];
        return pronoun is "il" or "elle" && CueLexicon.PerfectAuxiliaries.Contains(aux) ? pronoun : null;
    }

    /// <summary>Dutch <c>liet … weten</c>: "let" with "weten" a few words on in its clause.</summary>
    internal static bool IsLetKnow(string text, List<Token> tokens, int verb)
    {
        if (!CueLexicon.LetVerbs.Contains(Word(text, tokens[verb])))
        {
            return false;
        }

        for (var k = verb + 1; k < tokens.Count && k - verb <= 6 && tokens[k].IsWord; k++)
        {
            if (Word(text, tokens[k]) is "weten")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="verb"/> is an infinitive of telling after a causative ("a fait savoir").</summary>
    internal static bool IsCausativeInfinitive(string text, List<Token> tokens, int lo, int verb) =>
        verb - 1 >= lo && tokens[verb].IsWord && tokens[verb - 1].IsWord && CueLexicon.CausativeInfinitives.Contains(Word(text, tokens[verb]))
        && CueLexicon.Causatives.Contains(Word(text, tokens[verb - 1]));

    /// <summary>
    /// An acronym in capitals after a determiner or an organisation noun names an organisation: <c>la SNV</c>,
    /// <c>die Gewerkschaft GDL</c>, <c>the union GMB</c>. People take no article, so a determiner marks the
    /// organisation; a lone acronym opening a sentence ("NASA said") is left to the name grammar.
    /// </summary>
    private static CueMatch? Acronym(string text, List<Token> tokens, int lo, int k, int cueEnd)
    {
        if (k - 1 < lo || !IsAcronym(text, tokens[k]) || !tokens[k - 1].IsWord)
        {
            return null;
        }

        var before = Word(text, tokens[k - 1]);
        var start = k;
        if (CueLexicon.Determiners.Contains(before) && before.Length > 1)
        {
            start = k - 1;
        }
        else if (k - 2 >= lo && tokens[k - 2].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[k - 2]))
                 && CueLexicon.IsOrganisationHead(before))
        {
            start = k - 2;
        }
        else
        {
            return null;
        }

        if (IsObject(text, tokens, lo, start + 1))
        {
            return null;
        }

        return new CueMatch(CueRules.NameVerb, SubjectKind.Name, Word(text, tokens[k]), tokens[k].Start, tokens[start].Start, cueEnd);
    }

    /// <summary>Capitals only, two to six letters ("SNV", "GDL"): an acronym.</summary>
    internal static bool IsAcronym(string text, Token t)
    {
        if (!t.IsWord || t.Length < 2 || t.Length > 6)
        {
            return false;
        }

        for (var i = t.Start; i < t.End; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// SUBJECT was quoted (by OUTLET) as saying: <c>Whitcomb was quoted by the Ledger as saying…</c>, <c>she is quoted
    /// as saying</c>: the subject of the passive "quoted" speaks; the outlet after "by" only printed the words.
    /// </summary>
    private static CueMatch? QuotedAsSaying(string text, List<Token> tokens, int lo, int verb)
    {
        if (verb - 2 < lo || !string.Equals(Word(text, tokens[verb]), "saying", StringComparison.OrdinalIgnoreCase)
            || !tokens[verb - 1].IsWord || !string.Equals(Word(text, tokens[verb - 1]), "as", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var q = verb - 2; q > lo && verb - q <= 12; q--)
        {
            if (!tokens[q].IsWord)
            {
                if (text[tokens[q].Start] == '.' && Sentences.IsAbbreviation(text, tokens[q].Start))
                {
                    continue;
                }

                return null;
            }

            if (Word(text, tokens[q]) is not ("quoted" or "Quoted"))
            {
                continue;
            }

            var aux = SkipFillersBack(text, tokens, lo, q - 1);
            if (aux < lo || !tokens[aux].IsWord || Word(text, tokens[aux]) is not ("was" or "is" or "were" or "are" or "been" or "being"))
            {
                return null;
            }

            var subject = aux - 1;
            while (subject >= lo && tokens[subject].IsWord && Word(text, tokens[subject]) is "has" or "had" or "have" or "having")
            {
                subject--; // "has been quoted"
            }

            return subject < lo ? null : SubjectBefore(text, tokens, lo, subject + 1) is { } m ? m with { End = tokens[verb].End } : null;
        }

        return null;
    }

    /// <summary>
    /// NAME PREP PHRASE VERB: <c>Tim Guest with the health authority says</c> names Tim Guest; the phrase after
    /// "with", "of", "at", "from" or "for" only modifies him.
    /// </summary>
    private static CueMatch? HeadBeforeModifier(string text, List<Token> tokens, int lo, int head, CueMatch? m)
    {
        if (m is not { } found)
        {
            return null;
        }

        var p = -1;
        for (var k = head; k >= lo; k--)
        {
            if (tokens[k].Start == found.Start)
            {
                p = k;
                break;
            }

            if (tokens[k].Start < found.Start)
            {
                break;
            }
        }

        if (p - 2 < lo || !tokens[p - 1].IsWord || Word(text, tokens[p - 1]) is not ("with" or "of" or "at" or "from" or "for"))
        {
            return m;
        }

        return NameVerb(text, tokens, lo, p - 2, found.End) ?? m;
    }

    /// <summary>NAME, who VERB: <c>the company, which explained</c>, <c>Ann Lee, who said</c>.</summary>
    private static CueMatch? RelativeClause(string text, List<Token> tokens, int lo, int comma, int cueEnd)
    {
        var j = comma - 1;
        if (j < lo || !tokens[j].IsWord)
        {
            return null;
        }

        return (NounVerb(text, tokens, lo, j, cueEnd) ?? NameVerb(text, tokens, lo, j, cueEnd) ?? StatementFrom(text, tokens, lo, j, cueEnd)) is { } m
            ? m with { Rule = CueRules.RelativeClause }
            : null;
    }

    /// <summary>
    /// STATEMENT from NAME(, APPOSITIVE), which said: <c>read a statement from Simon Okonjo, asset manager for the
    /// network, which said:</c>: the author of the statement speaks through it.
    /// </summary>
    private static CueMatch? StatementFrom(string text, List<Token> tokens, int lo, int j, int cueEnd)
    {
        for (var depth = 0; depth < 2 && j >= lo; depth++)
        {
            if (tokens[j].IsWord && NameRun.Backward(text, tokens, lo, j) is { } run && run.First - 2 >= lo
                && tokens[run.First - 1].IsWord && Word(text, tokens[run.First - 1]) is "from" or "by"
                && tokens[run.First - 2].IsWord && Lexicon.StatementNouns.Contains(Word(text, tokens[run.First - 2])))
            {
                return new CueMatch(CueRules.RelativeClause, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First - 2].Start, cueEnd);
            }

            // Past one appositive: "Simon Okonjo, asset manager for Midland Rail,".
            var c = j;
            while (c >= lo && j - c < 12 && tokens[c].IsWord)
            {
                c--;
            }

            if (c < lo || tokens[c].IsWord || text[tokens[c].Start] != ',')
            {
                return null;
            }

            j = c - 1;
        }

        return null;
    }

    /// <summary>
    /// SUBJECT …, VERB-ING and SUBJECT … and VERB: the subject that opens the sentence speaks through a participle or a
    /// second verb (<c>Acme issued a statement, saying</c>, <c>Kim posted a photo and wrote</c>).
    /// </summary>
    private static CueMatch? SentenceSubject(string text, List<Token> tokens, int lo, int before, int cueEnd)
    {
        var start = lo;
        for (var k = lo; k < before && k - start < 8; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }

            var w = Word(text, t);
            if (PronounVerb(text, t, cueEnd) is { } p)
            {
                return p with { Rule = CueRules.SentenceSubject };
            }

            if (EntityIndex.IsNameToken(text, t) && !EntityIndex.IsLeadingNonName(w) && NounKind(w) is null)
            {
                var end = k;
                while (end + 1 < before && EntityIndex.IsNameToken(text, tokens[end + 1]) && WordScanner.IsNameGap(text, tokens[end].End, tokens[end + 1].Start))
                {
                    end++;
                }

                if (end + 2 < before && tokens[end + 1].IsWord && char.IsLower(text[tokens[end + 1].Start])
                    && NounKind(Word(text, tokens[end + 1])) == SubjectKind.Role && EntityIndex.IsNameToken(text, tokens[end + 2]))
                {
                    k = end; // "Defence attorney Joanna Pike": the capitalised words describe the name after the role
                    continue;
                }

                return NameRun.Backward(text, tokens, lo, end) is { } run && !IsObject(text, tokens, lo, run.First)
                    ? new CueMatch(CueRules.SentenceSubject, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First].Start, cueEnd)
                    : null;
            }

            if (NounKind(w) is not null && (k + 1 >= before || !EntityIndex.IsNameToken(text, tokens[k + 1]))
                && NounVerb(text, tokens, lo, k, cueEnd) is { } noun)
            {
                return noun with { Rule = CueRules.SentenceSubject }; // "the consumer finance writer Orla Keating": the name
            }

            if (CueLexicon.ObjectMarkers.Contains(w) || CueLexicon.PhraseStops.Contains(w))
            {
                // "In 2024, the writer Orla Keating criticised…": a short opening phrase closed by a comma is skipped.
                var comma = k + 1;
                while (comma < before && comma - k < 6 && (tokens[comma].IsWord || text[tokens[comma].Start] != ','))
                {
                    comma++;
                }

                if (k == start && comma < before && comma - k < 6)
                {
                    k = comma;
                    start = comma + 1;
                    continue;
                }

                return null; // the sentence opens with a prepositional phrase: its subject is not read here
            }
        }

        return null;
    }

    /// <summary>The subject after the verb at <paramref name="verb"/>: VERB NAME, VERB DESCRIPTOR* NAME, VERB NOUN, VERB PRONOUN.</summary>
    public static CueMatch? SubjectAfter(string text, List<Token> tokens, int verb)
    {
        var verbWord = Word(text, tokens[verb]);
        if (CueLexicon.ListenerVerbs.Contains(verbWord) && !(verbWord is "asked" or "asks" && AfterQuotedQuestion(text, tokens[verb].Start)))
        {
            return null; // "told the Evening Standard": the listener, never the speaker
        }

        if (verb + 2 < tokens.Count && AgeNoun(text, tokens, verb + 1, verb + 2, tokens[verb].Start, tokens[verb + 2].End) is { } age
            && (verb + 3 >= tokens.Count || !tokens[verb + 3].IsWord))
        {
            return age; // ", said the 29-year-old."
        }

        return VerbPronoun(text, tokens, verb) ?? VerbDescriptorName(text, tokens, verb, verb + 1, CueRules.VerbName);
    }

    /// <summary>
    /// Whether the word at <paramref name="position"/> directly follows a quotation that ends in a question mark
    /// (<c>"Who will pay?" asked Ann Roe</c>): there "asked" is inverted and its subject, the asker, follows it.
    /// </summary>
    private static bool AfterQuotedQuestion(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 1 || text[i] is not ('"' or '\u201D' or '\u2019' or '\'' or '\u00BB'))
        {
            return false;
        }

        return text[i - 1] == '?';
    }

    /// <summary><c>according to NAME</c> / <c>according to the company</c>.</summary>
    public static CueMatch? AccordingTo(string text, List<Token> tokens, int verb)
    {
        var word = Word(text, tokens[verb]);
        int from;
        var opensClause = verb == 0 || !tokens[verb - 1].IsWord;
        if (word is "so" && verb > 0 && !tokens[verb - 1].IsWord && text[tokens[verb - 1].Start] == ',')
        {
            return GermanSo(text, tokens, verb);
        }

        if (word is "Angaben" && verb > 0 && tokens[verb - 1].IsWord && Word(text, tokens[verb - 1]) is "nach" or "Nach")
        {
            return GermanAngaben(text, tokens, verb);
        }

        if (CueLexicon.ForeignAccordingTo.Contains(word) && (opensClause || !CueLexicon.ClauseOpeningAccordingTo.Contains(word)))
        {
            from = verb + 1; // selon Rachid Benali, según la ministra, laut Vogt; "Segundo o zagueiro Felipe Nunes,"
        }
        else if (string.Equals(word, "according", StringComparison.OrdinalIgnoreCase)
            && verb + 1 < tokens.Count && string.Equals(Word(text, tokens[verb + 1]), "to", StringComparison.OrdinalIgnoreCase))
        {
            from = verb + 2;
        }
        else
        {
            return null;
        }

        if (from >= tokens.Count)
        {
            return null;
        }

        return VerbDescriptorName(text, tokens, verb, from, CueRules.AccordingTo) is { } m
            ? m with { Rule = CueRules.AccordingTo, Start = tokens[verb].Start, IsSourceOnly = true }
            : null;
    }

    /// <summary>
    /// German <c>„…“, so NAME.</c> ("so the spokesman"): after a comma, "so" with a name or a descriptor that closes the
    /// clause attributes what comes before. The phrase must end the clause: in "…, so Kim stayed home" a verb follows.
    /// </summary>
    private static CueMatch? GermanSo(string text, List<Token> tokens, int verb)
    {
        var from = verb + 1;
        if (from >= tokens.Count || !tokens[from].IsWord)
        {
            return null;
        }

        var first = Word(text, tokens[from]);
        if (!char.IsUpper(first[0]) && first is not ("der" or "die" or "ein" or "eine"))
        {
            return null; // "so dass", "so viel": no source
        }

        if (VerbDescriptorName(text, tokens, verb, from, CueRules.AccordingTo) is not { } m)
        {
            return null;
        }

        var next = 0;
        while (next < tokens.Count && tokens[next].Start < m.End)
        {
            next++;
        }

        if (next < tokens.Count && tokens[next].IsWord && Word(text, tokens[next]) is "weiter" or "zuletzt" or "abschließend")
        {
            next++; // "so Kolb weiter"
        }

        if (next < tokens.Count && (tokens[next].IsWord || text[tokens[next].Start] is not ('.' or ',' or ';' or ':' or '!' or '?')))
        {
            return null;
        }

        return m with { Rule = CueRules.AccordingTo, Start = tokens[verb].Start, IsSourceOnly = true };
    }

    /// <summary>
    /// German <c>nach Angaben des Verbandes der Verlader</c> ("according to"): the source is the genitive after
    /// "Angaben" (or "von"), its capitalised nouns and the articles between them, without the preposition; the verb of
    /// the sentence (lower case) ends it.
    /// </summary>
    private static CueMatch? GermanAngaben(string text, List<Token> tokens, int verb)
    {
        var from = verb + 1;
        if (from < tokens.Count && tokens[from].IsWord && Word(text, tokens[from]) is "des" or "der" or "von" or "vom")
        {
            from++;
        }

        if (from < tokens.Count && tokens[from].IsWord && Word(text, tokens[from]) is "der" or "den" or "dem")
        {
            from++; // "von der Polizei"
        }

        var last = from - 1;
        for (var k = from; k < tokens.Count && k - from < 6 && tokens[k].IsWord; k++)
        {
            var w = Word(text, tokens[k]);
            if (char.IsUpper(w[0]))
            {
                last = k;
            }
            else if (w is not ("der" or "des") || k + 1 >= tokens.Count || !tokens[k + 1].Capitalized)
            {
                break; // the verb: "stehen", "sind"
            }
        }

        if (last < from || !tokens[from].Capitalized)
        {
            return null;
        }

        var source = text[tokens[from].Start..tokens[last].End].Replace('\n', ' ');
        return new CueMatch(CueRules.AccordingTo, SubjectKind.Name, source, tokens[from].Start, tokens[verb - 1].Start, tokens[last].End, IsSourceOnly: true);
    }

    /// <summary>PRONOUN VERB: <c>she said</c>, <c>it said</c>, <c>they added</c>. "I" and "you" name no one.</summary>
    private static CueMatch? PronounVerb(string text, Token t, int cueEnd)
    {
        var word = Word(text, t);
        if (word.Length == 1)
        {
            return null;
        }

        if (IsPersonPronoun(word))
        {
            return new CueMatch(CueRules.Pronoun, SubjectKind.PersonPronoun, word, t.Start, t.Start, cueEnd);
        }

        return Lexicon.GroupPronouns.Contains(word)
            ? new CueMatch(CueRules.Pronoun, SubjectKind.GroupPronoun, word, t.Start, t.Start, cueEnd)
            : null;
    }

    /// <summary>A subject pronoun for a person in any language we read ("she", "il", "sie", "ella").</summary>
    private static bool IsPersonPronoun(string word) => Lexicon.PersonPronouns.Contains(word) || CueLexicon.ForeignPersonPronouns.Contains(word);

    /// <summary>
    /// "the 63-year-old revealed", "said the 29-year-old": an age in place of a name refers back to a person, like a pronoun
    /// of unknown gender.
    /// </summary>
    private static CueMatch? AgeNoun(string text, List<Token> tokens, int lo, int head, int cueStart, int cueEnd)
    {
        if (head < lo || !tokens[head].IsWord || !Word(text, tokens[head]).EndsWith("year-old", StringComparison.OrdinalIgnoreCase)
            || head - 1 < lo || !string.Equals(Word(text, tokens[head - 1]), "the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = tokens[head - 1].Start;
        return new CueMatch(CueRules.Pronoun, SubjectKind.PersonPronoun, string.Empty, start, Math.Min(start, cueStart), cueEnd);
    }

    /// <summary>NAME VERB and HONORIFIC NAME VERB: the run of capitalised words right before the verb.</summary>
    private static CueMatch? NameVerb(string text, List<Token> tokens, int lo, int last, int cueEnd)
    {
        if (NameRun.Backward(text, tokens, lo, last) is not { } run || IsObject(text, tokens, lo, run.First) || Coordinated(text, tokens, lo, run.First)
            || InReportedClause(text, tokens, lo, run.First))
        {
            return null;
        }

        var rule = run.Honorific ? CueRules.HonorificNameVerb : CueRules.NameVerb;
        return new CueMatch(rule, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First].Start, cueEnd);
    }

    /// <summary>
    /// "She said Kurrajong Reserve went under water …": a name right after "she/he said" opens the reported clause; the
    /// one who said it is the pronoun, not the name.
    /// </summary>
    private static bool InReportedClause(string text, List<Token> tokens, int lo, int first)
    {
        var k = first - 1;
        if (k - 1 < lo || !tokens[k].IsWord || !tokens[k - 1].IsWord || !IsSpeechVerb(Word(text, tokens[k])))
        {
            return false;
        }

        var subject = Word(text, tokens[k - 1]);
        return subject.Length > 1 && Lexicon.PersonPronouns.Contains(subject);
    }

    /// <summary>"Jade and Ryan call…": a name joined to another by "and" or "&amp;" is one of two subjects, not the speaker.</summary>
    private static bool Coordinated(string text, List<Token> tokens, int lo, int first)
    {
        var k = first - 1;
        if (k - 1 < lo || !(tokens[k].IsWord ? Word(text, tokens[k]) is "and" : text[tokens[k].Start] == '&'))
        {
            return false;
        }

        return EntityIndex.IsNameToken(text, tokens[k - 1]) && !CueLexicon.Determiners.Contains(Word(text, tokens[k - 1]))
            && !EntityIndex.IsLeadingNonName(Word(text, tokens[k - 1]));
    }

    /// <summary>
    /// NAME, APPOSITIVE, VERB: <c>Tim Guest, a spokesperson for the health authority, said</c>; two commas deep at most.
    /// The appositive may hold a relative clause with verbs of its own (<c>Kez, whose foundation pledged $500,000 to the
    /// rink, posted</c>) and a quoted title (<c>Dahl, who titled his speech "Steady as She Goes", began</c>); a comma
    /// inside a number is no comma. The name may be the appositive itself, after its descriptor (<c>Her friend, the
    /// journalist Marta Iglesias, confirmed</c>).
    /// </summary>
    private static CueMatch? NameAppositiveVerb(string text, List<Token> tokens, int lo, int comma, int cueEnd)
    {
        var close = comma;
        for (var depth = 0; depth < 2; depth++)
        {
            var open = -1;
            var verb = false;
            var quoted = false;
            for (var k = close - 1; k >= lo && close - k <= MaxAppositiveTokens; k--)
            {
                var t = tokens[k];
                if (t.IsWord)
                {
                    var w = Word(text, t);
                    if (!quoted && IsSpeechVerbAt(text, tokens, lo, k))
                    {
                        verb = true;
                    }
                    else if (!quoted && w is "who" or "whose" or "which")
                    {
                        verb = false; // "Kez, whose foundation pledged $500,000, posted": the verb of a relative clause
                    }

                    continue;
                }

                var c = text[t.Start];
                if (c == ',' && !quoted && !InNumber(text, t.Start))
                {
                    open = k;
                    break;
                }

                if (QuoteMarks.IsDouble(c))
                {
                    quoted = !quoted; // a quoted title inside the appositive: its words are not the clause's
                    continue;
                }

                if (c is ';' or '(' or ')' || (!quoted && (QuoteMarks.IsMark(c) || Sentences.EndsAt(text, t.Start))))
                {
                    return null;
                }
            }

            if (open <= lo || close - open < 2 || quoted)
            {
                return null;
            }

            // "A senior aide, speaking on condition of anonymity, said": a participle opens an appositive, not a clause.
            if (verb && !(tokens[open + 1].IsWord && (AppositiveOpeners.Contains(Word(text, tokens[open + 1]))
                || (Word(text, tokens[open + 1]).EndsWith("ing", StringComparison.Ordinal) && tokens[open + 1].Length > 5))))
            {
                return null; // another clause with its own verb
            }

            if (tokens[open - 1].IsWord && NameRun.Backward(text, tokens, lo, open - 1) is { } run && !IsObject(text, tokens, lo, run.First))
            {
                return new CueMatch(CueRules.NameAppositiveVerb, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First].Start, cueEnd);
            }

            // "Prof. Ann Kowal of the Department of Physics at the University of Leeds, who…, said": the name that
            // opens the clause, before the prepositional phrases that place it.
            if (depth == 0 && tokens[open - 1].IsWord && HeadOfPrepositionalChain(text, tokens, lo, open - 1) is { } placed)
            {
                return new CueMatch(CueRules.NameAppositiveVerb, SubjectKind.Name, placed.Name, placed.NameStart, tokens[placed.First].Start, cueEnd);
            }

            // "That photographer, Gabriele Galimberti, said": the appositive is the name itself, perhaps after its
            // descriptor ("Her friend, the journalist Marta Iglesias, confirmed").
            if (depth == 0 && !verb && tokens[close - 1].IsWord && NameRun.Backward(text, tokens, open + 1, close - 1) is { } inner
                && (inner.First == open + 1 || IsDescriptor(text, tokens, open + 1, inner.First)))
            {
                return new CueMatch(CueRules.NameAppositiveVerb, SubjectKind.Name, inner.Name, inner.NameStart, tokens[inner.First].Start, cueEnd);
            }

            // "The state's largest union, Local 402, said": a name that ends in its number.
            if (depth == 0 && !verb && close - 2 > open && IsNumber(text, tokens[close - 1]) && tokens[close - 1].Start == tokens[close - 2].End + 1
                && NameRun.Backward(text, tokens, open + 1, close - 2) is { } numbered && numbered.First == open + 1)
            {
                return new CueMatch(CueRules.NameAppositiveVerb, SubjectKind.Name, numbered.Name + " " + Word(text, tokens[close - 1]), numbered.NameStart, tokens[numbered.First].Start, cueEnd);
            }

            // "The 52-year-old, who took over the firm in 2019, said": an age in place of a name, as in "the 52-year-old said".
            if (depth == 0 && open - 2 >= lo && AgeNoun(text, tokens, lo, open - 1, tokens[open - 1].Start, cueEnd) is { } age
                && IsClauseStart(text, tokens, lo, open - 2))
            {
                return age;
            }

            // "His father, who came up an hour earlier, told me": a noun phrase before the appositive.
            // "A person familiar with the case, who was not authorised to speak, said": the phrase with its modifier,
            // unless the phrase itself is an object ("…, said the sister of the man, who…").
            if (depth == 0 && tokens[open - 1].IsWord
                && (NounPhrases.Postmodified(text, tokens, lo, open - 1, cueEnd) is { } modified && !IsObject(text, tokens, lo, TokenAt(tokens, lo, open - 1, modified.SubjectStart))
                    ? modified
                    : IsObject(text, tokens, lo, open - 1) ? null : NounVerb(text, tokens, lo, open - 1, cueEnd)) is { } noun
                && noun.Kind == SubjectKind.Role && (open - 2 < lo || !tokens[open - 2].IsWord || Word(text, tokens[open - 2]) is not ("whose" or "of")))
            {
                return noun with { Rule = CueRules.NameAppositiveVerb };
            }

            close = open;
        }

        return null;
    }

    /// <summary>
    /// NAME PREP … ending at <paramref name="last"/>: the clause from its start is a name followed by prepositional
    /// phrases ("Prof. Ann Kowal of the Department of Physics at the University of Leeds"), with no verb and no
    /// punctuation; the name is the head. Null when the clause opens otherwise.
    /// </summary>
    private static NameRun? HeadOfPrepositionalChain(string text, List<Token> tokens, int lo, int last)
    {
        var s = last;
        while (s - 1 >= lo && last - s < MaxAppositiveTokens && (tokens[s - 1].IsWord || (text[tokens[s - 1].Start] == '.' && Sentences.IsAbbreviation(text, tokens[s - 1].Start))))
        {
            s--;
        }

        if (s > lo && !IsClauseStart(text, tokens, lo, s))
        {
            return null;
        }

        for (var e = s; e < last; e++)
        {
            if (!tokens[e].IsWord)
            {
                continue;
            }

            var w = Word(text, tokens[e]);
            if (IsSpeechVerb(w) || FunctionWords.Contains(w))
            {
                return null;
            }

            if (!EntityIndex.IsNameToken(text, tokens[e]))
            {
                if (e > s && !CueLexicon.Determiners.Contains(w) && char.IsLower(w[0]) && NounKind(w) is null && !ChainPrepositions.Contains(w))
                {
                    return null; // a verb or an adjective of a clause, not a name and its places
                }

                continue;
            }

            if (!tokens[e + 1].IsWord || !ChainPrepositions.Contains(Word(text, tokens[e + 1])))
            {
                continue;
            }

            return IsPrepositionalChain(text, tokens, e + 1, last) && NameRun.Backward(text, tokens, s, e) is { } run && run.Name.Contains(' ', StringComparison.Ordinal)
                && !EntityIndex.IsOrganisationName(run.Name) && !IsObject(text, tokens, lo, run.First) ? run : null;
        }

        return null;
    }

    /// <summary>
    /// Whether <c>[from, last]</c> are prepositional phrases only ("of the Department of Physics at the University of
    /// Leeds", "with the health authority"): prepositions, determiners, names, and lower-case words only shortly after a
    /// determiner; a verb ("of Arizona accused a colleague") is none.
    /// </summary>
    private static bool IsPrepositionalChain(string text, List<Token> tokens, int from, int last)
    {
        var sinceDeterminer = 100;
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

            var w = Word(text, t);
            if (ChainPrepositions.Contains(w) || EntityIndex.IsNameToken(text, t))
            {
                sinceDeterminer = ChainPrepositions.Contains(w) ? 100 : sinceDeterminer;
                continue;
            }

            if (CueLexicon.Determiners.Contains(w))
            {
                sinceDeterminer = 0;
                continue;
            }

            if (++sinceDeterminer > 3 || FunctionWords.Contains(w) || IsSpeechVerb(w))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> ChainPrepositions = new(StringComparer.Ordinal)
    {
        "of", "at", "from", "with", "for", "in", "de", "del", "di", "du", "da",
    };

    /// <summary>The index of the token in <c>[lo, hi]</c> that starts at <paramref name="start"/>, or <paramref name="lo"/>.</summary>
    private static int TokenAt(List<Token> tokens, int lo, int hi, int start)
    {
        for (var k = hi; k >= lo; k--)
        {
            if (tokens[k].Start <= start)
            {
                return k;
            }
        }

        return lo;
    }

    /// <summary>Words that open an appositive or a relative clause after a comma ("a spokesperson", "who has led").</summary>
    private static readonly HashSet<string> AppositiveOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whose", "which", "a", "an", "the", "one", "qui", "que", "dont", "quien", "quienes", "cuyo", "cuya", "der",
        "die", "das", "deren", "dessen", "che", "il", "la", "el", "le", "um", "uma", "un", "une", "una", "o",
    };

    private static bool IsNumber(string text, Token t)
    {
        if (!t.IsWord)
        {
            return false;
        }

        for (var i = t.Start; i < t.End; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comma between two digits ("$500,000") separates thousands, not clauses.</summary>
    private static bool InNumber(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    /// <summary>NOUN VERB: <c>the company said</c>, <c>the Nova Scotia judge said</c>, <c>city staff said</c>, <c>the statement read</c>.</summary>
    internal static CueMatch? NounVerb(string text, List<Token> tokens, int lo, int head, int cueEnd)
    {
        var kind = NounKind(Word(text, tokens[head]));
        if (kind is null && tokens[head].IsWord && char.IsLower(text[tokens[head].Start]))
        {
            for (var d = head - 1; d >= lo && head - d <= 3 && tokens[d].IsWord; d--)
            {
                if (IndefiniteRole(text, tokens, d, head) is { } role && !IsObject(text, tokens, lo, d + 1) && !IsSpeechVerb(Word(text, tokens[head])))
                {
                    kind = role;
                    break;
                }
            }
        }

        if (kind is null && IsPluralAfterName(text, tokens, lo, head))
        {
            kind = SubjectKind.Role; // "Brickfield Lane producers said", "Acme executives said"
        }

        if (kind is null && head - 1 >= lo && tokens[head].IsWord && char.IsLower(text[tokens[head].Start]) && tokens[head].Length > 2
            && !NotSpeakers.Contains(Word(text, tokens[head])) && !FunctionWords.Contains(Word(text, tokens[head])) && !IsSpeechVerb(Word(text, tokens[head]))
            && !CueLexicon.PhraseStops.Contains(Word(text, tokens[head])) && !Lexicon.StatementNouns.Contains(Word(text, tokens[head]))
            && tokens[head - 1].IsWord && Word(text, tokens[head - 1]) is "the" or "The" && !IsObject(text, tokens, lo, head))
        {
            kind = SubjectKind.Anaphor; // "the insider said", "the confederation said": read if the article introduced it
        }

        if (kind is null && head - 1 >= lo && tokens[head].IsWord && char.IsLower(text[tokens[head].Start]) && tokens[head].Length > 3
            && tokens[head - 1].IsWord && RomanceDefiniteArticles.Contains(Word(text, tokens[head - 1])) && IsClauseStart(text, tokens, lo, head - 1)
            && head + 1 < tokens.Count && tokens[head + 1].IsWord
            && (CueLexicon.PerfectAuxiliaries.Contains(Word(text, tokens[head + 1])) || IsSpeechVerbAt(text, tokens, lo, head + 1))
            && !FunctionWords.Contains(Word(text, tokens[head])) && !IsSpeechVerb(Word(text, tokens[head])) && !NotSpeakers.Contains(Word(text, tokens[head])))
        {
            kind = SubjectKind.Institution; // "La oposición ha calificado…", "Les syndicats ont dénoncé…": the body that speaks
        }

        if (kind is not { } k)
        {
            return null;
        }

        var start = head;
        var determiner = false;
        for (var m = head - 1; m >= lo && head - m <= 4; m--)
        {
            var t = tokens[m];
            if (!t.IsWord)
            {
                break;
            }

            var w = Word(text, t);
            if ((CueLexicon.Determiners.Contains(w) || CueLexicon.Indefinites.Contains(w)) && !(w.Length == 1 && char.IsUpper(w[0]) && m + 1 < tokens.Count && !tokens[m + 1].IsWord))
            {
                start = m;
                determiner = true;
                break;
            }

            if (CueLexicon.ObjectMarkers.Contains(w) || CueLexicon.PhraseStops.Contains(w) || IsSpeechVerb(w) || Lexicon.Fillers.Contains(w))
            {
                break;
            }

            if (!EntityIndex.IsNameToken(text, t) && NounKind(w) is null)
            {
                // lower-case modifiers ("oil and gas worker") only inside a phrase that opens with a determiner
                var opens = false;
                for (var d = m - 1; d >= lo && head - d <= 4 && tokens[d].IsWord; d--)
                {
                    if (CueLexicon.Determiners.Contains(Word(text, tokens[d])) || CueLexicon.Indefinites.Contains(Word(text, tokens[d])))
                    {
                        opens = true;
                        break;
                    }
                }

                if (!opens)
                {
                    break;
                }
            }

            start = m;
        }

        if (k == SubjectKind.Role && !determiner && start == head && char.IsUpper(text[tokens[head].Start]) && !IsClauseStart(text, tokens, lo, head))
        {
            return null; // a capitalised role word mid-sentence is part of a name
        }

        if (k == SubjectKind.Statement && Possessor(text, tokens, lo, head) is { } owner)
        {
            return new CueMatch(CueRules.Statement, k, Phrase(text, owner.Start, tokens[head].End), owner.Start, owner.Start, cueEnd, Of: owner.Phrase);
        }

        var phrase = Phrase(text, tokens[start].Start, tokens[head].End);
        return new CueMatch(k is SubjectKind.Role or SubjectKind.Anaphor ? CueRules.Role : k == SubjectKind.Statement ? CueRules.Statement : CueRules.IssuerNoun, k, phrase, tokens[start].Start, tokens[start].Start, cueEnd);
    }

    /// <summary>The owner of "Acme's statement" / "the judges' citation" before token <paramref name="at"/>, or null.</summary>
    private static (int Start, string Phrase)? Possessor(string text, List<Token> tokens, int lo, int at)
    {
        var o = at - 1;
        if (o >= lo && !tokens[o].IsWord && WordScanner.IsApostrophe(text[tokens[o].Start]))
        {
            o--; // "judges'"
        }
        else if (o < lo || !tokens[o].IsWord || tokens[o].End + 2 >= tokens[at].Start || !WordScanner.IsApostrophe(text[tokens[o].End]))
        {
            return null;
        }

        if (o < lo || !tokens[o].IsWord)
        {
            return null;
        }

        var first = o;
        while (first - 1 >= lo && tokens[first - 1].IsWord && first > o - 4)
        {
            var w = Word(text, tokens[first - 1]);
            if (CueLexicon.Determiners.Contains(w))
            {
                first--;
                break;
            }

            if (!EntityIndex.IsNameToken(text, tokens[first - 1]) || !EntityIndex.IsNameToken(text, tokens[o]))
            {
                break;
            }

            first--;
        }

        return (tokens[first].Start, text[tokens[first].Start..tokens[o].End].Replace('\n', ' '));
    }

    /// <summary>A lower-case plural right after a name ("Brickfield Lane producers"): people of that organisation or show.</summary>
    internal static bool IsPluralAfterName(string text, List<Token> tokens, int lo, int head)
    {
        if (head - 1 < lo || !tokens[head].IsWord || !tokens[head - 1].IsWord || !EntityIndex.IsNameToken(text, tokens[head - 1]))
        {
            return false;
        }

        var w = Word(text, tokens[head]);
        return w.Length > 4 && char.IsLower(w[0]) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !FunctionWords.Contains(w) && !Lexicon.Fillers.Contains(w) && !IsSpeechVerb(w) && !CueLexicon.PhraseStops.Contains(w)
            && !Adverbs.Contains(w) && !Lexicon.NotNames.Contains(w) && !IsObject(text, tokens, lo, head - 1)
            && NameRun.Backward(text, tokens, lo, head - 1) is { } run && !IsObject(text, tokens, lo, run.First); // "Many shoppers": no name
    }

    private static readonly HashSet<string> TakesObject = new(StringComparer.OrdinalIgnoreCase)
    {
        "posted", "posts", "post", "shared", "shares", "share", "wrote", "writes", "write", "penned", "pen", "called", "calls",
        "described", "describes", "read", "reads", "tweeted", "tweets", "captioned", "caption", "announced", "announces",
        "told", "tells", "asked", "asks", "urged", "warned", "thanked", "released", "issued", "published", "sent",
        "writing", "posting", "sharing", "penning", "tweeting", "calling", "describing", "reading", "telling", "asking",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sometimes", "always", "perhaps", "nevertheless", "nonetheless", "besides", "regardless", "afterwards", "towards",
        "thus", "yes", "was", "has", "does", "is", "says", "seems", "appears", "wants", "needs", "hopes", "thinks", "believes",
    };

    /// <summary>VERB PRONOUN: <c>", said she."</c> (the pronoun closes the cue).</summary>
    private static CueMatch? VerbPronoun(string text, List<Token> tokens, int verb)
    {
        var j = verb + 1;
        if (j >= tokens.Count || !tokens[j].IsWord || !IsPersonPronoun(Word(text, tokens[j])) || tokens[j].Length == 1)
        {
            return null;
        }

        if (j + 1 < tokens.Count && tokens[j + 1].IsWord)
        {
            return null; // "said he would…": the pronoun opens the reported clause
        }

        return new CueMatch(CueRules.Pronoun, SubjectKind.PersonPronoun, Word(text, tokens[j]), tokens[j].Start, tokens[verb].Start, tokens[j].End);
    }

    /// <summary>
    /// VERB NAME and VERB DESCRIPTOR* NAME: the phrase after the verb up to a comma, a full stop or a preposition;
    /// if it ends in a name, that name (the words before it describe it); if it ends in a role or issuer noun, that noun.
    /// </summary>
    private static CueMatch? VerbDescriptorName(string text, List<Token> tokens, int verb, int from, string plainRule)
    {
        if (from >= tokens.Count)
        {
            return null;
        }

        if (tokens[from].IsWord && CueLexicon.ObjectDeterminers.Contains(Word(text, tokens[from])) && from + 1 < tokens.Count && tokens[from + 1].Capitalized)
        {
            // "nannte den Streik", "sagte dem Sender": an object, never the speaker; the subject may follow it
            // ("erklärte den Reportern Anna Berg").
            from += 2;
            if (from >= tokens.Count || !EntityIndex.IsNameToken(text, tokens[from]))
            {
                return null;
            }
        }

        var end = from;
        while (end < tokens.Count && end - from < MaxDescriptorTokens)
        {
            var t = tokens[end];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c == '.' && Sentences.IsAbbreviation(text, t.Start) && end + 1 < tokens.Count && tokens[end + 1].IsWord)
                {
                    end++;
                    continue; // "Dr. Ann Kowal"
                }

                break;
            }

            var w = Word(text, t);
            if (end > from && (CueLexicon.PhraseStops.Contains(w) || IsSpeechVerbAt(text, tokens, from, end) || CueLexicon.CausativeInfinitives.Contains(w) || IsListener(text, tokens, from, end)))
            {
                break;
            }

            if (end == from && CueLexicon.PhraseStops.Contains(w) && !CueLexicon.Determiners.Contains(w))
            {
                return null; // "said in a statement", "said that"
            }

            end++;
        }

        if ((AppositiveNameAfter(text, tokens, from, end) ?? AppositiveNameAfter(text, tokens, from, DescriptorComma(text, tokens, from))) is { } named)
        {
            return new CueMatch(CueRules.VerbDescriptorName, SubjectKind.Name, named.Name, named.NameStart, tokens[verb].Start, tokens[named.Last].End);
        }

        var last = end - 1;
        while (last >= from && !tokens[last].IsWord)
        {
            last--;
        }

        if (last < from)
        {
            return null;
        }

        var cueEnd = tokens[last].End;
        if (last == from + 1 && tokens[from].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[from])) && tokens[last].Capitalized
            && CueLexicon.IsCompoundTitle(Word(text, tokens[last])))
        {
            // "sagte der FDP-Politiker", "so die Verbandssprecherin": a German role noun, capitalised like every noun
            return new CueMatch(plainRule == CueRules.AccordingTo ? plainRule : CueRules.Role, SubjectKind.Role, Phrase(text, tokens[from].Start, tokens[last].End),
                tokens[from].Start, tokens[verb].Start, cueEnd);
        }

        if (last == from + 1 && IsAcronym(text, tokens[last]) && tokens[from].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[from])) && tokens[from].Length > 1)
        {
            return new CueMatch(plainRule, SubjectKind.Name, Word(text, tokens[last]), tokens[last].Start, tokens[verb].Start, cueEnd); // "a indiqué la SNV"
        }

        if (EntityIndex.IsNameToken(text, tokens[last]) && NounKind(Word(text, tokens[last])) is null or SubjectKind.Institution
            && NameRun.Backward(text, tokens, from, last) is { } run)
        {
            var described = run.First > from && HasDescriptorWord(text, tokens, from, run.First);
            var rule = described || run.NameStart > tokens[run.First].Start ? CueRules.VerbDescriptorName : plainRule;
            return new CueMatch(rule, SubjectKind.Name, run.Name, run.NameStart, tokens[verb].Start, cueEnd);
        }

        // "posted a selfie": after a verb that takes an object, an indefinite phrase is that object, not the speaker.
        var objectVerb = TakesObject.Contains(Word(text, tokens[verb]));
        if (!objectVerb && NounPhrases.Postmodified(text, tokens, from, last, tokens[last].End) is { } modified && modified.SubjectStart == tokens[from].Start)
        {
            // "said a lawyer for the family"
            return modified with { Rule = plainRule == CueRules.AccordingTo ? plainRule : modified.Rule, Start = tokens[verb].Start };
        }

        if ((NounKind(Word(text, tokens[last])) ?? (objectVerb ? null : IndefiniteRole(text, tokens, from, last))) is { } kind)
        {
            var phrase = Phrase(text, tokens[from].Start, tokens[last].End);
            var rule = kind == SubjectKind.Role ? CueRules.Role : kind == SubjectKind.Statement ? CueRules.Statement : CueRules.IssuerNoun;
            return new CueMatch(plainRule == CueRules.AccordingTo ? plainRule : rule, kind, phrase, tokens[from].Start, tokens[verb].Start, cueEnd);
        }

        // "said Smith and then left": the name right after the verb.
        if (EntityIndex.IsNameToken(text, tokens[from]))
        {
            var stop = from;
            while (stop + 1 < end && tokens[stop + 1].IsWord && EntityIndex.IsNameToken(text, tokens[stop + 1]))
            {
                stop++;
            }

            if (NameRun.Backward(text, tokens, from, stop) is { } head)
            {
                return new CueMatch(plainRule, SubjectKind.Name, head.Name, head.NameStart, tokens[verb].Start, tokens[stop].End);
            }
        }

        return null;
    }

    /// <summary>
    /// VERB DESCRIPTOR, NAME,: <c>dijo la ministra de Agricultura, Ana Ruiz, en…</c>, <c>a déclaré la directrice de la
    /// communication de la SNV, Claire Dumas, lors…</c>: a descriptor opened by a determiner, then the name between commas.
    /// </summary>
    private static (string Name, int NameStart, int Last)? AppositiveNameAfter(string text, List<Token> tokens, int from, int end)
    {
        if (end <= from || end + 1 >= tokens.Count || tokens[end].IsWord || text[tokens[end].Start] != ',' || !tokens[from].IsWord
            || !(CueLexicon.Determiners.Contains(Word(text, tokens[from])) || IsElidedArticle(Word(text, tokens[from])) || IsPossessive(text, tokens[from]))
            || !EntityIndex.IsNameToken(text, tokens[end + 1]))
        {
            return null;
        }

        var r = end + 1;
        while (r + 1 < tokens.Count && r - end < 6 && (EntityIndex.IsNameToken(text, tokens[r + 1])
               || (tokens[r + 1].IsWord && CueLexicon.NameParticles.Contains(Word(text, tokens[r + 1])))))
        {
            r++;
        }

        var closes = r + 1 >= tokens.Count || (!tokens[r + 1].IsWord && text[tokens[r + 1].Start] is ',' or '.' or ';' or ')');
        return closes && NameRun.Backward(text, tokens, end + 1, r) is { } run ? (run.Name, run.NameStart, r) : null;
    }

    /// <summary>
    /// The comma that closes a descriptor opened by an article at <paramref name="from"/>, past its prepositional
    /// phrases (<c>l'assessore alla mobilità, Giulia Conti,</c>, <c>le président de la région, …</c>): words only, no
    /// verb of speech, at most ten; else -1.
    /// </summary>
    private static int DescriptorComma(string text, List<Token> tokens, int from)
    {
        if (!tokens[from].IsWord || !(CueLexicon.Determiners.Contains(Word(text, tokens[from])) || IsElidedArticle(Word(text, tokens[from]))))
        {
            return -1;
        }

        for (var k = from + 1; k < tokens.Count && k - from <= 10; k++)
        {
            if (!tokens[k].IsWord)
            {
                return text[tokens[k].Start] == ',' ? k : -1;
            }

            if (IsSpeechVerbAt(text, tokens, from, k) || FunctionWords.Contains(Word(text, tokens[k])))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A word printed with a possessive 's ("Labour's energy spokesperson, Ed Miles,").</summary>
    private static bool IsPossessive(string text, Token t) =>
        t.IsWord && t.End + 1 < text.Length && WordScanner.IsApostrophe(text[t.End]) && text[t.End + 1] is 's' or 'S';

    /// <summary>A noun with the elided article of French or Italian ("l'assessore", "l’agence").</summary>
    private static bool IsElidedArticle(string word) =>
        word.Length > 2 && word[0] is 'l' or 'L' && WordScanner.IsApostrophe(word[1]);

    /// <summary>
    /// A listener after the speaker, at token <paramref name="k"/> of a phrase after a verb: German dative or accusative
    /// "dem"/"den" ("sagte der Minister dem Sender"), German "der" before a publication ("der Zeitung"), Spanish and
    /// Portuguese "a"/"à" before an article ("dijo el portavoz a la prensa").
    /// </summary>
    private static bool IsListener(string text, List<Token> tokens, int from, int k)
    {
        if (k <= from || k + 1 >= tokens.Count || !tokens[k + 1].IsWord)
        {
            return false;
        }

        var w = Word(text, tokens[k]);
        var next = Word(text, tokens[k + 1]);
        return (CueLexicon.ObjectDeterminers.Contains(w) && tokens[k + 1].Capitalized)
            || (w is "der" && tokens[k + 1].Capitalized && CueLexicon.IsPublicationNoun(next))
            || (w is "a" && next is "la" or "las" or "los" or "el" or "una" or "un");
    }

    /// <summary>"a source", "one man", "une patiente": an indefinite phrase ending in a lower-case noun names a role.</summary>
    private static SubjectKind? IndefiniteRole(string text, List<Token> tokens, int from, int head)
    {
        var word = Word(text, tokens[head]);
        if (!char.IsLower(word[0]) || NotSpeakers.Contains(word) || !tokens[from].IsWord || !CueLexicon.Indefinites.Contains(Word(text, tokens[from])))
        {
            return null;
        }

        // Only nouns and their modifiers: "a selfie with the" is no phrase.
        for (var k = from + 1; k <= head; k++)
        {
            var w = Word(text, tokens[k]);
            if (!tokens[k].IsWord || CueLexicon.Determiners.Contains(w) || CueLexicon.ObjectMarkers.Contains(w) || CueLexicon.PhraseStops.Contains(w)
                || FunctionWords.Contains(w))
            {
                return null;
            }
        }

        return SubjectKind.Role;
    }

    private static readonly HashSet<string> RomanceDefiniteArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "la", "los", "las", "le", "les", "il", "lo", "gli",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "nor", "not", "no", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "do", "does", "did", "it", "he", "she", "they", "we", "you", "i",
        "him", "them", "us", "me", "who", "what", "which", "there", "here", "so", "very", "too", "more", "most",
    };

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "study", "survey", "document", "filing", "poll", "analysis", "review", "paper", "video", "photo",
        "clip", "book", "film", "song", "show", "way", "lot", "bit", "time", "day", "week", "year", "moment", "few",
        "message", "messaggio", "mensaje", "mensagem", "bericht", "nachricht", "communiqué", "comunicado", "comunicato",
        "nota", "note", "texto", "text", "lettre", "lettera", "carta", "brief",
    };

    /// <summary>What a noun names when it is the subject of a speech verb, or null when it is none of these.</summary>
    internal static SubjectKind? NounKind(string word)
    {
        if (word.Length > 3 && word[0] is 'l' or 'L' && WordScanner.IsApostrophe(word[1]))
        {
            word = word[2..]; // French elided article: "l'agence", "L'association"
        }

        if (CueLexicon.OrganisationNouns.Contains(word))
        {
            return SubjectKind.Organisation;
        }

        if (CueLexicon.PersonRoles.Contains(word) || CueLexicon.Occupations.Contains(word) || IsPluralRole(word))
        {
            return SubjectKind.Role;
        }

        if (CueLexicon.InstitutionNouns.Contains(word))
        {
            return SubjectKind.Institution;
        }

        return Lexicon.StatementNouns.Contains(word) ? SubjectKind.Statement : null;
    }

    /// <summary>The plural of a role or occupation ("inspectors", "producers", "bosses").</summary>
    private static bool IsPluralRole(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var singular = word[..^1];
        if (CueLexicon.PersonRoles.Contains(singular) || CueLexicon.Occupations.Contains(singular))
        {
            return true;
        }

        return word.EndsWith("es", StringComparison.Ordinal) && (CueLexicon.PersonRoles.Contains(word[..^2]) || CueLexicon.Occupations.Contains(word[..^2]));
    }

    /// <summary>"la periodista" in "…, la periodista Marta Iglesias, confirmó": a determiner and lower-case words before a name.</summary>
    private static bool IsDescriptor(string text, List<Token> tokens, int from, int to)
    {
        if (to - from < 2 || to - from > 5 || !tokens[from].IsWord || !CueLexicon.Determiners.Contains(Word(text, tokens[from])))
        {
            return false;
        }

        for (var k = from + 1; k < to; k++)
        {
            if (!tokens[k].IsWord || !char.IsLower(text[tokens[k].Start]) || CueLexicon.ObjectMarkers.Contains(Word(text, tokens[k])) || IsSpeechVerb(Word(text, tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDescriptorWord(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord && !CueLexicon.Determiners.Contains(Word(text, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips adverbs and auxiliaries between a subject and its verb ("Kim also said", "she has since written").</summary>
    private static int SkipFillersBack(string text, List<Token> tokens, int lo, int j)
    {
        for (var n = 0; n < MaxFillers && j >= lo && tokens[j].IsWord; n++)
        {
            var w = Word(text, tokens[j]);
            var filler = (Lexicon.Fillers.Contains(w) && !Lexicon.StatementNouns.Contains(w))
                || (CueLexicon.ForeignFillers.Contains(w) && !(CueLexicon.ForeignPersonPronouns.Contains(w) && OpensClause(text, tokens, lo, j)))
                || (CueLexicon.PerfectAuxiliaries.Contains(w) && j + 1 < tokens.Count && tokens[j + 1].IsWord
                    && (CueLexicon.PerfectInterjections.Contains(Word(text, tokens[j + 1])) || IsSpeechVerbAt(text, tokens, lo, j + 1)))
                || w is "here" or "there" or "now" or "today" or "yesterday" or "tonight" or "then"
                || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));
            if (!filler)
            {
                break;
            }

            j--;
        }

        return j;
    }

    /// <summary>Whether token <paramref name="k"/> opens its clause: the first token, or after a sentence end (not after a comma or hyphen).</summary>
    private static bool OpensClause(string text, List<Token> tokens, int lo, int k) =>
        k == lo || (!tokens[k - 1].IsWord && text[tokens[k - 1].Start] is not (',' or '-'));

    /// <summary>A name after a preposition or a listener verb ("to Rock", "told Smith") is no subject.</summary>
    private static bool IsObject(string text, List<Token> tokens, int lo, int first)
    {
        var k = first - 1;
        if (k >= lo && tokens[k].IsWord && CueLexicon.ObjectMarkers.Contains(Word(text, tokens[k])))
        {
            return true; // "le ministre des Transports": "des" is "of the"
        }

        if (k - 1 >= lo && tokens[k].IsWord && Word(text, tokens[k]) is "de" or "di" or "du" && tokens[k - 1].IsWord && char.IsLower(text[tokens[k - 1].Start]))
        {
            return true; // "el alcalde de Valdeoria", "le maire de Lyon": the complement of a noun, not a name's particle
        }

        if (k >= lo && tokens[k].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[k])))
        {
            k--;
        }

        return k >= lo && tokens[k].IsWord && CueLexicon.ObjectMarkers.Contains(Word(text, tokens[k]));
    }

    private static bool IsClauseStart(string text, List<Token> tokens, int lo, int k) =>
        k == lo || (!tokens[k - 1].IsWord && text[tokens[k - 1].Start] is ',' or '.' or ':' or ';' or '—' or '–' || QuoteMarks.IsMark(text[tokens[k - 1].Start]));

    /// <summary>The phrase as printed, a capitalised article lowered ("The judge" → "the judge").</summary>
    internal static string Phrase(string text, int start, int end)
    {
        var phrase = text[start..end].Replace('\n', ' ');
        if (phrase.Length > 2 && phrase[0] == 'L' && WordScanner.IsApostrophe(phrase[1]))
        {
            return 'l' + phrase[1..]; // "L'agence régionale de santé" → "l'agence régionale de santé"
        }

        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && (CueLexicon.Determiners.Contains(phrase[..space]) || CueLexicon.Indefinites.Contains(phrase[..space])) && char.IsUpper(phrase[0]))
        {
            phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
        }

        return phrase;
    }

    internal static string Word(string text, Token t) => text.Substring(t.Start, t.Length);
}
