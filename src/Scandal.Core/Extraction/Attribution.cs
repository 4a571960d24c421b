namespace Scandal.Core.Extraction;

/// <summary>What an attribution names as the speaker.</summary>
internal enum SubjectKind
{
    /// <summary>A name as printed ("Kardashian", "Jane Roe").</summary>
    Name,

    /// <summary>she, he, I.</summary>
    PersonPronoun,

    /// <summary>it, they, we.</summary>
    GroupPronoun,

    /// <summary>the brand, the company, a spokesperson...</summary>
    Issuer,

    /// <summary>the statement, the message, the post...</summary>
    Statement,
}

/// <summary>An attribution cue next to a quotation: a speech verb and its subject.</summary>
/// <param name="Kind">What the subject is.</param>
/// <param name="Subject">The subject words as printed.</param>
/// <param name="Position">Index of the subject in the text.</param>
/// <param name="VerbEnd">Index one past the speech verb.</param>
/// <param name="IsSourceOnly">The verb names a source ("reported", "according to"), not a speaker.</param>
internal readonly record struct Cue(SubjectKind Kind, string Subject, int Position, int VerbEnd, bool IsSourceOnly);

/// <summary>
/// Reads attribution cues around quotations: <c>, she said</c>, <c>Kardashian continued</c>, <c>said the company</c>
/// after a quote; <c>Kim says,</c>, <c>the brand said the photos were</c>, <c>In a statement, Acme insisted that it was</c>
/// before one. A cue is a speech verb with a subject found next to it (skipping adverbs and auxiliaries) or, failing
/// that, the nearest name, pronoun or issuer noun earlier in the same sentence.
/// </summary>
internal static class Attribution
{
    private const int MaxSubjectDistance = 12;

    /// <summary>A cue in the words right after a quotation (before the sentence ends).</summary>
    public static Cue? After(string text, int from, int to, List<Token> tokens)
    {
        WordScanner.Tokenize(text, from, to, tokens);
        var words = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c is '.' or '!' or '?' or ';' || QuoteMarks.IsMark(c))
                {
                    break;
                }

                continue;
            }

            if (++words > 5)
            {
                break;
            }

            var word = EntityIndex.Word(text, t);
            var source = Lexicon.SourceVerbs.Contains(word);
            if (!source && !Lexicon.SpeechVerbs.Contains(word))
            {
                continue;
            }

            var subject = SubjectBefore(text, tokens, k, 0) ?? SubjectAfter(text, tokens, k);
            if (subject is { } s)
            {
                return s with { VerbEnd = t.End, IsSourceOnly = source };
            }
        }

        return null;
    }

    /// <summary>The last cue in the words of the sentence before a quotation.</summary>
    public static Cue? Before(string text, int from, int to, List<Token> tokens)
    {
        WordScanner.Tokenize(text, from, to, tokens);
        Cue? sourceCue = null;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }

            var word = EntityIndex.Word(text, t);
            var source = Lexicon.SourceVerbs.Contains(word);
            if (!source && !Lexicon.SpeechVerbs.Contains(word))
            {
                continue;
            }

            // "according to X": the subject follows.
            var subject = SubjectBefore(text, tokens, k, 0) ?? SubjectAfter(text, tokens, k);
            if (subject is not { } s)
            {
                continue;
            }

            if (!source)
            {
                return s with { VerbEnd = t.End };
            }

            sourceCue ??= s with { VerbEnd = t.End, IsSourceOnly = true };
        }

        return sourceCue;
    }

    private static Cue? SubjectBefore(string text, List<Token> tokens, int verb, int floor)
    {
        var immediate = true;
        for (var k = verb - 1; k >= floor && verb - k <= MaxSubjectDistance; k--)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c is '.' or '!' or '?' or ';' || QuoteMarks.IsMark(c))
                {
                    return null;
                }

                immediate = false;
                continue;
            }

            var word = EntityIndex.Word(text, t);
            if (Lexicon.PersonPronouns.Contains(word))
            {
                return new Cue(SubjectKind.PersonPronoun, word, t.Start, 0, false);
            }

            if (Lexicon.GroupPronouns.Contains(word))
            {
                return new Cue(SubjectKind.GroupPronoun, word, t.Start, 0, false);
            }

            if (t.Capitalized && !Lexicon.NotNames.Contains(word))
            {
                return NameRun(text, tokens, k);
            }

            if (Lexicon.IssuerNouns.Contains(word))
            {
                return new Cue(SubjectKind.Issuer, word, t.Start, 0, false);
            }

            if (immediate && Lexicon.StatementNouns.Contains(word))
            {
                return new Cue(SubjectKind.Statement, word, t.Start, 0, false);
            }

            if (!Lexicon.Fillers.Contains(word) && !Lexicon.SpeechVerbs.Contains(word))
            {
                immediate = false;
            }
        }

        return null;
    }

    /// <summary>Inverted order, right after the verb: "said Jane Roe", "says the company", "according to Roe".</summary>
    private static Cue? SubjectAfter(string text, List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k < tokens.Count && k - verb <= 3; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c is '.' or '!' or '?' or ';' or ',' || QuoteMarks.IsMark(c))
                {
                    return null;
                }

                continue;
            }

            var word = EntityIndex.Word(text, t);
            if (Lexicon.PersonPronouns.Contains(word))
            {
                return new Cue(SubjectKind.PersonPronoun, word, t.Start, 0, false);
            }

            if (t.Capitalized && !Lexicon.NotNames.Contains(word))
            {
                // Expand forward over the rest of the name.
                var end = k;
                while (end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].Capitalized && tokens[end + 1].Start == tokens[end].End + 1)
                {
                    end++;
                }

                return NameRun(text, tokens, end);
            }

            if (Lexicon.IssuerNouns.Contains(word))
            {
                return new Cue(SubjectKind.Issuer, word, t.Start, 0, false);
            }

            if (Lexicon.StatementNouns.Contains(word))
            {
                return new Cue(SubjectKind.Statement, word, t.Start, 0, false);
            }

            if (word is not ("the" or "a" or "an" or "to" or "The") && !t.Capitalized)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The run of capitalised words ending at token <paramref name="last"/>.</summary>
    private static Cue NameRun(string text, List<Token> tokens, int last)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].IsWord && tokens[first - 1].Capitalized && tokens[first].Start == tokens[first - 1].End + 1
               && !Lexicon.NotNames.Contains(EntityIndex.Word(text, tokens[first - 1])) && last - first < 3)
        {
            first--;
        }

        var name = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => EntityIndex.Word(text, tokens[k])));
        return new Cue(SubjectKind.Name, name, tokens[first].Start, 0, false);
    }
}
