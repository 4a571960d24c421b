namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// Coreference over the names an article prints (<see cref="EntityIndex"/>): a full name ← its surname ← honorific +
/// surname ← a pronoun, ranked by salience rather than by distance. For <c>she</c>/<c>he</c> the subject of the
/// preceding sentences wins (a name that opens its sentence or precedes a speech verb), then the person who spoke last,
/// then other names; a listener (<c>told X</c>), a topic (<c>about X</c>, <c>to X</c>) or a name inside quoted words
/// comes last. Publications, platforms, places and nationalities never speak.
/// </summary>
/// <remarks>Every query reads the mentions of a bounded stretch before the cue (at most <see cref="Reach"/> characters)
/// and counts by dictionary, so resolution stays linear in the article's length however many names it holds.</remarks>
internal sealed class Mentions
{
    /// <summary>How far back a pronoun or an issuer noun may look for what it refers to.</summary>
    public const int Reach = 3000;

    /// <summary>How close before a pronoun a newly introduced person outranks the last speaker.</summary>
    public const int Introduction = 400;

    /// <summary>How far back "the company" looks first for the organisation it names.</summary>
    public const int Lookback = 1500;

    private readonly EntityIndex entities;
    private readonly Dictionary<string, List<int>> titled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> titledOrganisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gender> learned = new(StringComparer.Ordinal);
    private readonly HashSet<int> narrators;

    /// <param name="entities">The names the article prints.</param>
    /// <param name="narrators">Where a transcript label names the paragraph's narrator: never a third-person antecedent.</param>
    public Mentions(EntityIndex entities, HashSet<int>? narrators = null)
    {
        this.entities = entities;
        this.narrators = narrators ?? [];
        for (var i = 0; i < entities.Mentions.Count; i++)
        {
            var m = entities.Mentions[i];
            if (m.Title is { } title && !m.InQuote)
            {
                var byTitle = m.IsPerson ? titled : titledOrganisations;
                Add(byTitle, title, i);
                if (m.IsPerson && CueLexicon.CompoundTitleEnding(title) is { } ending)
                {
                    Add(byTitle, ending, i); // "Verkehrsminister Tobias Reinhold" is "der Minister" after
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> byTitle, string title, int mention)
    {
        if (!byTitle.TryGetValue(title, out var list))
        {
            byTitle[title] = list = [];
        }

        list.Add(mention);
    }

    /// <summary>Notes that a speaker has spoken: an organisation that has issued words before is the likelier issuer.</summary>
    public void Spoke(string speaker) => speakers.Add(speaker);

    /// <summary>The fullest form of a name as printed in a cue ("Weaver" → "Andrew Weaver").</summary>
    public string Resolve(string name) => entities.Resolve(name);

    /// <summary>
    /// A single name word as printed in a cue at <paramref name="position"/>: when two people share it ("Menon" for
    /// Ravi Menon and Anil Menon), the one named nearest before; else <see cref="Resolve"/>.
    /// </summary>
    public string ResolveNear(string name, int position)
    {
        var canonical = entities.Resolve(name);
        if (name.Contains(' ', StringComparison.Ordinal) || !entities.IsPerson(canonical))
        {
            return canonical;
        }

        foreach (var m in entities.Before(position, Math.Max(0, position - Reach)))
        {
            if (m.Start + m.Length > position)
            {
                continue;
            }

            if (m.Canonical == canonical)
            {
                return canonical;
            }

            if (m.IsPerson && HasWord(m.Canonical, name))
            {
                return m.Canonical;
            }
        }

        return canonical;
    }

    /// <summary>Whether the article uses a name as printed as a name elsewhere (mid-sentence or in a full name).</summary>
    public bool Knows(string name) => entities.Knows(entities.Resolve(name));

    /// <summary>Whether a resolved name may be a speaker: not a publication, platform, place or nationality.</summary>
    public bool CanSpeak(string canonical) => !entities.IsMedia(canonical) && !EntityIndex.IsPlace(canonical);

    /// <summary>
    /// Whether a name read in a cue is a name: a single capitalised plural-looking word that opens its sentence
    /// ("Locals call it", "Critics said") is one only if the article also uses it as a name elsewhere.
    /// </summary>
    public bool IsName(string printed, bool opensSentence) =>
        !opensSentence || printed.Contains(' ', StringComparison.Ordinal) || entities.Knows(entities.Resolve(printed))
        || !printed.EndsWith('s');

    /// <summary>Whether a speaker is a person (a full name, or a role phrase such as "the judge").</summary>
    public bool IsPerson(string speaker) =>
        entities.IsPerson(speaker) || (char.IsLower(speaker[0]) && CuePatterns.NounKind(LastWord(speaker)) == SubjectKind.Role);

    /// <summary>Who <c>she</c>/<c>he</c> at <paramref name="position"/> refers to, by salience.</summary>
    /// <param name="position">Where the pronoun is.</param>
    /// <param name="since">Where the previous attributed quotation ended (or -1).</param>
    /// <param name="previous">The previous quotation's speaker, or null.</param>
    /// <param name="previousEnd">Where the previous quotation ended.</param>
    /// <param name="pronoun">The pronoun as printed ("she"); a person the article genders otherwise is skipped.</param>
    /// <param name="asker">Who asked the question this pronoun answers: never the antecedent; the one asked (an object) may be.</param>
    public string? PersonAntecedent(int position, int since, string? previous, int previousEnd, string pronoun = "", string? asker = null)
    {
        if (asker is not null)
        {
            return Answerer(position, asker, PersonGender.OfPronoun(pronoun));
        }

        var gender = PersonGender.OfPronoun(pronoun);
        var reach = Math.Max(0, position - Reach);
        string? neutral = null;
        var neutralStart = -1;
        foreach (var m in entities.Before(position, Math.Max(since, reach)))
        {
            if (!m.IsPerson || !CanSpeak(m.Canonical) || Disagrees(m.Canonical, gender) || narrators.Contains(m.Start))
            {
                continue;
            }

            if (m.Salience == Salience.Subject)
            {
                return m.Canonical;
            }

            if (m.Salience == Salience.Neutral)
            {
                if (neutral is null)
                {
                    neutral = m.Canonical;
                    neutralStart = m.Start;
                }
            }
        }

        // A person introduced just before ("Among those waiting was Bethan Morgan.") outranks the last speaker.
        if (neutralStart >= 0 && position - neutralStart <= Introduction)
        {
            return neutral;
        }

        var previousNear = previous is not null && position - previousEnd <= Reach && IsPerson(previous);

        // An unnamed speaker ("one columnist called her …") is rarely "she" after: a named person the article calls she is.
        var unnamed = previousNear && char.IsLower(previous![0]) && gender != Gender.Unknown;
        if (previousNear && !Disagrees(previous!, gender) && !unnamed)
        {
            return previous;
        }

        if (neutral is not null && !unnamed)
        {
            return neutral;
        }

        // The pronoun's gender turned away from the last speaker ("she says" after Sir Clive's "he says"): the article
        // has switched to someone it has already called she, rather than to someone it has not gendered.
        var switched = previousNear && gender != Gender.Unknown;
        string? fallback = null, agreeing = null;
        foreach (var m in entities.Before(position, reach))
        {
            if (!m.IsPerson || !CanSpeak(m.Canonical) || Disagrees(m.Canonical, gender) || narrators.Contains(m.Start))
            {
                continue;
            }

            if (switched && GenderOf(m.Canonical) == gender && m.Salience != Salience.Object)
            {
                agreeing ??= m.Canonical;
            }

            if (m.Salience == Salience.Subject && !switched)
            {
                return m.Canonical;
            }

            if (m.Salience != Salience.Object)
            {
                fallback ??= m.Salience == Salience.Subject || !switched ? m.Canonical : null;
            }
        }

        if (unnamed)
        {
            return agreeing ?? neutral ?? previous;
        }

        if (switched)
        {
            return agreeing ?? fallback ?? NeutralBefore(position, reach, gender);
        }

        return fallback;
    }

    /// <summary>The nearest person before <paramref name="position"/> other than the asker, the one asked included.</summary>
    private string? Answerer(int position, string asker, Gender gender)
    {
        foreach (var m in entities.Before(position, Math.Max(0, position - Reach)))
        {
            if (m.IsPerson && m.Canonical != asker && CanSpeak(m.Canonical) && !Disagrees(m.Canonical, gender) && !narrators.Contains(m.Start))
            {
                return m.Canonical;
            }
        }

        return null;
    }

    private string? NeutralBefore(int position, int reach, Gender gender)
    {
        foreach (var m in entities.Before(position, reach))
        {
            if (m.IsPerson && CanSpeak(m.Canonical) && !Disagrees(m.Canonical, gender) && m.Salience == Salience.Neutral && !narrators.Contains(m.Start))
            {
                return m.Canonical;
            }
        }

        return null;
    }

    private bool Disagrees(string canonical, Gender gender) =>
        gender != Gender.Unknown && GenderOf(canonical) is var known && known != Gender.Unknown && known != gender;

    /// <summary>The gender the article uses of a person: its own words, else what a resolved pronoun showed.</summary>
    private Gender GenderOf(string canonical) =>
        entities.GenderOf(canonical) is var g && g != Gender.Unknown ? g : learned.GetValueOrDefault(canonical);

    /// <summary>
    /// Notes that a gendered pronoun cue ("…," he says) was resolved to a person the article had not gendered: later
    /// pronouns of the other gender then look past them ("she says" after Sir Clive's "he says").
    /// </summary>
    public void Learn(string canonical, string pronoun)
    {
        var g = PersonGender.OfPronoun(pronoun);
        if (g != Gender.Unknown && entities.GenderOf(canonical) == Gender.Unknown && entities.IsPerson(canonical))
        {
            learned.TryAdd(canonical, g);
        }
    }

    /// <summary>
    /// The organisation "it" / "the company" names: among the organisations mentioned in <c>[from, position)</c>
    /// (not people, not channels, not publications), one that has spoken before, else the one the article names most;
    /// ties go to the nearest.
    /// </summary>
    /// <param name="position">Where the cue is.</param>
    /// <param name="from">Where the stretch to read starts.</param>
    /// <param name="business">Only a business ("the company", "the brand"): no court, ministry or police.</param>
    public string? Organisation(int position, int from, bool business)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var m in entities.Before(position, Math.Max(0, from)))
        {
            if (m.IsPerson || m.IsVenue || !CanSpeak(m.Canonical) || (business && IsInstitution(m.Canonical)))
            {
                continue;
            }

            var salience = m.Salience switch { Salience.Subject => 2, Salience.Object => -1, _ => 0 };
            var count = (2 * entities.Count(m.Canonical)) + salience + (speakers.Contains(m.Canonical) ? 1_000_000 : 0);
            if (count > bestCount)
            {
                best = m.Canonical;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>The institution "the commission" names: an organisation named before whose name holds that word.</summary>
    public string? Institution(string head, int position)
    {
        foreach (var m in entities.Before(position, Math.Max(0, position - Reach)))
        {
            if (!m.IsPerson && CanSpeak(m.Canonical) && HasWord(m.Canonical, head))
            {
                return m.Canonical;
            }
        }

        return null;
    }

    /// <summary>The person an article introduced with a role title ("Judge Ann Lee" for "the judge"), the nearest before.</summary>
    public string? TitledPerson(string role, int position) => Titled(titled, role, position, int.MaxValue);

    /// <summary>The organisation an article introduced with an issuer noun ("the charity MedAid" for "the charity"), the nearest before.</summary>
    public string? TitledOrganisation(string noun, int position) =>
        Titled(titledOrganisations, noun, position, Reach) is { } name && CanSpeak(name) ? name : null;

    private string? Titled(Dictionary<string, List<int>> byTitle, string role, int position, int reach)
    {
        if (!byTitle.TryGetValue(role, out var list))
        {
            return null;
        }

        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities.Mentions[list[mid]].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && position - entities.Mentions[list[lo - 1]].Start <= reach ? entities.Mentions[list[lo - 1]].Canonical : null;
    }

    /// <summary>The mentions that start in <c>[from, to)</c> outside quotations, nearest first.</summary>
    public IEnumerable<EntityMention> Before(int to, int from) => entities.Before(to, from);

    private static bool IsInstitution(string name)
    {
        foreach (var part in name.Split(' '))
        {
            if (CueLexicon.InstitutionNameWords.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    internal static string LastWord(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase[(space + 1)..];
    }

    private static bool HasWord(string name, string word)
    {
        foreach (var part in name.Split(' '))
        {
            if (string.Equals(part, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
