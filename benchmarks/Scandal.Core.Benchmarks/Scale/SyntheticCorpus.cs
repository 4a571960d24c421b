using System.Text;

namespace Scandal.Core.Benchmarks.Scale;

/// <summary>A quotation planted in a synthetic article: which statement it renders and who said it.</summary>
internal readonly record struct PlantedQuote(string StatementKey, string Speaker);

/// <summary>A synthetic article with what was planted in it.</summary>
internal sealed record SyntheticArticle(string Id, string Text, IReadOnlyList<PlantedQuote> Planted);

/// <summary>
/// A seeded synthetic news corpus: N articles about N/10 events. Each event has one or two speakers with invented
/// names and two or three statements of 15–40 invented words; each of its ten articles quotes two to four of them with
/// realistic variants: curly or straight marks, attribution before, after or splitting the quote, partial quotes, a
/// swapped-letter typo, a substituted or dropped word, dash styles, "&amp;" for "and". The same seed gives the same
/// corpus, so results can be checked as well as timed.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Syllables =
    [
        "ba", "ve", "lor", "tin", "mar", "ko", "sel", "dra", "fen", "qui", "ros", "tal", "mi", "nor", "pe", "zan", "gro", "lu",
        "het", "cas", "div", "om", "bel", "rak", "sun", "tey", "vio", "wen", "xa", "yul", "zor", "ad", "ep", "is", "un", "cre",
    ];

    private static readonly string[] Function = ["the", "a", "of", "to", "and", "in", "for", "with", "that", "we", "our", "will", "not", "is", "be", "this"];

    public static List<SyntheticArticle> Generate(int articles, int seed)
    {
        var list = new List<SyntheticArticle>(articles);
        var events = Math.Max(1, articles / 10);
        for (var i = 0; i < articles; i++)
        {
            var e = i % events;
            var ev = Event(seed, e);
            var random = new Random(unchecked((seed * 1_000_003) + (i * 7919) + 17));
            list.Add(Article(ev, i, random));
        }

        return list;
    }

    private sealed record EventPlan(int Index, string[] Speakers, string[][] Statements, string[] Vocabulary);

    private static EventPlan Event(int seed, int e)
    {
        var random = new Random(unchecked((seed * 999_983) + (e * 104_729) + 31));
        var vocabulary = new string[80];
        for (var v = 0; v < vocabulary.Length; v++)
        {
            vocabulary[v] = Word(random, 2 + random.Next(2));
        }

        var speakers = new string[1 + random.Next(2)];
        for (var s = 0; s < speakers.Length; s++)
        {
            speakers[s] = Capital(Word(random, 2)) + " " + Capital(Word(random, 3));
        }

        var statements = new string[2 + random.Next(2)][];
        for (var s = 0; s < statements.Length; s++)
        {
            var words = new string[15 + random.Next(26)];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = random.Next(3) == 0 ? Function[random.Next(Function.Length)] : vocabulary[random.Next(vocabulary.Length)];
            }

            words[0] = Capital(words[0]);
            statements[s] = words;
        }

        return new EventPlan(e, speakers, statements, vocabulary);
    }

    private static SyntheticArticle Article(EventPlan ev, int i, Random random)
    {
        var sb = new StringBuilder();
        var planted = new List<PlantedQuote>();
        sb.Append(Capital(Sentence(ev, random, 6)).TrimEnd('.')).Append("\n\n");
        var quotes = 2 + random.Next(3);
        for (var q = 0; q < quotes; q++)
        {
            sb.Append(Capital(Sentence(ev, random, 10 + random.Next(10)))).Append(' ');
            var s = random.Next(ev.Statements.Length);
            var speakerIndex = s % ev.Speakers.Length;
            var speaker = ev.Speakers[speakerIndex];
            var family = speaker[(speaker.IndexOf(' ') + 1)..];
            var words = Variant(ev.Statements[s], ev.Vocabulary, random);
            var (open, close) = random.Next(2) == 0 ? ("“", "”") : ("\"", "\"");
            var pronoun = random.Next(2) == 0 ? "she" : "he";
            switch (random.Next(4))
            {
                case 0:
                    sb.Append(open).Append(Join(words)).Append(',').Append(close).Append(' ').Append(family).Append(" said.");
                    break;
                case 1:
                    sb.Append(speaker).Append(" said, ").Append(open).Append(Join(words)).Append('.').Append(close);
                    break;
                case 2 when words.Length >= 8:
                    var cut = words.Length / 2;
                    sb.Append(speaker).Append(" spoke on Monday. ").Append(open).Append(Join(words[..cut])).Append(',').Append(close)
                      .Append(' ').Append(pronoun).Append(" told reporters, ").Append(open).Append(Join(words[cut..], lower: true)).Append('.').Append(close);
                    break;
                default:
                    sb.Append(open).Append(Join(words)).Append('.').Append(close).Append(' ').Append(family).Append(" wrote.");
                    break;
            }

            planted.Add(new PlantedQuote($"e{ev.Index}s{s}", speaker));
            sb.Append("\n\n");
        }

        sb.Append(Capital(Sentence(ev, random, 12))).Append('\n');
        return new SyntheticArticle($"article-{i:D6}", sb.ToString(), planted);
    }

    /// <summary>A rendering: mostly faithful, sometimes partial, misspelled, with a word swapped, dropped, or a dash.</summary>
    private static string[] Variant(string[] statement, string[] vocabulary, Random random)
    {
        var words = statement.ToList();
        var roll = random.Next(10);
        if (roll == 0 && words.Count > 10)
        {
            words = words.Skip(random.Next(1, 4)).ToList(); // starts inside the statement
            words[0] = Capital(words[0]);
        }
        else if (roll == 1 && words.Count > 10)
        {
            words = words.Take(words.Count - random.Next(1, 4)).ToList(); // stops inside it
        }

        if (random.Next(6) == 0)
        {
            var w = random.Next(words.Count);
            if (words[w].Length > 3)
            {
                var k = random.Next(words[w].Length - 1);
                var chars = words[w].ToCharArray();
                (chars[k], chars[k + 1]) = (chars[k + 1], chars[k]);
                words[w] = new string(chars);
            }
        }

        if (random.Next(8) == 0)
        {
            words[random.Next(1, words.Count)] = vocabulary[random.Next(vocabulary.Length)];
        }

        if (random.Next(8) == 0 && words.Count > 6)
        {
            words.RemoveAt(random.Next(1, words.Count - 1));
        }

        if (random.Next(5) == 0 && words.Count > 6)
        {
            var at = random.Next(2, words.Count - 2);
            words[at] = (random.Next(3) switch { 0 => "— ", 1 => "– ", _ => "—" }) + words[at];
        }

        for (var w = 0; w < words.Count; w++)
        {
            if (words[w] == "and" && random.Next(4) == 0)
            {
                words[w] = "&";
            }
        }

        return [.. words];
    }

    private static string Join(string[] words, bool lower = false)
    {
        var text = string.Join(' ', words).Replace(" —", "—", StringComparison.Ordinal);
        return lower && text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Sentence(EventPlan ev, Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(' ');
            }

            sb.Append(random.Next(3) == 0 ? Function[random.Next(Function.Length)] : ev.Vocabulary[random.Next(ev.Vocabulary.Length)]);
        }

        return sb.Append('.').ToString();
    }

    private static string Word(Random random, int syllables)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            sb.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return sb.ToString();
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
