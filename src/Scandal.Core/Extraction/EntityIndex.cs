using System.Text;

namespace Scandal.Core.Extraction;

/// <summary>A place where the article names someone: the words as printed resolved to their fullest form.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Canonical">The fullest form of the name in the article ("Kim Kardashian" for "Kardashian").</param>
/// <param name="IsPerson">Whether the name has a given name and a family name somewhere in the article.</param>
/// <param name="InQuote">Whether the mention is inside quoted words (then it is not an antecedent for a pronoun).</param>
/// <param name="IsVenue">The name follows "on", "via", "in", "at", "to" or "across": a place or platform ("on Twitter"), not an actor.</param>
internal readonly record struct EntityMention(int Start, string Canonical, bool IsPerson, bool InQuote, bool IsVenue);

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
    private readonly HashSet<string> persons = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Venue = new(StringComparer.OrdinalIgnoreCase) { "on", "via", "in", "at", "to", "across", "onto" };

    private EntityIndex()
    {
    }

    /// <summary>Every name mention by position.</summary>
    public List<EntityMention> Mentions { get; } = [];

    public static EntityIndex Build(string text, List<Paragraph> paragraphs, bool[] inQuote)
    {
        var index = new EntityIndex();
        var runs = new List<(int Start, string Name, int Words)>();
        var venues = new HashSet<int>();
        var tokens = new List<Token>();
        var sentenceStartSingles = new List<(int Start, string Name)>();
        var seenMidSentence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var para in paragraphs)
        {
            if (para.Length == 0 || para.Length > 20_000)
            {
                continue;
            }

            WordScanner.Tokenize(text, para.Start, para.End, tokens);
            if (IsTitleCase(tokens, text))
            {
                continue;
            }

            for (var i = 0; i < tokens.Count;)
            {
                if (!tokens[i].IsWord || !tokens[i].Capitalized)
                {
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j < tokens.Count && tokens[j].IsWord && tokens[j].Capitalized && IsSingleSpace(text, tokens[j - 1].End, tokens[j].Start) && j - i < 4)
                {
                    j++;
                }

                // Strip words that are not names at either end.
                var a = i;
                var b = j;
                while (a < b && Lexicon.NotNames.Contains(Word(text, tokens[a])))
                {
                    a++;
                }

                while (b > a && Lexicon.NotNames.Contains(Word(text, tokens[b - 1])))
                {
                    b--;
                }

                if (a < b)
                {
                    if (a > 0 && tokens[a - 1].IsWord && Venue.Contains(Word(text, tokens[a - 1])))
                    {
                        venues.Add(tokens[a].Start);
                    }

                    var name = Join(text, tokens, a, b);
                    var atSentenceStart = IsSentenceStart(text, tokens, a, para.Start);
                    if (b - a == 1 && atSentenceStart)
                    {
                        sentenceStartSingles.Add((tokens[a].Start, name));
                    }
                    else
                    {
                        runs.Add((tokens[a].Start, name, b - a));
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
        foreach (var run in runs)
        {
            if (run.Words > 1)
            {
                index.persons.Add(run.Name);
                foreach (var part in run.Name.Split(' '))
                {
                    seenMidSentence.Add(part);
                }
            }
        }

        foreach (var (start, name) in sentenceStartSingles)
        {
            if (seenMidSentence.Contains(name))
            {
                runs.Add((start, name, 1));
            }
        }

        runs.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        foreach (var run in runs)
        {
            index.counts[run.Name] = index.counts.GetValueOrDefault(run.Name) + 1;
        }

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
            index.Mentions.Add(new EntityMention(run.Start, canonical, index.persons.Contains(canonical), run.Start < inQuote.Length && inQuote[run.Start], venues.Contains(run.Start)));
        }

        return index;
    }

    /// <summary>Resolves a name as printed in a cue ("Kardashian", "Kim Kardashian's") to its fullest form in the article.</summary>
    public string Resolve(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            if (persons.Contains(name))
            {
                // A longer full name holding this one ("Kim Kardashian West") wins only if more frequent.
                return name;
            }

            var last = name[(name.LastIndexOf(' ') + 1)..];
            return partToFull.TryGetValue(last, out var viaLast) && viaLast.Contains(name, StringComparison.Ordinal) ? viaLast : name;
        }

        return partToFull.TryGetValue(name, out var full) ? full : name;
    }

    /// <summary>How often a resolved name is mentioned in the article.</summary>
    public int Count(string canonical)
    {
        var total = 0;
        foreach (var m in Mentions)
        {
            if (string.Equals(m.Canonical, canonical, StringComparison.Ordinal))
            {
                total++;
            }
        }

        return total;
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
        }

        return sb.ToString();
    }

    private static bool IsSingleSpace(string text, int end, int start) => start == end + 1 && text[end] is ' ' or '\u00A0';

    internal static bool IsSentenceStart(string text, List<Token> tokens, int k, int paragraphStart)
    {
        for (var t = k - 1; t >= 0; t--)
        {
            if (tokens[t].IsWord)
            {
                return false;
            }

            var c = text[tokens[t].Start];
            if (c is '.' or '!' or '?' or ':' or '—' or '–' or '…')
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
