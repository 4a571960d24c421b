using System.Text;
using Scandal.Core.Extraction.Attribution;

namespace Scandal.Core.Extraction;

/// <summary>How prominent a mention is in its sentence, for choosing what a pronoun refers to.</summary>
internal enum Salience
{
    /// <summary>After a preposition or a listener verb ("to Rock", "about Kim", "told Smith"): ranks last.</summary>
    Object,

    /// <summary>Anywhere else.</summary>
    Neutral,

    /// <summary>Opens its sentence or is the subject of a speech verb ("Smith said", "Smith wanted to..."): ranks first.</summary>
    Subject,
}

/// <summary>A place where the article names someone: the words as printed resolved to their fullest form.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Canonical">The fullest form of the name in the article ("Kim Kardashian" for "Kardashian").</param>
/// <param name="IsPerson">Whether the name has a given name and a family name somewhere in the article.</param>
/// <param name="InQuote">Whether the mention is inside quoted words (then it is not an antecedent for a pronoun).</param>
/// <param name="IsVenue">The name follows "on", "via", "in", "at" or "across": a place or platform ("on Twitter"), not an actor.</param>
/// <param name="Salience">Its grammatical prominence.</param>
/// <param name="Title">The role word printed before it ("judge" for "Judge Ann Lee"), lower case, or null.</param>
/// <param name="Length">The length of the name as printed.</param>
internal readonly record struct EntityMention(int Start, string Canonical, bool IsPerson, bool InQuote, bool IsVenue, Salience Salience, string? Title, int Length);

/// <summary>
/// The people and organisations an article names, found from its text only: runs of capitalised words
/// (stripped of sentence openers and calendar words) are names; a run of two or more words is a person's full name,
/// and each of its words resolves to it ("Kardashian", "Kim" → "Kim Kardashian", the most frequent full form);
/// a single capitalised word that belongs to no full name is an organisation ("Acme", "Twitter").
/// Headlines in Title Case are skipped: every word is capitalised there, so they say nothing about names.
/// </summary>
internal sealed class EntityIndex
{
    private readonly Dictionary<string, string> partToFull = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> mentionCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> persons = new(StringComparer.Ordinal);
    private readonly HashSet<string> media = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> shortToLong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gender> genders = new(StringComparer.Ordinal);
    private readonly HashSet<string> lowerCaseNames = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Venue = new(StringComparer.OrdinalIgnoreCase) { "on", "via", "in", "at", "across", "onto" };

    private EntityIndex()
    {
    }

    /// <summary>Every name mention by position.</summary>
    public List<EntityMention> Mentions { get; } = [];

    public static EntityIndex Build(string text, List<Paragraph> paragraphs, bool[] inQuote)
    {
        var index = new EntityIndex();
        index.FindLowerCaseNames(text, paragraphs);
        var runs = new List<(int Start, string Name, int Words, Salience Salience, string? Title)>();
        var venues = new HashSet<int>();
        var tokens = new List<Token>();
        var sentenceStartSingles = new List<(int Start, string Name, Salience Salience, string? Title)>();
        var mediaRuns = new List<string>();
        var organisations = new HashSet<string>(StringComparer.Ordinal);
        var employers = new HashSet<string>(StringComparer.Ordinal);
        var seenMidSentence = new HashSet<string>(StringComparer.Ordinal);
        var personCued = new HashSet<string>(StringComparer.Ordinal);
        var kin = new HashSet<string>(StringComparer.Ordinal);
        foreach (var para in paragraphs)
        {
            if (para.Length == 0 || para.Length > 20_000)
            {
                continue;
            }

            WordScanner.Tokenize(text, para.Start, para.End, tokens);
            index.MarkNames(text, tokens);
            if (IsTitleCase(tokens, text))
            {
                continue;
            }

            for (var i = 0; i < tokens.Count;)
            {
                if (!IsNameToken(text, tokens[i]))
                {
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j - i < 6 && j < tokens.Count)
                {
                    if (IsNameToken(text, tokens[j]) && IsSingleSpace(text, tokens[j - 1].End, tokens[j].Start))
                    {
                        j++;
                    }
                    else if (Word(text, tokens[j]) == "of" && (IsPersonBeforeOf(text, tokens, i, j) || IsBarePersonBeforeOf(text, tokens, i, j)))
                    {
                        break; // "Rep. Dana Calloway of Arizona": a person's name ends before "of <Place>"
                    }
                    else if (j + 1 < tokens.Count && tokens[j].IsWord && CueLexicon.NameParticles.Contains(Word(text, tokens[j]))
                             && CueLexicon.ParticleJoins(Word(text, tokens[j]), Word(text, tokens[j - 1]))
                             && IsNameToken(text, tokens[j + 1]) && IsSingleSpace(text, tokens[j - 1].End, tokens[j].Start)
                             && (Word(text, tokens[j]) is not ("of" or "for") || j - i > 1 || !IsSentenceStart(text, tokens, i, para.Start)))
                    {
                        j += 2; // "Ministry of Health", "Marieke de Wit"
                    }
                    else
                    {
                        break;
                    }
                }

                // Strip words that are not names at either end.
                var a = i;
                var b = j;
                while (a < b && IsLeadingNonName(Word(text, tokens[a])))
                {
                    a++;
                }

                while (a < b && a > i && CueLexicon.NameParticles.Contains(Word(text, tokens[a])))
                {
                    a++; // "Nach Angaben des Verbandes": a stripped opening leaves no particle in front
                }

                // "Il Brescello ha esonerato…": the Italian masculine article that opens the sentence before one capitalised
                // word is the club's article, not its name (Spanish "El" is left alone: "El Paso", "El Salvador").
                if (b - a == 2 && Word(text, tokens[a]) is "Il")
                {
                    a++;
                }

                // "De Vereniging Dorpsbelang Oosterveld", "La Fédération …": an article before an organisation noun opens
                // the sentence, not the name ("De Telegraaf", "Le Monde" keep theirs: no organisation noun follows).
                if (b - a > 2 && CueLexicon.Determiners.Contains(Word(text, tokens[a])) && CuePatterns.NounKind(Word(text, tokens[a + 1])) is SubjectKind.Institution or SubjectKind.Organisation)
                {
                    a++;
                }

                while (b > a && Lexicon.NotNames.Contains(Word(text, tokens[b - 1])))
                {
                    b--;
                }

                var subjectEnd = b; // "Nicola Frayne KC said": the honour stands between the name and its verb
                while (b - a > 1 && CueLexicon.PostNominals.Contains(Word(text, tokens[b - 1])))
                {
                    b--; // "Ann Lee PhD": read as a name word, but no part of the name
                }

                while (subjectEnd < tokens.Count && subjectEnd - b < 3 && tokens[subjectEnd].IsWord && CueLexicon.PostNominals.Contains(Word(text, tokens[subjectEnd])))
                {
                    subjectEnd++;
                }

                // "Pinecrest Mayor Joel Anand", "Supreme Court Justice Helen Morrow": the name follows the last title.
                for (var t = b - 2; t > a; t--)
                {
                    if (IsTitleWord(Word(text, tokens[t])))
                    {
                        a = t + 1;
                        break;
                    }
                }

                if (a < b)
                {
                    var v = a - 1;
                    if (v > 0 && tokens[v].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[v])))
                    {
                        v--; // "in her Instagram Stories"
                    }

                    if (v >= 0 && tokens[v].IsWord && Venue.Contains(Word(text, tokens[v])))
                    {
                        venues.Add(tokens[a].Start);
                    }

                    if (IsOrganisationPosition(text, tokens, a, b))
                    {
                        organisations.Add(Join(text, tokens, a, b));
                    }

                    if (IsEmployerPosition(text, tokens, b))
                    {
                        employers.Add(Join(text, tokens, a, b));
                    }

                    var name = Join(text, tokens, a, b);
                    // "K.S. Venkatappa", "J. R. Smith": initials before the surname are part of the name.
                    var initials = a == i ? InitialsBefore(text, tokens, a) : a;
                    if (initials < a)
                    {
                        name = Initials(text, tokens[initials].Start, tokens[a - 1].End) + " " + name;
                    }
                    else if (a == i && a > 0 && b - a >= 2 && CuePatterns.IsAcronym(text, tokens[a - 1]) && tokens[a - 1].End + 1 == tokens[a].Start
                             && NameRun.IsOrganisationLike(name))
                    {
                        initials = a - 1; // "UK Power Networks": an acronym opens an organisation's name
                        name = Word(text, tokens[initials]) + " " + name;
                        organisations.Add(name);
                    }

                    var opening = initials < a ? initials : i;
                    var atSentenceStart = IsSentenceStart(text, tokens, initials, para.Start);
                    // "Rhodri Kemp (Independent, Penlan North) is on his feet": a name in brackets is no subject.
                    var salience = InBrackets(text, tokens, opening) ? Salience.Object : SalienceOf(text, tokens, opening, subjectEnd);
                    var title = a > i ? Word(text, tokens[a - 1]).ToLowerInvariant() : RoleBefore(text, tokens, opening) ?? TitleBefore(text, tokens, opening);
                    if (Sentences.AfterHonorific(text, tokens[initials].Start) || (title is not null && (CueLexicon.Honorifics.Contains(title) || IsTitleWord(title)
                        || CueLexicon.PersonRoles.Contains(title))))
                    {
                        personCued.Add(name); // "Ms Linda Park", "coach Ann Town": a person, whatever the last word
                    }

                    if (b - a == 1 && initials == a && AfterKinNoun(text, tokens, a))
                    {
                        kin.Add(name); // "His wife, Angela, agreed": a person known by a given name alone
                    }

                    if (IsMediaPosition(text, tokens, i, b))
                    {
                        mediaRuns.Add(name);
                    }

                    if (b - a == 1 && initials == a && atSentenceStart)
                    {
                        sentenceStartSingles.Add((tokens[a].Start, name, salience, title));
                    }
                    else
                    {
                        runs.Add((tokens[initials].Start, name, b - a + (initials < a ? 1 : 0), salience, title));
                        if (b - a == 1)
                        {
                            seenMidSentence.Add(name);
                        }
                    }
                }

                i = j;
            }
        }

        // A single capitalised word opening a sentence is a name only if the article also uses it mid-sentence or in a full name.
        var usedAlone = new HashSet<string>(seenMidSentence, StringComparer.Ordinal);
        foreach (var single in sentenceStartSingles)
        {
            usedAlone.Add(single.Name); // "Park said …": the surname on its own
        }

        foreach (var run in runs)
        {
            if (run.Words > 1 && !IsOrganisationName(run.Name) && !organisations.Contains(run.Name) && !employers.Contains(run.Name)
                && !IsPlaceOrOrganisationHeaded(run.Name, personCued, usedAlone)
                && !employers.Contains(run.Name[..run.Name.IndexOf(' ', StringComparison.Ordinal)]))
            {
                index.persons.Add(run.Name);
                foreach (var part in run.Name.Split(' '))
                {
                    seenMidSentence.Add(part);
                }
            }
        }

        foreach (var name in kin)
        {
            if (!index.persons.Any(p => p.Split(' ').Contains(name, StringComparer.Ordinal)))
            {
                index.persons.Add(name); // a given name no full name of the article holds
                seenMidSentence.Add(name);
            }
        }

        foreach (var (start, name, salience, title) in sentenceStartSingles)
        {
            if (seenMidSentence.Contains(name))
            {
                runs.Add((start, name, 1, salience, title));
            }
        }

        runs.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        foreach (var run in runs)
        {
            index.counts[run.Name] = index.counts.GetValueOrDefault(run.Name) + 1;
        }

        index.LinkShortForms(runs.ConvertAll(static r => r.Name));

        // Each word of a full name resolves to the most frequent full name holding it (ties: more words, then ordinal).
        var best = new Dictionary<string, (string Full, int Count)>(StringComparer.Ordinal);
        foreach (var full in index.persons.Order(StringComparer.Ordinal))
        {
            var count = index.counts[full];
            foreach (var part in full.Split(' '))
            {
                if (!best.TryGetValue(part, out var current) || count > current.Count
                    || (count == current.Count && full.Split(' ').Length > current.Full.Split(' ').Length))
                {
                    best[part] = (full, count);
                }
            }
        }

        foreach (var (part, value) in best)
        {
            index.partToFull[part] = value.Full;
        }

        foreach (var run in runs)
        {
            var canonical = index.Resolve(run.Name);
            index.Mentions.Add(new EntityMention(run.Start, canonical, index.persons.Contains(canonical), run.Start < inQuote.Length && inQuote[run.Start], venues.Contains(run.Start), run.Salience, run.Title, run.Name.Length));
            index.mentionCounts[canonical] = index.mentionCounts.GetValueOrDefault(canonical) + 1;
        }

        foreach (var name in mediaRuns)
        {
            index.media.Add(index.Resolve(name));
        }

        index.ReadGenders(text, inQuote);

        return index;
    }

    /// <summary>
    /// Brand names the article writes in lower case ("adidas", "zentro"): a word printed right after an issuer noun as
    /// its name ("appliance maker zentro") that the article also makes the subject of a speech verb or an owner
    /// ("zentro said", "zentro's website").
    /// </summary>
    private void FindLowerCaseNames(string text, List<Paragraph> paragraphs)
    {
        var tokens = new List<Token>();
        var titled = new HashSet<string>(StringComparer.Ordinal);
        var acting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var para in paragraphs)
        {
            if (para.Length == 0 || para.Length > 20_000)
            {
                continue;
            }

            WordScanner.Tokenize(text, para.Start, para.End, tokens);
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.IsWord || t.Length < 3 || !char.IsLower(text[t.Start]))
                {
                    continue;
                }

                var w = Word(text, t);
                if (!IsPlainWord(w))
                {
                    continue;
                }

                if (k > 0 && tokens[k - 1].IsWord && char.IsLower(text[tokens[k - 1].Start]) && CueLexicon.OrganisationNouns.Contains(Word(text, tokens[k - 1]))
                    && (k < 2 || !tokens[k - 2].IsWord || !CueLexicon.Determiners.Contains(Word(text, tokens[k - 2]))))
                {
                    titled.Add(w);
                }

                var owner = t.End + 1 < text.Length && WordScanner.IsApostrophe(text[t.End]) && text[t.End + 1] is 's';
                if (owner || (k + 1 < tokens.Count && tokens[k + 1].IsWord && Lexicon.SpeechVerbs.Contains(Word(text, tokens[k + 1]))))
                {
                    acting.Add(w);
                }
            }
        }

        foreach (var w in titled)
        {
            if (acting.Contains(w))
            {
                lowerCaseNames.Add(w);
            }
        }
    }

    private static bool IsPlainWord(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !Lexicon.NotNames.Contains(w) && !Lexicon.Fillers.Contains(w) && !Lexicon.SpeechVerbs.Contains(w) && !CueLexicon.PhraseStops.Contains(w)
            && !CueLexicon.ObjectMarkers.Contains(w) && !CueLexicon.Determiners.Contains(w) && !CueLexicon.OrganisationNouns.Contains(w)
            && !CueLexicon.ReportingVerbs.Contains(w) && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
            && !w.EndsWith("ly", StringComparison.Ordinal) && CuePatterns.NounKind(w) is null;
    }

    /// <summary>Marks the words of <paramref name="tokens"/> that are lower-case brand names of this article as names.</summary>
    public void MarkNames(string text, List<Token> tokens)
    {
        if (lowerCaseNames.Count == 0)
        {
            return;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsWord && !t.Capitalized && lowerCaseNames.Contains(Word(text, t)))
            {
                tokens[k] = t with { Capitalized = true };
            }
        }
    }

    /// <summary>Resolves a name as printed in a cue ("Kardashian", "Kim Kardashian's") to its fullest form in the article.</summary>
    public string Resolve(string name)
    {
        var resolved = ResolveParts(name);
        return shortToLong.TryGetValue(resolved, out var longer) ? longer : resolved;
    }

    private string ResolveParts(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            if (persons.Contains(name))
            {
                // A longer full name holding this one ("Kim Kardashian West") wins only if more frequent.
                return name;
            }

            var last = name[(name.LastIndexOf(' ') + 1)..];
            if (!partToFull.TryGetValue(last, out var viaLast))
            {
                return name;
            }

            // "Kim Kardashian" in "Kim Kardashian West"; a capitalised descriptor before a full name ("Popstar Jade Rivers").
            return viaLast.Contains(name, StringComparison.Ordinal) || name.EndsWith(" " + viaLast, StringComparison.Ordinal) ? viaLast : name;
        }

        return partToFull.TryGetValue(name, out var full) ? full : name;
    }

    /// <summary>
    /// A full name introduced first and later shortened by its last word ("Nima Dorje Sherpa", then "Nima Dorje"):
    /// the short form is the same person. Only a short form first printed after the long one is linked.
    /// </summary>
    private void LinkShortForms(List<string> namesInOrder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in namesInOrder)
        {
            if (!seen.Add(name) || !persons.Contains(name))
            {
                continue;
            }

            // Each prefix of two or more words not printed before now points to this name (the first to claim it).
            for (var space = name.LastIndexOf(' '); space > 0; space = name.LastIndexOf(' ', space - 1))
            {
                var prefix = name[..space];
                if (!prefix.Contains(' ', StringComparison.Ordinal))
                {
                    break;
                }

                if (!seen.Contains(prefix))
                {
                    shortToLong.TryAdd(prefix, name);
                }
            }
        }
    }

    /// <summary>The gender the article uses of a person, or <see cref="Gender.Unknown"/> when it is silent or mixed.</summary>
    public Gender GenderOf(string canonical) => genders.GetValueOrDefault(canonical);

    /// <summary>Reads each person mention's honorific and the pronouns after it in its sentence (up to the next name).</summary>
    private void ReadGenders(string text, bool[] inQuote)
    {
        var mixed = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < Mentions.Count; k++)
        {
            var m = Mentions[k];
            if (!m.IsPerson || mixed.Contains(m.Canonical))
            {
                continue;
            }

            if (m.InQuote)
            {
                // "Mr Kessler is disappointed," she said: an honorific is evidence wherever it is printed; pronouns in
                // quoted words are not (they are the speaker's).
                if (PersonGender.OfHonorificBefore(text, m.Start) is var quoted and not Gender.Unknown && !genders.ContainsKey(m.Canonical))
                {
                    genders[m.Canonical] = quoted;
                }

                continue;
            }

            // Up to the next person named (a court or a company is never "she").
            var next = k + 1;
            while (next < Mentions.Count && !Mentions[next].IsPerson && next - k < 8)
            {
                next++;
            }

            var stop = next < Mentions.Count ? Mentions[next].Start : text.Length;
            var g = PersonGender.Evidence(text, inQuote, m.Start, m.Length, stop);
            if (g == Gender.Unknown)
            {
                continue;
            }

            if (genders.TryGetValue(m.Canonical, out var known) && known != g)
            {
                genders.Remove(m.Canonical);
                mixed.Add(m.Canonical);
            }
            else
            {
                genders[m.Canonical] = g;
            }
        }
    }

    /// <summary>How often a resolved name is mentioned in the article (one dictionary lookup).</summary>
    public int Count(string canonical) => mentionCounts.GetValueOrDefault(canonical);

    /// <summary>Whether the article uses the name as a name somewhere (mid-sentence, or in a full name).</summary>
    public bool Knows(string canonical) => mentionCounts.ContainsKey(canonical) || persons.Contains(canonical);

    /// <summary>
    /// Whether the article uses the name only as a listener, channel or reporting publication somewhere
    /// ("told the Evening Standard", "the Globe reported"): such a name is never the speaker.
    /// </summary>
    public bool IsMedia(string canonical) => media.Contains(canonical) && !persons.Contains(canonical);

    /// <summary>Whether every word of the name is a nationality or a country ("German", "China"): never a speaker.</summary>
    public static bool IsPlace(string name)
    {
        foreach (var part in name.Split(' '))
        {
            if (!CueLexicon.Places.Contains(part) && !part.EndsWith("-based", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A multi-word name holding an organisation word ("Nova Scotia Health Authority", "Acme Corp"), or one of three words
    /// or more that opens with a definite article ("La Guardia Civil", "The Rolling Stones"): people take no article
    /// (two-word surnames such as "Le Pen" or "La Russa" keep theirs).
    /// </summary>
    public static bool IsOrganisationName(string name)
    {
        var parts = name.Split(' ');
        if (parts.Length >= 2 && ArticlesOpeningNames.Contains(parts[0])
            && (parts.Length >= 3 || CuePatterns.NounKind(parts[1]) is SubjectKind.Institution or SubjectKind.Organisation))
        {
            return true; // "La Guardia Civil", "El Gobierno"
        }

        foreach (var part in parts)
        {
            if (CueLexicon.OrganisationNameWords.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ArticlesOpeningNames = new(StringComparer.Ordinal)
    {
        "The", "El", "La", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Der", "Die", "Das", "Het",
    };

    /// <summary>A capitalised word, or a brand in camel case ("eBay", "iHeart").</summary>
    internal static bool IsNameToken(string text, Token t)
    {
        if (!t.IsWord)
        {
            return false;
        }

        if (t.Capitalized)
        {
            return !text.AsSpan(t.Start, t.Length).EndsWith("-based", StringComparison.OrdinalIgnoreCase);
        }

        if (t.Length < 3 || !char.IsLower(text[t.Start]))
        {
            return false;
        }

        for (var i = t.Start + 1; i < t.End; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return i + 1 < t.End && char.IsLower(text[i + 1]);
            }
        }

        return false;
    }

    /// <summary>
    /// A name the article treats as an organisation: after an organisation noun ("the Swiss firm Helvetia Nutrition",
    /// "developer Meridian Living") or speaking of itself as "it" ("Meridian Living said it would").
    /// </summary>
    private static bool IsOrganisationPosition(string text, List<Token> tokens, int a, int b)
    {
        if (a > 0 && tokens[a - 1].IsWord && (CueLexicon.OrganisationNouns.Contains(Word(text, tokens[a - 1])) || CueLexicon.PublicationNouns.Contains(Word(text, tokens[a - 1]))))
        {
            return true;
        }

        // Italian and Spanish masculine articles before one capitalised word name a club or a firm ("il Brescello", "el
        // Betis"): news prose gives a man's surname no article.
        if (a > 0 && b - a == 1 && tokens[a - 1].IsWord && Word(text, tokens[a - 1]) is "il" or "Il" or "lo" or "Lo" or "el" or "El")
        {
            return true;
        }

        // People take no article: "the Evening Standard", "O Vila Serena", "Il Brescello" are organisations.
        if (a > 0 && tokens[a - 1].IsWord && b - a > 1 && CueLexicon.Determiners.Contains(Word(text, tokens[a - 1]))
            && Word(text, tokens[a - 1]) is not ("his" or "her" or "their" or "our" or "its" or "a" or "an")
            && !RoleAppositiveAfter(text, tokens, b))
        {
            return true;
        }

        // "Ravensworth Rovers have sacked…": a name that takes a plural verb is a team or a company, not one person (but
        // "Jade Okafor and Ryan Tolley have split" are two).
        if (b + 1 < tokens.Count && b - a > 1 && tokens[b].IsWord && Word(text, tokens[b]) is "have" or "are" or "were"
            && (a == 0 || !(tokens[a - 1].IsWord ? Word(text, tokens[a - 1]) is "and" or "or" or "nor" || PluralVerbNotAgreeing.Contains(Word(text, tokens[a - 1]))
                : text[tokens[a - 1].Start] is ',' or '&')))
        {
            return true;
        }

        // "Acme said its…" speaks of itself; "Ann Lee praised its…" of something else.
        return b + 1 < tokens.Count && tokens[b].IsWord && tokens[b + 1].IsWord
            && ((Lexicon.SpeechVerbs.Contains(Word(text, tokens[b])) && !Lexicon.FragmentVerbs.Contains(Word(text, tokens[b]))) || Word(text, tokens[b]) is "which")
            && Word(text, tokens[b + 1]) is "it" or "its";
    }

    /// <summary>Whether an opening bracket before token <paramref name="first"/> in its paragraph is still open.</summary>
    private static bool InBrackets(string text, List<Token> tokens, int first)
    {
        var depth = 0;
        for (var k = first - 1; k >= 0 && first - k <= 12; k--)
        {
            if (tokens[k].IsWord)
            {
                continue;
            }

            var c = text[tokens[k].Start];
            if (c == ')')
            {
                depth--;
            }
            else if (c == '(' && ++depth > 0)
            {
                return true;
            }
            else if (c is '.' or '!' or '?' && !Sentences.IsAbbreviation(text, tokens[k].Start))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words before a name after which "have" is no verb agreeing with it ("Would Tom Hanks have…", "to let Ann Lee have…").</summary>
    private static readonly HashSet<string> PluralVerbNotAgreeing = new(StringComparer.OrdinalIgnoreCase)
    {
        "would", "could", "should", "might", "must", "will", "can", "may", "shall", "did", "does", "do", "to", "let", "make",
        "made", "have", "has", "had", "why", "where", "how", "what", "when",
    };

    /// <summary>
    /// A name followed by what only an organisation has ("Aureline chief executive Sunil Raghavan", "Verano's chief
    /// operating officer", "eBuddy's shares"): the name, and a longer name it opens ("Verano Mining"), is no person.
    /// </summary>
    private static bool IsEmployerPosition(string text, List<Token> tokens, int b)
    {
        if (b >= tokens.Count || !tokens[b].IsWord)
        {
            return false;
        }

        var w = Word(text, tokens[b]);
        if (w is "chief" && b + 1 < tokens.Count && tokens[b + 1].IsWord)
        {
            return Word(text, tokens[b + 1]) is "executive" or "operating" or "financial" or "technology" or "commercial" or "marketing";
        }

        return w is "shares" or "shareholders" or "headquarters" or "workforce" or "subsidiary" or "ceo" or "cfo" or "coo" or "website";
    }

    /// <summary>
    /// A name followed by a comma and a person's role ("o de Sérgio Pacheco, ex-técnico do Ribeira"): a person, whatever
    /// word stands before the name ("de" is "of" as often as it is Dutch "the").
    /// </summary>
    private static bool RoleAppositiveAfter(string text, List<Token> tokens, int b)
    {
        if (b + 1 >= tokens.Count || tokens[b].IsWord || text[tokens[b].Start] != ',' || !tokens[b + 1].IsWord)
        {
            return false;
        }

        var word = Word(text, tokens[b + 1]);
        if (word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
        {
            word = word[3..];
        }

        return char.IsLower(word.Length > 0 ? word[0] : 'A') && (CueLexicon.PersonRoles.Contains(word) || CueLexicon.Occupations.Contains(word) || CueLexicon.Titles.Contains(word));
    }

    /// <summary>
    /// The first token of the initials right before the name word at <paramref name="first"/> ("K.S." of "K.S.
    /// Venkatappa", "J. R." of "J. R. Smith", "A.P.J." of "A.P.J. Kalam"), or <paramref name="first"/> when there are
    /// none. Each initial is one capital letter and its full stop; the last stands one space before the name, and a name
    /// word right before the initials ("Plan B. Smith") makes them no initials, unless it is a title ("Minister K.S.").
    /// </summary>
    internal static int InitialsBefore(string text, List<Token> tokens, int first)
    {
        var start = first;
        var p = first - 1;
        while (p - 1 >= 0 && !tokens[p].IsWord && text[tokens[p].Start] == '.' && tokens[p - 1].IsWord && tokens[p - 1].Length == 1
               && char.IsUpper(text[tokens[p - 1].Start]) && tokens[p - 1].End == tokens[p].Start
               && (p + 1 == first ? WordScanner.IsNameGap(text, tokens[p].End, tokens[p + 1].Start) : tokens[p + 1].Start - tokens[p].End <= 1))
        {
            start = p - 1;
            p -= 2;
        }

        if (start < first && start > 0 && IsNameToken(text, tokens[start - 1]) && tokens[start - 1].End + 1 == tokens[start].Start
            && !IsTitleWord(Word(text, tokens[start - 1])) && !CueLexicon.Honorifics.Contains(Word(text, tokens[start - 1])))
        {
            return first;
        }

        return start;
    }

    /// <summary>
    /// Whether the name word at <paramref name="first"/> stands in apposition to a possessive and a noun of kinship ("his
    /// wife, Angela,", "her son Tom").
    /// </summary>
    private static bool AfterKinNoun(string text, List<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && !tokens[k].IsWord && text[tokens[k].Start] == ',')
        {
            k--;
        }

        return k - 1 >= 0 && tokens[k].IsWord && KinNouns.Contains(Word(text, tokens[k])) && tokens[k - 1].IsWord
            && (Word(text, tokens[k - 1]) is "his" or "His" or "her" or "Her" or "their" or "Their"
                || (IsNameToken(text, tokens[k - 1]) && tokens[k - 1].End + 1 < text.Length && WordScanner.IsApostrophe(text[tokens[k - 1].End])
                    && text[tokens[k - 1].End + 1] is 's')); // "Kieran's mum, Brenda,"
    }

    private static readonly HashSet<string> KinNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "wife", "husband", "partner", "son", "daughter", "mother", "father", "mum", "mom", "dad", "brother", "sister",
        "girlfriend", "boyfriend", "fiancée", "fiancé", "fiancee", "fiance", "widow", "widower", "grandson", "granddaughter",
        "grandmother", "grandfather", "niece", "nephew", "cousin", "aunt", "uncle", "stepson", "stepdaughter",
    };

    /// <summary>Initials as printed, white space between them collapsed to one space ("K.S.", "J. R.").</summary>
    private static string Initials(string text, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>A capitalised title right before a name ("Minister K.S. Venkatappa"), lowered, or null.</summary>
    private static string? TitleBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first - 1].IsWord || !IsTitleWord(Word(text, tokens[first - 1])))
        {
            return null;
        }

        return Word(text, tokens[first - 1]).ToLowerInvariant();
    }

    /// <summary>A lower-case role right before a name ("designer Aurelie Mason"), or null.</summary>
    private static string? RoleBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first - 1].IsWord)
        {
            return null;
        }

        var word = Word(text, tokens[first - 1]);
        return char.IsLower(word[0]) && (CueLexicon.Occupations.Contains(word) || CueLexicon.PersonRoles.Contains(word)
            || CueLexicon.OrganisationNouns.Contains(word) || CueLexicon.InstitutionNouns.Contains(word)) ? word : null;
    }

    /// <summary>
    /// Whether a multi-word name ends in a place or organisation head noun ("Hartwell Town", "Kurrajong Reserve",
    /// "Pallisade Freight", "Customs and Border Protection") and the article gives no sign it is a person: no honorific,
    /// title or role before it, and the head word is never used alone as a name ("Linda Park … Park said" is a person).
    /// </summary>
    private static bool IsPlaceOrOrganisationHeaded(string name, HashSet<string> personCued, HashSet<string> usedAlone)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return CueLexicon.PlaceOrOrganisationHeads.Contains(last) && !personCued.Contains(name) && !usedAlone.Contains(last);
    }

    /// <summary>
    /// Whether the capitalised words <c>[i, j)</c> before an "of" are a person's name, so that "of &lt;Place&gt;" is not part
    /// of it ("Rep. Dana Calloway of Arizona", "Senator Ann Kowal of Ohio"): at least two name words after any title,
    /// none of them an organisation word, and a person cue (an abbreviated honorific or a title) before them.
    /// Organisations keep their "of" ("Bank of England", "University of Leeds": no person cue).
    /// </summary>
    internal static bool IsPersonBeforeOf(string text, List<Token> tokens, int i, int j)
    {
        var cue = Sentences.AfterHonorific(text, tokens[i].Start);
        var k = i;
        while (k < j && tokens[k].IsWord && IsLeadingNonName(Word(text, tokens[k])))
        {
            cue |= IsTitleWord(Word(text, tokens[k])) || CueLexicon.Honorifics.Contains(Word(text, tokens[k]));
            k++;
        }

        if (!cue || j - k < 2)
        {
            return false;
        }

        for (var t = k; t < j; t++)
        {
            if (!tokens[t].IsWord || !IsNameToken(text, tokens[t]) || CueLexicon.OrganisationNameWords.Contains(Word(text, tokens[t])) || IsTitleWord(Word(text, tokens[t])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the capitalised words <c>[i, j)</c> before an "of" and another capitalised word are a person's bare name
    /// ("Jonah Feld of Harbourline Securities", "Ann Kowal of Leeds"): two or three plain name words, none a title, an
    /// honorific, an acronym or an organisation word, and not a place. Organisations keep their "of" ("Bank of England",
    /// "Royal College of Nursing", "Federal Reserve Bank of New York", "United States of America").
    /// </summary>
    internal static bool IsBarePersonBeforeOf(string text, List<Token> tokens, int i, int j)
    {
        if (j - i is < 2 or > 3 || j + 1 >= tokens.Count || !IsNameToken(text, tokens[j + 1]) || !tokens[j + 1].IsWord
            || Lexicon.NotNames.Contains(Word(text, tokens[j + 1])) || tokens[j].End + 1 != tokens[j + 1].Start)
        {
            return false;
        }

        for (var t = i; t < j; t++)
        {
            if (!tokens[t].IsWord || !IsNameToken(text, tokens[t]))
            {
                return false;
            }

            var w = Word(text, tokens[t]);
            if (CueLexicon.OrganisationNameWords.Contains(w) || CueLexicon.PlaceOrOrganisationHeads.Contains(w) || IsLeadingNonName(w)
                || CueLexicon.Honorifics.Contains(w) || CuePatterns.IsAcronym(text, tokens[t]) || CueLexicon.NameParticles.Contains(w))
            {
                return false;
            }
        }

        var name = Join(text, tokens, i, j);
        return !IsPlace(name) && !IsOrganisationName(name);
    }

    /// <summary>A title or role inside a run of capitalised words ("Mayor", "Justice", "Finanzministerin").</summary>
    internal static bool IsTitleWord(string word) =>
        CueLexicon.Titles.Contains(word) || CueLexicon.Occupations.Contains(word) || CueLexicon.IsCompoundTitle(word);

    internal static bool IsLeadingNonName(string word) =>
        Lexicon.NotNames.Contains(word) || CueLexicon.Titles.Contains(word) || CueLexicon.Places.Contains(word) || CueLexicon.ForeignAccordingTo.Contains(word)
        || CueLexicon.Occupations.Contains(word) || CueLexicon.IsCompoundTitle(word) || CueLexicon.ForeignLeadingNonNames.Contains(word)
        || word.EndsWith("-based", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words ending in -s that are no verb after a name ("Abena Darko as the grandmother", "Lee this week").</summary>
    private static readonly HashSet<string> NotVerbsInS = new(StringComparer.Ordinal)
    {
        "this", "thus", "plus", "across", "towards", "afterwards", "besides", "unless", "whereas", "always", "perhaps",
        "sometimes", "less", "yes", "news", "whose", "those", "these",
    };

    /// <summary>Object after a preposition or listener verb (skipping a determiner); subject at a sentence start or before a speech verb.</summary>
    private static Salience SalienceOf(string text, List<Token> tokens, int first, int end)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[k])))
        {
            k--;
        }

        // "on Ruth Ann Becker's farm": the preposition governs the farm; its owner is no object.
        var after = end > first ? tokens[end - 1].End : -1;
        var possessive = after > 0 && after + 1 < text.Length && WordScanner.IsApostrophe(text[after]) && text[after + 1] is 's' or 'S';
        if (!possessive && k >= 0 && tokens[k].IsWord && CueLexicon.ObjectMarkers.Contains(Word(text, tokens[k])))
        {
            return Salience.Object;
        }

        // A subject is followed by its verb: a lower-case word right after the name ("Smith wanted", "Kim issued"),
        // or a speech verb a few adverbs on. A name alone on a line (a byline) is no subject.
        if (end < tokens.Count && tokens[end].IsWord && char.IsLower(text[tokens[end].Start]))
        {
            var next = Word(text, tokens[end]);
            if (next.EndsWith("ed", StringComparison.Ordinal) || (next.EndsWith('s') && next.Length > 3 && !NotVerbsInS.Contains(next)) || Lexicon.Fillers.Contains(next)
                || next is "wanted" or "said" or "told" or "wrote" or "was" or "is" or "had" or "has" or "will" or "would"
                || IsCompoundPast(text, tokens, end))
            {
                return Salience.Subject;
            }
        }

        var opensSentence = IsSentenceStart(text, tokens, first, 0) || (first > 0 && first - 1 == k && IsSentenceStart(text, tokens, k, 0));
        if (opensSentence && end < tokens.Count && (tokens[end].IsWord ? char.IsLower(text[tokens[end].Start]) : text[tokens[end].Start] == ','))
        {
            return Salience.Subject;
        }

        for (var n = end; n < tokens.Count && n < end + 4; n++)
        {
            if (!tokens[n].IsWord)
            {
                if (n == end && text[tokens[n].Start] == ',')
                {
                    continue; // "Riverton's mayor, Dennis Oyelaran, says"
                }

                break;
            }

            var w = Word(text, tokens[n]);
            if (Lexicon.SpeechVerbs.Contains(w) || CueLexicon.ForeignSpeechVerbs.Contains(w) || IsCompoundPast(text, tokens, n))
            {
                return Salience.Subject; // "El presidente de la patronal, Antonio Garmendia, ha criticado"
            }

            if (!Lexicon.Fillers.Contains(w) && !w.EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }
        }

        return Salience.Neutral;
    }

    /// <summary>
    /// An auxiliary of the compound past of another language and its participle ("ha criticado", "a présenté", "hanno
    /// detto"): the verb of the name before it.
    /// </summary>
    private static bool IsCompoundPast(string text, List<Token> tokens, int n) =>
        n + 1 < tokens.Count && tokens[n].IsWord && tokens[n + 1].IsWord && CueLexicon.PerfectAuxiliaries.Contains(Word(text, tokens[n]))
        && char.IsLower(text[tokens[n + 1].Start]) && !CueLexicon.Determiners.Contains(Word(text, tokens[n + 1]))
        && Word(text, tokens[n + 1]) is var participle && participle.Length > 3
        && (participle.EndsWith("do", StringComparison.Ordinal) || participle.EndsWith("to", StringComparison.Ordinal) || participle.EndsWith('é')
            || participle.EndsWith("cho", StringComparison.Ordinal) || participle.EndsWith("so", StringComparison.Ordinal) || participle.EndsWith("it", StringComparison.Ordinal)
            || participle.EndsWith("is", StringComparison.Ordinal) || participle.EndsWith('i') || participle.EndsWith('u'));

    /// <summary>
    /// A publication as listener ("told the Evening Standard", "told Reuters"), channel ("via Instagram") or reporting
    /// outlet ("the Globe reported"). A two-word name after "told" without "the" may be a person ("told Ann Lee"): not media.
    /// </summary>
    private static bool IsMediaPosition(string text, List<Token> tokens, int first, int end)
    {
        var k = first - 1;
        var determiner = false;
        if (k >= 0 && tokens[k].IsWord && CueLexicon.Determiners.Contains(Word(text, tokens[k])))
        {
            determiner = true;
            k--;
        }

        if (k >= 0 && tokens[k].IsWord)
        {
            var before = Word(text, tokens[k]);
            if (before is "via" || CueLexicon.PublicationNouns.Contains(before) || (before is "told" or "tell" or "tells" or "telling" && (determiner || end - first == 1)))
            {
                return true;
            }
        }

        // A wire dateline's credit: "BRESCELLO, 3 nov (Agenzia) —", "Frankfurt/Main (dpa) –".
        if (first > 0 && end + 1 < tokens.Count && !tokens[first - 1].IsWord && text[tokens[first - 1].Start] == '('
            && !tokens[end].IsWord && text[tokens[end].Start] == ')' && !tokens[end + 1].IsWord && text[tokens[end + 1].Start] is '—' or '–' or '-')
        {
            return true;
        }

        return end < tokens.Count && tokens[end].IsWord && CueLexicon.ReportingVerbs.Contains(Word(text, tokens[end]));
    }

    public bool IsPerson(string canonical) => persons.Contains(canonical);

    /// <summary>The mentions outside quotations that start in <c>[from, to)</c>, nearest first.</summary>
    public IEnumerable<EntityMention> Before(int to, int from)
    {
        var hi = UpperBound(to) - 1;
        for (var i = hi; i >= 0 && Mentions[i].Start >= from; i--)
        {
            if (!Mentions[i].InQuote)
            {
                yield return Mentions[i];
            }
        }
    }

    private int UpperBound(int position)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    internal static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

    private static string Join(string text, List<Token> tokens, int a, int b)
    {
        var sb = new StringBuilder();
        for (var k = a; k < b; k++)
        {
            if (k > a)
            {
                sb.Append(' ');
            }

            sb.Append(text, tokens[k].Start, tokens[k].Length);
            if (k + 1 < b && tokens[k + 1].Start == tokens[k].End + 2 && WordScanner.IsApostrophe(text[tokens[k].End]))
            {
                sb.Append('\'');
            }
        }

        return sb.ToString();
    }

    private static bool IsSingleSpace(string text, int end, int start) => WordScanner.IsNameGap(text, end, start);

    internal static bool IsSentenceStart(string text, List<Token> tokens, int k, int paragraphStart)
    {
        for (var t = k - 1; t >= 0; t--)
        {
            if (tokens[t].IsWord)
            {
                return false;
            }

            var c = text[tokens[t].Start];
            if (c is '!' or '?' or ':' or '—' or '–' or '…' || (c == '.' && !Sentences.IsAbbreviation(text, tokens[t].Start)))
            {
                return true;
            }

            if (!QuoteMarks.IsMark(c) && c is not '(' and not '[')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A headline in Title Case: no closing full stop and at least 70% of its longer words capitalised.</summary>
    private static bool IsTitleCase(List<Token> tokens, string text)
    {
        if (tokens.Count > 0 && !tokens[^1].IsWord && text[tokens[^1].Start] is '.' or '!' or '?' or ':' or ',')
        {
            return false;
        }

        int words = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Length > 3)
            {
                words++;
                if (t.Capitalized)
                {
                    capitalised++;
                }
            }
        }

        return words >= 4 && capitalised * 10 >= words * 7;
    }
}
