using Scandal.Core.Text;

namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// Gives every quotation its speaker and the evidence for it, in article order:
/// <list type="number">
/// <item>the cue between two joined pieces, else the cue right after the quotation, else the one in the sentence
/// before it (<see cref="CueFinder"/>, <see cref="CuePatterns"/>); the subject resolves through <see cref="Mentions"/>;</item>
/// <item>a quoted heading takes the author of the post that follows and repeats its words;</item>
/// <item>a quotation that fills its paragraph with no cue continues the paragraph before it: the speaker of its
/// quotation (a run of quoted paragraphs), else the subject of its reported speech (<c>X says there are…</c>),
/// else the first name that can speak in it.</item>
/// </list>
/// A cue that names no one the article can refer to leaves the speaker null as <see cref="SpeakerMissing.Ambiguous"/>;
/// no cue leaves it null as <see cref="SpeakerMissing.NoCue"/>.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxGap = 160;
    private const int MaxBefore = 400;
    private const int MaxHeadline = 300;
    private const int MaxHeadlineQuotes = 3;

    private readonly string text;
    private readonly List<Paragraph> paragraphs;
    private readonly bool[] inQuote;
    private readonly Mentions mentions;
    private readonly EntityIndex entities;
    private readonly List<Token> tokens = [];
    private readonly List<Token> scratch = [];
    private readonly Func<CueMatch, bool> accept;

    public SpeakerResolver(string text, List<Paragraph> paragraphs, bool[] inQuote, EntityIndex entities)
    {
        this.text = text;
        this.paragraphs = paragraphs;
        this.inQuote = inQuote;
        mentions = new Mentions(entities, TranscriptLabels(text, paragraphs));
        this.entities = entities;
        accept = CanSpeak;
    }

    /// <summary>
    /// Where a transcript paragraph names its speaker in capitals before a colon (<c>COLM DWYER: The milking parlour…</c>):
    /// that person narrates the paragraph, so "she" in it is someone else.
    /// </summary>
    private static HashSet<int> TranscriptLabels(string text, List<Paragraph> paragraphs)
    {
        var labels = new HashSet<int>();
        foreach (var para in paragraphs)
        {
            var i = para.Start;
            var letters = 0;
            while (i < para.End && i - para.Start < 60 && (char.IsUpper(text[i]) || text[i] is ' ' or '-' or '.' or '\''))
            {
                letters += char.IsUpper(text[i]) ? 1 : 0;
                i++;
            }

            while (i < para.End && text[i] == ' ')
            {
                i++;
            }

            if (letters >= 2 && i < para.End && text[i] == ':')
            {
                labels.Add(para.Start);
            }
        }

        return labels;
    }

    /// <summary>The cue in the words between two quoted pieces, or null (used to decide whether they are one quotation).</summary>
    public CueMatch? GapCue(int from, int to) => CueFinder.After(text, from, to, tokens, accept, entities);

    /// <summary>A short quotation followed by <c>, she said</c>: a spoken sentence, not a fragment.</summary>
    public bool HasCueAfter(QuoteCandidate c) => AfterCue(c, out _) is not null;

    public void Resolve(List<QuoteCandidate> candidates)
    {
        QuoteCandidate? previous = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Kind == QuoteKind.EmbeddedPost)
            {
                var sig = c.Signature ?? c.Last.Content;
                c.Evidence = new SpeakerEvidence(CueRules.Post, sig.Start, sig.End);
                c.SpeakerIsPerson = true;
                previous = c;
                continue;
            }

            if (c.InPost)
            {
                c.Missing = SpeakerMissing.NoCue; // a phrase quoted inside a post: its speaker is not the article's to say
                continue;
            }

            var cue = c.GapCue ?? BestCue(c);
            if (cue is { } found)
            {
                var (speaker, person) = ResolveCue(found, previous);
                if (speaker is not null)
                {
                    Attribute(c, speaker, person, found.Rule, found.Start, found.End);
                }
                else
                {
                    c.Missing = SpeakerMissing.Ambiguous;
                }
            }

            if (c.Speaker is null && !HeadingAuthor(c, candidates, k) && !Continuation(c, previous) && cue is null)
            {
                c.Missing = SpeakerMissing.NoCue;
            }

            if (c.Speaker is not null)
            {
                c.Missing = null;
                previous = c;
            }
        }

        HeadlineRepeats(candidates);
    }

    /// <summary>
    /// A quotation in the headline (the article's first paragraph) that no cue attributes repeats words the body quotes
    /// ("'We over-built for a boom': freight chief on…", "Mayor asks for 'calm'"): it takes the speaker of the first
    /// quotation below that holds its words.
    /// </summary>
    private void HeadlineRepeats(List<QuoteCandidate> candidates)
    {
        // A headline is short: a long first paragraph is body text, and the bound keeps the pass linear on any input.
        var headline = paragraphs.FindIndex(static p => p.Length > 0);
        if (headline < 0 || paragraphs[headline].Length > MaxHeadline)
        {
            return;
        }

        var words = new List<string>?[candidates.Count];
        List<string> WordsOf(int k) => words[k] ??= QuotedWords(candidates[k]);

        var asked = 0;
        for (var k = 0; k < candidates.Count && candidates[k].Pieces[0].Paragraph <= headline && asked < MaxHeadlineQuotes; k++)
        {
            var c = candidates[k];
            if (c.Speaker is not null || c.InPost || c.Kind == QuoteKind.EmbeddedPost || c.Pieces[0].Paragraph != headline || WordsOf(k).Count == 0)
            {
                continue;
            }

            asked++;
            for (var j = k + 1; j < candidates.Count; j++)
            {
                var d = candidates[j];
                if (d.Speaker is null || d.Pieces[0].Paragraph == headline || d.Evidence is not { } evidence || !HoldsRun(WordsOf(j), WordsOf(k)))
                {
                    continue;
                }

                Attribute(c, d.Speaker, d.SpeakerIsPerson, CueRules.RepeatedQuote, evidence.Start, evidence.End);
                c.Missing = null;
                break;
            }
        }

        // The other way: words of the body that the headline's attributed quotation holds ("Rep. Calloway calls bill 'a
        // gift to the cartels'" over "…would amount to "a gift to the cartels.""), three words at least.
        asked = 0;
        for (var k = 0; k < candidates.Count && candidates[k].Pieces[0].Paragraph <= headline && asked < MaxHeadlineQuotes; k++)
        {
            var h = candidates[k];
            if (h.Pieces[0].Paragraph != headline || h.Speaker is null || h.Evidence is not { } evidence || evidence.Rule == CueRules.RepeatedQuote)
            {
                continue;
            }

            asked++;

            for (var j = k + 1; j < candidates.Count; j++)
            {
                var c = candidates[j];
                if (c.Speaker is null && !c.InPost && c.Kind != QuoteKind.EmbeddedPost && c.Pieces[0].Paragraph != headline && WordsOf(j) is { Count: >= 3 } run
                    && HoldsRun(WordsOf(k), run))
                {
                    Attribute(c, h.Speaker, h.SpeakerIsPerson, CueRules.RepeatedQuote, evidence.Start, evidence.End);
                    c.Missing = null;
                }
            }
        }
    }

    private List<string> QuotedWords(QuoteCandidate c)
    {
        var all = new List<string>();
        foreach (var piece in c.Pieces)
        {
            all.AddRange(Words(piece.Content));
        }

        return all;
    }

    /// <summary>Whether <paramref name="words"/> holds <paramref name="run"/> as consecutive words.</summary>
    private static bool HoldsRun(List<string> words, List<string> run)
    {
        for (var i = 0; i + run.Count <= words.Count; i++)
        {
            var k = 0;
            while (k < run.Count && string.Equals(words[i + k], run[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == run.Count)
            {
                return true;
            }
        }

        return false;
    }

    private void Attribute(QuoteCandidate c, string speaker, bool person, string rule, int start, int end)
    {
        mentions.Spoke(speaker);
        c.Speaker = speaker;
        c.SpeakerIsPerson = person;
        c.Evidence = new SpeakerEvidence(rule, start, Math.Max(start, end));
    }

    private bool CanSpeak(CueMatch m) =>
        (m.Start >= inQuote.Length || !inQuote[m.Start]) // "Steady as She Goes" in quotation marks is no cue
        && (m.Kind == SubjectKind.Anaphor ? Anaphor(m, m.SubjectStart) is not null
        : m.Kind != SubjectKind.Name
        || (!EntityIndex.IsPlace(m.Subject) && mentions.CanSpeak(mentions.Resolve(m.Subject)) && mentions.IsName(m.Subject, OpensSentence(m.SubjectStart))));

    /// <summary>Whether only white space, quotation marks or brackets stand between a sentence end (or the start) and <paramref name="i"/>.</summary>
    private bool OpensSentence(int i)
    {
        for (var k = i - 1; k >= 0 && i - k < 200; k--)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) || QuoteMarks.IsMark(c) || c is '(' or '[')
            {
                if (c == '\n')
                {
                    return true;
                }

                continue;
            }

            return c is '!' or '?' or ':' || (c == '.' && Sentences.EndsAt(text, k));
        }

        return true;
    }

    private CueMatch? BestCue(QuoteCandidate c)
    {
        var after = AfterCue(c, out var newSentence);
        if (after is { IsSourceOnly: false } && !newSentence)
        {
            return after;
        }

        var before = BeforeCue(c, out var previousSentence);
        if (before is { } b && after is not null && !newSentence && QuotedBetween(b.End, c.Pieces[0].Open))
        {
            before = null; // "X ha pedido "calma" … aunque "estabilizado", según la Junta": the verb has its own quotation
        }

        if (before is { IsSourceOnly: false } && !(previousSentence && after is not null && !newSentence))
        {
            return before; // a cue in the quotation's own sentence ("…," according to Menon) beats one from the sentence before
        }

        return after ?? before;
    }

    /// <summary>Whether another quotation stands in <c>[from, to)</c>.</summary>
    private bool QuotedBetween(int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < inQuote.Length; i++)
        {
            if (inQuote[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue after the quotation; <paramref name="newSentence"/> when it sits in a new sentence longer than "Osei said."</summary>
    private CueMatch? AfterCue(QuoteCandidate c, out bool newSentence)
    {
        newSentence = false;
        var last = c.Last;
        var from = Math.Min(text.Length, last.Close + 1);
        var para = paragraphs[last.Paragraph];
        var to = Math.Min(para.End, from + MaxGap);
        var i = from;
        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= to)
        {
            return null;
        }

        if (TextReads.LastNonSpace(text, last.Content) is '.' or '!' or '?' && !char.IsLower(text[i]))
        {
            // “…again.” Osei said. — a sentence of its own that attributes the quote. A longer one may still, but the
            // sentence before the quotation is asked first.
            var stop = i;
            while (stop < to && !Sentences.EndsAt(text, stop) && !QuoteMarks.IsDouble(text[stop]) && text[stop] != '\n')
            {
                stop++;
            }

            // A sentence that leads into the next quotation ("The statement continued, “…") belongs to that one.
            newSentence = TextReads.CountWords(text, new TextSpan(i, stop)) > 4 || (stop < to && QuoteMarks.IsDouble(text[stop]));
            to = stop;
        }

        return CueFinder.After(text, from, to, tokens, accept, entities);
    }

    /// <summary>The cue before the quotation; <paramref name="previousSentence"/> when it comes from an earlier sentence.</summary>
    private CueMatch? BeforeCue(QuoteCandidate c, out bool previousSentence)
    {
        previousSentence = false;
        var first = c.Pieces[0];
        if (first.Paragraph < 0)
        {
            return null;
        }

        var para = paragraphs[first.Paragraph];
        var from = Math.Max(para.Start, first.Open - MaxBefore);
        for (var i = first.Open - 1; i > from; i--)
        {
            if (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !inQuote[i] && text[i] is '.' or '!' or '?' && Sentences.EndsAt(text, i))
            {
                from = i + 1;
                break;
            }
        }

        if (!TextReads.IsBlank(text, from, first.Open))
        {
            return CueFinder.Before(text, from, first.Open, tokens, accept, entities) ?? NameColon(para, first.Open)
                ?? ColonSubject(from, first.Open);
        }

        // The quotation opens its sentence: a paragraph before that ends in a colon introduces it, or the sentence
        // before may report its speaker ("He added that he had been moved by testimony. “When a mother tells you…”").
        previousSentence = true;
        return ColonParagraph(first) ?? PreviousSentenceCue(para, from);
    }

    /// <summary>SUBJECT …: QUOTE — the sentence before the quotation ends in a colon and names its subject.</summary>
    private CueMatch? ColonSubject(int from, int open)
    {
        var k = open - 1;
        while (k >= from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k <= from || text[k] != ':')
        {
            return null;
        }

        WordScanner.Tokenize(text, from, k + 1, tokens);
        entities.MarkNames(text, tokens);
        // A single capitalised word opening the sentence ("Poche ore dopo, …") is a name only if the article uses it as one.
        return NounPhrases.ColonSubject(text, tokens) is { } m && accept(m)
            && (m.Kind != SubjectKind.Name || m.Subject.Contains(' ', StringComparison.Ordinal) || mentions.Knows(m.Subject)) ? m : null;
    }

    /// <summary>A quotation that opens its paragraph after a paragraph ending in a colon: the cue of that paragraph's last sentence.</summary>
    private CueMatch? ColonParagraph(QuotedStretch first)
    {
        var para = paragraphs[first.Paragraph];
        for (var i = para.Start; i < first.Open; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return null;
            }
        }

        var p = first.Paragraph - 1;
        while (p >= 0 && paragraphs[p].Length == 0)
        {
            p--;
        }

        if (p < 0)
        {
            return null;
        }

        var prev = paragraphs[p];
        var end = prev.End;
        while (end > prev.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= prev.Start || text[end - 1] != ':' || inQuote[end - 1])
        {
            return null;
        }

        var from = Math.Max(prev.Start, end - MaxBefore);
        for (var i = end - 2; i > from; i--)
        {
            if (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !inQuote[i] && text[i] is '.' or '!' or '?' && Sentences.EndsAt(text, i))
            {
                from = i + 1;
                break;
            }
        }

        return CueFinder.Before(text, from, end - 1, tokens, accept, entities) ?? ColonSubject(from, end);
    }

    /// <summary>The reported-speech cue of the sentence that ends at <paramref name="end"/> in its paragraph, or null.</summary>
    private CueMatch? PreviousSentenceCue(Paragraph para, int end)
    {
        var stop = end - 1;
        while (stop > para.Start && char.IsWhiteSpace(text[stop]))
        {
            stop--;
        }

        if (stop <= para.Start)
        {
            return null;
        }

        var from = para.Start;
        for (var i = stop - 1; i > para.Start && stop - i < MaxBefore; i--)
        {
            if (char.IsWhiteSpace(text[i + 1]) && !inQuote[i] && text[i] is '.' or '!' or '?' && Sentences.EndsAt(text, i))
            {
                from = i + 1;
                break;
            }

            if (stop - i == MaxBefore - 1)
            {
                return null;
            }
        }

        return ReportedSpeech(from, end);
    }

/// <summary>NAME: "QUOTE" — a heading or a transcript line that gives the speaker's name and a colon (<c>Varga: "This city…"</c>).</summary>
    private CueMatch? NameColon(Paragraph para, int open)
    {
        var k = open - 1;
        while (k > para.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k <= para.Start || text[k] != ':')
        {
            return null;
        }

        WordScanner.Tokenize(text, Math.Max(para.Start, k - 80), k, tokens);
        entities.MarkNames(text, tokens);
        if (tokens.Count == 0)
        {
            return null;
        }

        var last = tokens.Count - 1;
        if (NameRun.Backward(text, tokens, 0, last) is not { } run)
        {
            // "14:58 — Minister: “…”": a heading that gives the speaker's title alone.
            var title = tokens[last];
            var stamped = tokens[0].Start == para.Start;
            var opensTitle = last == 0 || (!tokens[last - 1].IsWord && text[tokens[last - 1].Start] is '—' or '–' or '-' or '|') || (stamped && AfterTimestamp(last));
            if (opensTitle && title.IsWord && title.Capitalized && CuePatterns.NounKind(CuePatterns.Word(text, title)) == SubjectKind.Role)
            {
                return new CueMatch(CueRules.NameColon, SubjectKind.Role, CuePatterns.Word(text, title), title.Start, title.Start, k + 1);
            }

            // "Transport minister: '…'", "Kessler's lawyer: '…'": a heading that names a role by one modifier.
            var opensModified = last == 1 || (last > 1 && !tokens[last - 2].IsWord && text[tokens[last - 2].Start] is '—' or '–' or '-' or '|') || (stamped && last > 1 && AfterTimestamp(last - 1));
            return opensModified && title.IsWord && !title.Capitalized && tokens[last - 1].IsWord && tokens[last - 1].Capitalized
                && CuePatterns.NounKind(CuePatterns.Word(text, title)) == SubjectKind.Role
                ? new CueMatch(CueRules.NameColon, SubjectKind.Role, text[tokens[last - 1].Start..title.End], tokens[last - 1].Start, tokens[last - 1].Start, k + 1)
                : null;
        }

        var opens = run.First == 0 || (!tokens[run.First - 1].IsWord && text[tokens[run.First - 1].Start] is '—' or '–' or '-' or ':' or '|' or '.')
            || (tokens[0].Start == para.Start && AfterTimestamp(run.First));
        return opens ? new CueMatch(CueRules.NameColon, SubjectKind.Name, run.Name, run.NameStart, tokens[run.First].Start, k + 1) : null;
    }

    /// <summary>Whether the tokens before <paramref name="first"/> are a live blog's time stamp alone ("11:31", "9.05am").</summary>
    private bool AfterTimestamp(int first)
    {
        if (first < 1 || first > 4)
        {
            return false;
        }

        for (var k = 0; k < first; k++)
        {
            var t = tokens[k];
            var w = CuePatterns.Word(text, t);
            if (t.IsWord ? !(char.IsDigit(w[0]) && (w.All(char.IsDigit) || w.EndsWith("am", StringComparison.OrdinalIgnoreCase) || w.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
                : w is not (":" or "."))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns a cue's subject into a speaker: a name to its fullest form, a pronoun or a noun to what it refers to.</summary>
    private (string? Speaker, bool Person) ResolveCue(CueMatch cue, QuoteCandidate? previous)
    {
        var position = cue.SubjectStart;
        // The previous quotation ends with its cue: a name in "said a spokesperson for X" is not named since it.
        var previousEnd = previous is null ? -1 : Math.Max(previous.Last.Content.End, previous.Evidence is { } e && e.Start > previous.Start ? e.End : 0);
        var previousNear = previous is not null && position - previousEnd <= Mentions.Reach;
        var since = Math.Max(previousEnd, position - Mentions.Lookback);
        switch (cue.Kind)
        {
            case SubjectKind.Name:
                var name = mentions.ResolveNear(cue.Subject, position);
                return (name, mentions.IsPerson(name) || (name.Contains(' ', StringComparison.Ordinal) && !EntityIndex.IsOrganisationName(name)));
            case SubjectKind.PersonPronoun:
                // "…?" Thompson asked. "Gideon did," she replied: who replies is not who asked.
                var asker = previous?.Speaker is { } p && IsReply(cue) ? p : null;
                if (asker is null && UnnamedRoleSpoke(cue, position, previousEnd, previous, since) is { } role)
                {
                    return role; // "A council spokeswoman said … “…,” she said.": the role, not a person named earlier
                }

                var antecedent = mentions.PersonAntecedent(position, previousEnd, asker is null ? previous?.Speaker : null, previousEnd, cue.Subject, asker);
                if (antecedent is not null)
                {
                    mentions.Learn(antecedent, cue.Subject);
                }

                return (antecedent, true);
            case SubjectKind.Role:
                return ResolveRole(cue, position, since, previous, previousNear, previousEnd);
            case SubjectKind.Anaphor:
                return (Anaphor(cue, position), false);
            case SubjectKind.Institution:
                return (IssuerByNoun(Mentions.LastWord(cue.Head ?? cue.Subject), position)
                    ?? (cue.Of is { } inst ? ResolveOf(inst, position, since, previous, previousNear) : null)
                    ?? mentions.Institution(Mentions.LastWord(cue.Subject), position) ?? cue.Subject, false);
            case SubjectKind.Statement when cue.Subject == "it" && StatementAuthor(position) is { } author:
                return author;
            case SubjectKind.Statement when cue.Of is { } from:
                return ResolveOf(from, position, since, previous, previousNear) is { } issuer ? (issuer, false)
                    : OwnerRole(from) is { } people ? (people, true) // "the judges' citation": the judges
                    : (Organisation(position, since, previous, previousNear, cue.Kind), false);
            case SubjectKind.Organisation:
                return (IssuerByNoun(Mentions.LastWord(cue.Head ?? cue.Subject), position) ?? Organisation(position, since, previous, previousNear, cue.Kind), false);
            default:
                return (Organisation(position, since, previous, previousNear, cue.Kind), false);
        }
    }

    /// <summary>
    /// The speaker a pronoun refers to when the last speech cue before it, since the previous quotation, names an unnamed
    /// person by an indefinite role phrase (<c>A council spokeswoman said…</c>, <c>One senior official, who…, said</c>)
    /// and no person is named between that cue and the pronoun: the role as it resolves; null otherwise, or when the
    /// role's noun marks the other gender ("a spokesman … she said").
    /// </summary>
    private (string? Speaker, bool Person)? UnnamedRoleSpoke(CueMatch cue, int position, int previousEnd, QuoteCandidate? previous, int since)
    {
        var para = paragraphs[ParagraphAt(position)];
        var from = Math.Max(previousEnd + 1, Math.Max(para.Start, position - MaxBefore));
        if (previousEnd >= position || ReportedSpeech(from, position) is not { Kind: SubjectKind.Role } role || role.End > position)
        {
            return null;
        }

        var first = role.Subject.Split(' ', 2)[0];
        var noun = Mentions.LastWord(role.Head ?? role.Subject);
        if (!CueLexicon.Indefinites.Contains(first) || role.Rule == CueRules.NameColon
            || !(CuePatterns.NounKind(noun) == SubjectKind.Role || noun is "person" or "man" or "woman"))
        {
            return null; // "a cryptic post": an indefinite phrase that names no one
        }

        var gender = PersonGender.OfPronoun(cue.Subject);
        var marked = PersonGender.OfRoleNoun(Mentions.LastWord(role.Head ?? role.Subject));
        if (gender != Gender.Unknown && marked != Gender.Unknown && gender != marked)
        {
            return null;
        }

        foreach (var m in mentions.Before(position, role.End))
        {
            if (m.IsPerson && !m.InQuote)
            {
                return null; // someone named since the role spoke
            }
        }

        var previousNear = previous is not null && position - previousEnd <= Mentions.Reach;
        var resolved = ResolveRole(role, role.SubjectStart, since, previous, previousNear, previousEnd);
        return resolved.Speaker is null ? null : resolved;
    }

    /// <summary>Whether a cue's verb answers (<c>she replied</c>, <c>a-t-elle répondu</c>).</summary>
    private bool IsReply(CueMatch cue)
    {
        foreach (var t in WordScanner.Tokenize(text, cue.Start, cue.End))
        {
            if (t.IsWord && CueLexicon.ReplyVerbs.Contains(CuePatterns.Word(text, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role phrase: the person the article introduced with that title ("Judge Ann Lee" for "the judge"); for "the
    /// judge", the judge it introduced before ("a Calder Falls judge"); a spokesperson speaks for the organisation they
    /// are named for ("a spokesperson for Acme", "an Acme spokesman", "a spokesman" after the agency spoke) but a
    /// person's spokesperson ("Kyle's rep", "a spokesperson for Lola") or a described one ("a palace spokesman") is the
    /// phrase; else the phrase itself.
    /// </summary>
    private (string? Speaker, bool Person) ResolveRole(CueMatch cue, int position, int since, QuoteCandidate? previous, bool previousNear, int previousEnd)
    {
        var head = cue.Head ?? cue.Subject;
        var role = Mentions.LastWord(head);
        var spokes = role.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) || role is "representative" or "rep" or "representatives" or "reps";
        if (spokes)
        {
            if (cue.Of is { } of)
            {
                return ResolveOf(of, position, since, previous, previousNear) is { } org ? (org, false) : (cue.Subject, true);
            }

            var modifier = Modifier(head);
            if (modifier.Length > 0)
            {
                if (char.IsUpper(modifier[0]) || EntityIndex.IsNameToken(modifier, new Token(0, modifier.IndexOf(' ') is var sp and > 0 ? sp : modifier.Length, true, false)))
                {
                    var name = mentions.Resolve(modifier);
                    if (!mentions.IsPerson(name) && mentions.CanSpeak(name) && !EntityIndex.IsPlace(name))
                    {
                        return (name, false); // "a Clearview spokesman"
                    }
                }

                return (cue.Subject, true); // "Kyle's rep", "a palace spokesman"
            }

            if (IsDefinite(head) && previousNear && previous!.Speaker is { } said && char.IsLower(said[0])
                && said.Contains("spokes", StringComparison.OrdinalIgnoreCase))
            {
                return (said, true); // "A spokesperson for the mayor said… “…,” the spokesperson added."
            }

            if (IsDefinite(head) && SpokespersonIntroduction(position, previous, previousNear) is { } spokenFor)
            {
                return (spokenFor, false); // "A spokesperson for Acme said… “…,” the spokesperson said."
            }

            if (NearbyIssuerPhrase(null, position) is { } described)
            {
                return (described, false); // "The inspectorate confirmed it. A spokesman said…"
            }

            return (Organisation(position, since, previous, previousNear, SubjectKind.Organisation) ?? cue.Subject, false);
        }

        if (head.StartsWith("its ", StringComparison.OrdinalIgnoreCase) && Owner(position) is { } owner)
        {
            return (owner, false); // "a distinction that its inspectors described as…": the organisation's own people
        }

        if (mentions.TitledPerson(role, position) is { } titled)
        {
            return (titled, true);
        }

        if (cue.Of is null && IsDefinite(head) && IndefiniteAntecedent(role, position) is { } introduced)
        {
            return (introduced, true); // "the same judge" after "A Calder Falls judge will hear…"
        }

        if (cue.Of is null && IsGermanEpithet(head, role)
            && mentions.PersonAntecedent(position, previousEnd, previous?.Speaker, previousEnd) is { } person)
        {
            return (person, true); // "Verkehrsminister Tobias Reinhold rief … auf. „…“, sagte der FDP-Politiker."
        }

        if (cue.Rule == CueRules.NameColon && head.Contains(' ', StringComparison.Ordinal))
        {
            // "Transport minister: '…'" over "The transport minister, Priya Ramdhanie, has…"; a heading whose role the
            // text below does not introduce names no one.
            var modifier = Modifier(head);
            var possessive = head.Contains("'s ", StringComparison.Ordinal) || head.Contains("\u2019s ", StringComparison.Ordinal);
            return (RoleIntroducedAfter(role, possessive ? null : modifier, position), true);
        }

        return (cue.Subject, true);
    }

    /// <summary>
    /// Who wrote the message "It read:" quotes: the subject of the last speech verb in the sentence before
    /// (<c>Keeley Marsh, 31, posted a cryptic message. It read: “…”</c>).
    /// </summary>
    private (string?, bool)? StatementAuthor(int position)
    {
        var para = paragraphs[ParagraphAt(position)];
        WordScanner.Tokenize(text, Math.Max(para.Start, position - MaxBefore), position, scratch);
        entities.MarkNames(text, scratch);
        var sentence = 0;
        CueMatch? found = null;
        for (var k = 0; k < scratch.Count; k++)
        {
            if (!scratch[k].IsWord)
            {
                if (Sentences.EndsAt(text, scratch[k].Start) && k + 1 < scratch.Count && scratch[k + 1].Start < position - 1)
                {
                    sentence = k + 1;
                }

                continue;
            }

            if (!inQuote[scratch[k].Start] && CuePatterns.IsSpeechVerbAt(text, scratch, sentence, k)
                && CuePatterns.SubjectBefore(text, scratch, sentence, k) is { Kind: SubjectKind.Name } m && CanSpeak(m))
            {
                found = m;
            }
        }

        if (found is not { } cue)
        {
            return IssuerOfStatement();
        }

        var name = mentions.ResolveNear(cue.Subject, cue.SubjectStart);
        return (name, mentions.IsPerson(name));
    }

    /// <summary>Verbs that put out a statement ("released a short statement", "issued a note").</summary>
    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "released", "issued", "published", "posted", "shared", "sent", "wrote", "put", "left", "signed",
    };

    /// <summary>Words that end a subject noun phrase: its auxiliary or verb.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "was", "were", "is", "are", "will", "would", "also", "later", "then", "on", "in",
    };

    /// <summary>
    /// Who issued the statement "it read" quotes when no speech verb names them: the subject of the sentence before
    /// that puts out a statement (<c>The man's family … released a short statement through the force.</c>), a noun
    /// phrase with its determiner and possessive, or a name; null when that sentence puts out no statement.
    /// </summary>
    private (string?, bool)? IssuerOfStatement()
    {
        // The sentence that ends before the quotation "it read" follows.
        var stop = scratch.Count - 1;
        var quoted = false;
        while (stop >= 0 && !(quoted && !inQuote[scratch[stop].Start] && !scratch[stop].IsWord && Sentences.EndsAt(text, scratch[stop].Start)))
        {
            quoted |= inQuote[scratch[stop].Start];
            stop--;
        }

        var sentence = stop - 1;
        while (sentence > 0 && !(!scratch[sentence - 1].IsWord && !inQuote[scratch[sentence - 1].Start] && Sentences.EndsAt(text, scratch[sentence - 1].Start)))
        {
            sentence--;
        }

        if (stop < 0 || sentence < 0)
        {
            return null;
        }

        var issued = false;
        for (var k = sentence; k < stop && !issued; k++)
        {
            if (!scratch[k].IsWord || inQuote[scratch[k].Start] || !IssuingVerbs.Contains(CuePatterns.Word(text, scratch[k])))
            {
                continue;
            }

            for (var o = k + 1; o < stop && o - k <= 4 && scratch[o].IsWord; o++)
            {
                issued |= Lexicon.StatementNouns.Contains(CuePatterns.Word(text, scratch[o]));
            }
        }

        if (!issued || sentence >= scratch.Count || !scratch[sentence].IsWord)
        {
            return null;
        }

        var first = scratch[sentence];
        var word = CuePatterns.Word(text, first);
        if (Lexicon.PersonPronouns.Contains(word) && word.Length > 1)
        {
            return mentions.PersonAntecedent(first.Start, -1, null, -1, word) is { } person ? (person, true) : null;
        }

        if (!CueLexicon.Determiners.Contains(word))
        {
            return null;
        }

        var end = sentence + 1;
        while (end < scratch.Count && end - sentence <= 5 && scratch[end].IsWord && !Auxiliaries.Contains(CuePatterns.Word(text, scratch[end]))
               && !IssuingVerbs.Contains(CuePatterns.Word(text, scratch[end])) && !CuePatterns.IsSpeechVerb(CuePatterns.Word(text, scratch[end])))
        {
            end++;
        }

        if (end == sentence + 1 || end >= stop || !scratch[end].IsWord || end - sentence > 5)
        {
            return null;
        }

        var head = CuePatterns.Word(text, scratch[end - 1]);
        if (!char.IsLower(head[0]) || CuePatterns.NounKind(head) is SubjectKind.Statement)
        {
            return null; // "The Acme board": a name the grammar reads elsewhere; "The statement"
        }

        var phrase = CuePatterns.Phrase(text, first.Start, scratch[end - 1].End);
        return (phrase, CuePatterns.NounKind(head) is not (SubjectKind.Organisation or SubjectKind.Institution));
    }

    private int ParagraphAt(int position)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (paragraphs[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>What "its" before <paramref name="position"/> refers to: the nearest organisation named in the same sentence.</summary>
    private string? Owner(int position)
    {
        foreach (var m in mentions.Before(position, Math.Max(0, position - 200)))
        {
            if (HasSentenceEnd(m.Start + m.Length, position))
            {
                return null;
            }

            if (!m.IsPerson && mentions.CanSpeak(m.Canonical))
            {
                return m.Canonical;
            }
        }

        return null;
    }

    private bool HasSentenceEnd(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' && Sentences.EndsAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the insider", "the confederation": an organisation whose name holds the word, else a phrase that introduced it.</summary>
    private string? Anaphor(CueMatch cue, int position)
    {
        var head = Mentions.LastWord(cue.Subject);
        return mentions.Institution(head, position) ?? IndefiniteAntecedent(head, position) ?? NearbyIssuerPhrase(head, position);
    }

    /// <summary>
    /// "the charity said": the organisation the article introduced with that noun ("the charity MedAid"), else one whose
    /// name holds it, else a described one named just before ("the highways agency"), else null.
    /// </summary>
    private string? IssuerByNoun(string noun, int position)
    {
        if (char.IsUpper(noun[0]))
        {
            return null;
        }

        return mentions.TitledOrganisation(noun, position) ?? NearbyIssuerPhrase(noun, position);
    }

    /// <summary>
    /// The object of "a spokesperson for X" / "a statement from X": an organisation's name, or "the firm" resolved like
    /// an issuer noun; null for a person or anything else.
    /// </summary>
    private string? ResolveOf(string of, int position, int since, QuoteCandidate? previous, bool previousNear)
    {
        var words = of.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = CueLexicon.Determiners.Contains(words[0]) && words.Length > 1 ? 1 : 0;
        var rest = string.Join(' ', words[first..]);
        var lead = new Token(0, words[first].Length, true, char.IsUpper(words[first][0]) && words[first].Length > 1);
        if (EntityIndex.IsNameToken(words[first], lead))
        {
            var name = mentions.Resolve(rest);
            return mentions.IsPerson(name) || !mentions.CanSpeak(name) ? null : name;
        }

        var noun = words[^1];
        return CuePatterns.NounKind(noun) switch
        {
            SubjectKind.Organisation => IssuerByNoun(noun, position) ?? Organisation(position, since, previous, previousNear, SubjectKind.Organisation),
            SubjectKind.Institution => IssuerByNoun(noun, position) ?? mentions.Institution(noun, position),
            _ => null,
        };
    }

    /// <summary>
    /// "the spokesperson" refers back to the spokesperson the article introduced last with an indefinite article: the
    /// organisation of "a spokesperson for Acme" or "an Acme spokeswoman", nearest before; null when the nearest
    /// introduction names no organisation (a person's spokesperson) or there is none.
    /// </summary>
    private string? SpokespersonIntroduction(int position, QuoteCandidate? previous, bool previousNear)
    {
        var from = Math.Max(0, position - Mentions.Lookback);
        for (var i = text.LastIndexOf("spokes", Math.Max(0, position - 1), position - from, StringComparison.OrdinalIgnoreCase); i >= from;
             i = i > from ? text.LastIndexOf("spokes", i - 1, i - from, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || inQuote[i])
            {
                continue;
            }

            var para = paragraphs[ParagraphAt(i)];
            WordScanner.Tokenize(text, Math.Max(para.Start, i - 80), Math.Min(para.End, i + 120), scratch);
            entities.MarkNames(text, scratch);
            var h = scratch.FindIndex(t => t.Start == i);
            if (h < 1)
            {
                continue;
            }

            var d = h - 1;
            while (d > 0 && h - d < 4 && scratch[d].IsWord && !CueLexicon.Indefinites.Contains(CuePatterns.Word(text, scratch[d]))
                   && !CueLexicon.Determiners.Contains(CuePatterns.Word(text, scratch[d])))
            {
                d--;
            }

            if (!scratch[d].IsWord || !CueLexicon.Indefinites.Contains(CuePatterns.Word(text, scratch[d])))
            {
                if (scratch[d].IsWord && CueLexicon.Determiners.Contains(CuePatterns.Word(text, scratch[d])))
                {
                    continue; // "the spokesperson" again: look further back for the introduction
                }

                return null;
            }

            // "a spokesperson for Ashby Green Borough Council said": the longest object after the preposition.
            string? of = null;
            for (var last = h + 2; last < scratch.Count && last - h <= 8; last++)
            {
                if (NounPhrases.Postmodified(text, scratch, d, last, scratch[last].End) is { Of: { } o } m && m.SubjectStart == scratch[d].Start)
                {
                    of = o;
                }
            }

            if (of is not null)
            {
                return ResolveOf(of, i, Math.Max(0, i - Mentions.Lookback), previous, previousNear);
            }

            // "an Acme spokeswoman": a capitalised modifier names the organisation.
            if (h - d > 1 && EntityIndex.IsNameToken(text, scratch[h - 1]) && NameRun.Backward(text, scratch, d + 1, h - 1) is { } run)
            {
                var name = mentions.Resolve(run.Name);
                return !mentions.IsPerson(name) && mentions.CanSpeak(name) ? name : null;
            }

            return null; // "a spokesperson said": the organisation is read as for any spokesperson
        }

        return null;
    }

    /// <summary>Roles a heading may name by another word: "lawyer" for the barrister or solicitor the story names.</summary>
    private static readonly HashSet<string> LegalCounsel = new(StringComparer.OrdinalIgnoreCase)
    {
        "lawyer", "barrister", "solicitor", "attorney", "counsel", "advocate",
    };

    /// <summary>
    /// The person a heading's role refers to: the one the text below introduces with that role ("The transport
    /// minister, Priya Ramdhanie", "defence barrister Nicola Frayne" for "lawyer") within a few paragraphs; else null.
    /// </summary>
    private string? RoleIntroducedAfter(string role, string? modifier, int position)
    {
        var list = entities.Mentions;
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Start <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < list.Count && list[i].Start - position <= Mentions.Lookback; i++)
        {
            var m = list[i];
            if (!m.IsPerson || m.InQuote || !mentions.CanSpeak(m.Canonical))
            {
                continue;
            }

            // The word before the name (or before its comma): "minister, Priya Ramdhanie", "barrister Nicola Frayne".
            var e = m.Start - 1;
            while (e > 0 && (text[e] == ' ' || text[e] == ','))
            {
                e--;
            }

            var b = e;
            while (b >= 0 && char.IsLetter(text[b]))
            {
                b--;
            }

            var word = text[(b + 1)..(e + 1)];
            var same = string.Equals(word, role, StringComparison.OrdinalIgnoreCase) || (LegalCounsel.Contains(word) && LegalCounsel.Contains(role))
                || string.Equals(m.Title, role, StringComparison.OrdinalIgnoreCase);
            var before = text[Math.Max(0, b - 40)..(b + 1)];
            if (same && (modifier is null || before.Contains(modifier, StringComparison.OrdinalIgnoreCase)))
            {
                return m.Canonical; // "the finance minister" is not the heading's "Health minister"
            }
        }

        return null;
    }

    /// <summary>The owner of a statement when it is a role phrase with a determiner ("the judges" of "the judges' citation"), lowered; else null.</summary>
    private static string? OwnerRole(string of)
    {
        var words = of.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && CueLexicon.Determiners.Contains(words[0]) && CuePatterns.NounKind(words[^1]) == SubjectKind.Role
            ? char.ToLowerInvariant(of[0]) + of[1..]
            : null;
    }

    /// <summary>The words of a role phrase between its determiner and its noun ("palace" in "a palace spokesman", "Kyle" in "Kyle's rep").</summary>
    private static string Modifier(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = words.Length > 0 && (CueLexicon.Determiners.Contains(words[0]) || CueLexicon.Indefinites.Contains(words[0])) ? 1 : 0;
        if (words.Length - 1 <= from)
        {
            return string.Empty;
        }

        // "Labour's energy spokesperson": the possessor is the modifier that names whom the role speaks for.
        for (var k = from; k < words.Length - 1; k++)
        {
            if (words[k].EndsWith("'s", StringComparison.Ordinal) || words[k].EndsWith("\u2019s", StringComparison.Ordinal))
            {
                var owner = string.Join(' ', words[from..(k + 1)]);
                return owner[..^2];
            }
        }

        return string.Join(' ', words[from..^1]);
    }

    private static bool IsDefinite(string phrase) => phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// German news names a person once, then by an epithet with the definite article ("der FDP-Politiker", "die
    /// Ministerin"): a capitalised role noun after "der"/"die" that introduced no one refers back like a pronoun.
    /// </summary>
    private static bool IsGermanEpithet(string phrase, string role) =>
        (phrase.StartsWith("der ", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("die ", StringComparison.OrdinalIgnoreCase))
        && phrase.IndexOf(' ', 4) < 0 && role.Length > 1 && char.IsUpper(role[0])
        && (CueLexicon.IsCompoundTitle(role) || CuePatterns.NounKind(role) == SubjectKind.Role);

    /// <summary>
    /// The phrase that introduced a role before with an indefinite article and a modifier ("A Calder Falls judge will
    /// hear…" for "the judge"), as a definite phrase ("the Calder Falls judge"); null when there is none.
    /// </summary>
    private string? IndefiniteAntecedent(string noun, int position)
    {
        var from = Math.Max(0, position - Mentions.Reach);
        for (var i = text.LastIndexOf(noun, Math.Max(0, position - 1), position - from, StringComparison.OrdinalIgnoreCase); i >= from;
             i = i > from ? text.LastIndexOf(noun, i - 1, i - from, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var end = i + noun.Length;
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) || inQuote[i])
            {
                continue;
            }

            WordScanner.Tokenize(text, Math.Max(0, i - 60), end, scratch);
            var last = scratch.Count - 1;
            for (var d = last - 1; d >= 0 && last - d <= 4; d--)
            {
                if (!scratch[d].IsWord)
                {
                    break;
                }

                var w = CuePatterns.Word(text, scratch[d]);
                if (CueLexicon.Indefinites.Contains(w))
                {
                    return "the " + text[scratch[d + 1].Start..end].Replace('\n', ' ');
                }

                if (CueLexicon.Determiners.Contains(w) || CueLexicon.ObjectMarkers.Contains(w) || CueLexicon.PhraseStops.Contains(w))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A described organisation that spoke in the sentences just before, written in lower case after "the" ("the
    /// highways agency has said", "The Estonian data protection inspectorate confirmed"): the phrase, when no name of an
    /// organisation stands between it and <paramref name="position"/>. With <paramref name="noun"/>, only a phrase with that noun.
    /// </summary>
    private string? NearbyIssuerPhrase(string? noun, int position)
    {
        var from = Math.Max(0, position - Mentions.Introduction);
        WordScanner.Tokenize(text, from, position, scratch);
        for (var k = scratch.Count - 2; k >= 1; k--)
        {
            var t = scratch[k];
            if (!t.IsWord || inQuote[t.Start] || !char.IsLower(text[t.Start]))
            {
                continue;
            }

            var w = CuePatterns.Word(text, t);
            if (noun is null ? CuePatterns.NounKind(w) is not (SubjectKind.Organisation or SubjectKind.Institution) : !string.Equals(w, noun, StringComparison.Ordinal))
            {
                continue;
            }

            var next = scratch[k + 1];
            if (!next.IsWord || !char.IsLower(text[next.Start]) || CueLexicon.ObjectMarkers.Contains(CuePatterns.Word(text, next)))
            {
                continue; // the subject of a verb, not the title of a name nor an object
            }

            var d = k - 1;
            while (d >= 0 && k - d <= 5 && scratch[d].IsWord && CuePatterns.Word(text, scratch[d]) is not ("the" or "The")
                   && !CueLexicon.ObjectMarkers.Contains(CuePatterns.Word(text, scratch[d])) && !CueLexicon.Determiners.Contains(CuePatterns.Word(text, scratch[d])))
            {
                d--;
            }

            if (d < 0 || d == k - 1 || !scratch[d].IsWord || CuePatterns.Word(text, scratch[d]) is not ("the" or "The")
                || (d > 0 && scratch[d - 1].IsWord && CueLexicon.ObjectMarkers.Contains(CuePatterns.Word(text, scratch[d - 1]))))
            {
                continue;
            }

            foreach (var m in mentions.Before(position, t.End))
            {
                if (!m.IsPerson && mentions.CanSpeak(m.Canonical))
                {
                    return null; // an organisation named since
                }
            }

            return CuePatterns.Phrase(text, scratch[d].Start, t.End);
        }

        return null;
    }

    /// <summary>
    /// it / they / the company / the statement: an organisation named since the previous quotation, else the previous
    /// speaker when it is an organisation, else the organisation the article names most in the stretch before.
    /// </summary>
    private string? Organisation(int position, int since, QuoteCandidate? previous, bool previousNear, SubjectKind kind)
    {
        var business = kind == SubjectKind.Organisation;
        if (mentions.Organisation(position, since, business) is { } named)
        {
            return named;
        }

        if (previousNear && (kind == SubjectKind.Statement || !previous!.SpeakerIsPerson))
        {
            return previous!.Speaker;
        }

        return mentions.Organisation(position, position - Mentions.Lookback, business)
            ?? (previousNear && kind is SubjectKind.GroupPronoun or SubjectKind.Statement ? previous!.Speaker : null);
    }

    /// <summary>A quotation that fills its paragraph and whose words open the post that follows takes the post's author.</summary>
    private bool HeadingAuthor(QuoteCandidate c, List<QuoteCandidate> candidates, int k)
    {
        if (!FillsParagraph(c))
        {
            return false;
        }

        for (var j = k + 1; j < candidates.Count && j <= k + 3; j++)
        {
            var next = candidates[j];
            if (next.Kind != QuoteKind.EmbeddedPost)
            {
                continue;
            }

            if (next.Start - c.Last.Content.End > MaxBefore || next.Speaker is null)
            {
                return false;
            }

            var heading = Words(c.Pieces[0].Content);
            var post = Words(next.Pieces[0].Content).ToHashSet(StringComparer.Ordinal);
            var shared = heading.Count(post.Contains);
            if (heading.Count == 0 || shared * 10 < heading.Count * 6)
            {
                return false;
            }

            var sig = next.Signature ?? next.Last.Content;
            Attribute(c, next.Speaker, true, CueRules.Heading, sig.Start, sig.End);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A quotation with no cue that opens a sentence inside its paragraph continues what comes before it there: the
    /// quotation before it in the paragraph when no other person is named in between (<c>…said he voted for Brandt
    /// "because he's been around". "You know what you're getting…"</c>), else the person who opens the sentence
    /// before it (<c>His first manager, Dave Rusk, paid tribute. "Lee was…"</c>).
    /// </summary>
    private bool InParagraph(QuoteCandidate c, QuoteCandidate? previous)
    {
        var first = c.Pieces[0];
        if (first.Paragraph < 0)
        {
            return false;
        }

        var para = paragraphs[first.Paragraph];
        var sentenceStart = SentenceStart(para, first.Open);
        if (sentenceStart <= para.Start || !TextReads.IsBlank(text, sentenceStart, first.Open))
        {
            return false;
        }

        if (previous?.Speaker is { } said && previous.Last.Close >= para.Start && previous.Last.Close < first.Open && previous.Evidence is { } evidence)
        {
            var other = false;
            foreach (var m in mentions.Before(first.Open, previous.Last.Close + 1))
            {
                other |= m.IsPerson && m.Canonical != said;
            }

            if (!other)
            {
                Attribute(c, said, previous.SpeakerIsPerson, CueRules.Continuation, evidence.Start, evidence.End);
                return true;
            }
        }

        var before = SentenceStart(para, sentenceStart - 1);
        EntityMention? opener = null;
        foreach (var m in mentions.Before(sentenceStart, before))
        {
            opener = m; // nearest first: the last one seen opens the sentence
        }

        if (opener is { IsPerson: true, Salience: not Salience.Object } o && o.Start - before <= 60 && mentions.CanSpeak(o.Canonical))
        {
            Attribute(c, o.Canonical, true, CueRules.Continuation, o.Start, o.Start + o.Length);
            return true;
        }

        // "She doesn't disagree. “A handrail…”": the sentence before opens with a person's pronoun and no other person.
        if (opener is null && PronounSubject(before, sentenceStart, true, previous) is var (who, start, end) && who is not null)
        {
            Attribute(c, who, true, CueRules.Continuation, start, end);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A person's pronoun that is the subject of a clause in <c>[from, to)</c> ("She doesn't disagree.", "a conviction
    /// she has held"), outside quotes, resolved like a cue's pronoun (gender must agree); with
    /// <paramref name="opening"/>, only one that opens the stretch.
    /// </summary>
    private (string? Who, int Start, int End) PronounSubject(int from, int to, bool opening, QuoteCandidate? previous)
    {
        WordScanner.Tokenize(text, from, Math.Min(to, from + MaxBefore), scratch);
        for (var k = 0; k + 1 < scratch.Count; k++)
        {
            var t = scratch[k];
            if (!t.IsWord || inQuote[t.Start])
            {
                if (opening && (t.IsWord || !QuoteMarks.IsMark(text[t.Start])))
                {
                    break;
                }

                continue;
            }

            var w = CuePatterns.Word(text, t);
            if (w.Length > 1 && Lexicon.PersonPronouns.Contains(w) && scratch[k + 1].IsWord && char.IsLower(text[scratch[k + 1].Start]))
            {
                var previousEnd = previous is null ? -1 : Math.Max(previous.Last.Content.End, previous.Evidence is { } e && e.Start > previous.Start ? e.End : 0);
                var who = mentions.PersonAntecedent(t.Start, previousEnd, previous?.Speaker, previousEnd, w);
                return (who, t.Start, t.End);
            }

            if (opening)
            {
                break;
            }
        }

        return (null, 0, 0);
    }

    /// <summary>Where the sentence holding <paramref name="i"/> starts in its paragraph (after the last sentence end outside quotes).</summary>
    private int SentenceStart(Paragraph para, int i)
    {
        for (var k = i - 1; k > para.Start && i - k < 2 * MaxBefore; k--)
        {
            if (char.IsWhiteSpace(text[k + 1]) && !inQuote[k] && text[k] is '.' or '!' or '?' && Sentences.EndsAt(text, k))
            {
                return k + 1;
            }
        }

        return para.Start;
    }

    /// <summary>A quoted paragraph with no cue continues the paragraph before it.</summary>
    private bool Continuation(QuoteCandidate c, QuoteCandidate? previous)
    {
        if (!FillsParagraph(c))
        {
            return InParagraph(c, previous);
        }

        var p = c.Pieces[0].Paragraph - 1;
        while (p >= 0 && paragraphs[p].Length == 0)
        {
            p--;
        }

        if (p < 0)
        {
            return false;
        }

        var para = paragraphs[p];

        // Reported speech in the paragraph before: "Tim Guest with the health authority says there are many reasons…"
        if (ReportedSpeech(Math.Max(para.Start, previous is not null ? previous.Last.Close + 1 : para.Start), para.End) is { } reported)
        {
            var (speaker, person) = ResolveCue(reported, previous);
            if (speaker is not null)
            {
                Attribute(c, speaker, person, CueRules.ReportedSpeech, reported.Start, reported.End);
                return true;
            }
        }

        // A run of quoted paragraphs after one attribution.
        if (previous?.Speaker is { } said && previous.Last.Content.End >= para.Start && previous.Evidence is { } evidence)
        {
            Attribute(c, said, previous.SpeakerIsPerson, CueRules.Continuation, evidence.Start, evidence.End);
            return true;
        }

        // Else the first person in the paragraph before who is the subject of a sentence, else the first person, else the
        // first name that can speak ("One of them, retired dentist Howard Lyle, lost $400,000" over "Novaris investors").
        EntityMention? first = null, firstPerson = null, firstSubject = null;
        foreach (var m in mentions.Before(para.End, para.Start))
        {
            if (m.Salience != Salience.Object && mentions.CanSpeak(m.Canonical))
            {
                first = m; // nearest first, so the last one seen is the earliest in the paragraph
                if (m.IsPerson)
                {
                    firstPerson = m;
                    if (m.Salience == Salience.Subject)
                    {
                        firstSubject = m;
                    }
                }
            }
        }

        if ((firstSubject ?? firstPerson ?? first) is { } f)
        {
            Attribute(c, f.Canonical, f.IsPerson, CueRules.Continuation, f.Start, f.Start + f.Length);
            return true;
        }

        // A paragraph that names no one but tells of a person by pronoun ("It is a conviction she has held since…").
        if (PronounSubject(para.Start, para.End, false, previous) is var (who, start, end) && who is not null)
        {
            Attribute(c, who, true, CueRules.Continuation, start, end);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The speech cue outside quotation marks of the last sentence that has one, in <c>[from, to)</c>: the main clause's
    /// cue (the first of its sentence: "Quispe said residents had warned…" names Quispe, not the residents), unless a
    /// comma-bound inverted cue comes later ("…, and so, says Ruth Ann Becker, will she"). A pronoun subject counts
    /// ("She says the group has been told…"); a cue inside a relative clause ("whose foundation pledged") does not.
    /// </summary>
    private CueMatch? ReportedSpeech(int from, int to)
    {
        if (from >= to || to - from > 20_000)
        {
            return null;
        }

        WordScanner.Tokenize(text, from, to, tokens);
        entities.MarkNames(text, tokens);
        CueMatch? found = null;
        var sentence = 0;
        var foundSentence = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                if (Sentences.EndsAt(text, t.Start) && !inQuote[t.Start])
                {
                    sentence = k + 1;
                }

                continue;
            }

            if (inQuote[t.Start] || !CuePatterns.IsSpeechVerbAt(text, tokens, sentence, k))
            {
                continue;
            }

            var inverted = false;
            var m = CuePatterns.SubjectBefore(text, tokens, sentence, k);
            if (m is null && k > sentence && !tokens[k - 1].IsWord && text[tokens[k - 1].Start] == ','
                && CuePatterns.SubjectAfter(text, tokens, k) is { Kind: SubjectKind.Name } after)
            {
                m = after;
                inverted = true;
            }

            if (m is not { } cue || !accept(cue) || AfterRelative(cue.Start, sentence)
                || cue.Kind is not (SubjectKind.Name or SubjectKind.Role or SubjectKind.Institution or SubjectKind.Organisation or SubjectKind.PersonPronoun))
            {
                continue;
            }

            if (foundSentence != sentence || inverted)
            {
                found = cue;
                foundSentence = sentence;
            }
        }

        return found;
    }

    /// <summary>Whether the word before <paramref name="start"/> opens a relative clause ("whose lawyer said").</summary>
    private bool AfterRelative(int start, int sentence)
    {
        for (var k = tokens.Count - 1; k >= sentence; k--)
        {
            if (tokens[k].Start >= start)
            {
                continue;
            }

            return tokens[k].IsWord && CuePatterns.Word(text, tokens[k]) is "whose" or "who" or "which";
        }

        return false;
    }

    private List<string> Words(TextSpan span)
    {
        var list = new List<string>();
        foreach (var t in WordScanner.Tokenize(text, span.Start, span.End))
        {
            if (t.IsWord)
            {
                list.Add(text.Substring(t.Start, t.Length).ToLowerInvariant());
            }
        }

        return list;
    }

    private bool FillsParagraph(QuoteCandidate c)
    {
        var first = c.Pieces[0];
        var last = c.Last;
        if (first.Paragraph < 0)
        {
            return false;
        }

        var para = paragraphs[first.Paragraph];
        for (var i = para.Start; i < first.Open; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        var lastPara = paragraphs[last.Paragraph];
        for (var i = Math.Min(last.Close + 1, lastPara.End); i < lastPara.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
