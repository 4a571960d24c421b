using System.Text;

namespace Scandal.Core.Benchmarks.Hostile;

/// <summary>One generated input: an article id and its text.</summary>
internal readonly record struct HostileInput(string Id, string Text);

/// <summary>A pathological class of input and its generator: <c>Generate(size, seed)</c> returns about <c>size</c> characters.</summary>
internal sealed record HostileClass(string Name, string Description, Func<int, int, List<HostileInput>> Generate);

/// <summary>
/// Generators for the hostile and pathological inputs of issue 12: each class stresses one stage the way an attacker or
/// an unlucky user would. All text is invented; the same size and seed give the same input.
/// </summary>
internal static class HostileCorpus
{
    private const string Statement = "We will never raise taxes on working families, and we will build the new bridge before the winter comes";

    public static readonly IReadOnlyList<HostileClass> Classes =
    [
        new("repeated-quote", "one document repeating the same quoted statement (a live blog)", RepeatedQuote),
        new("nested-marks", "one document of distinct quotes inside quotes inside quotes («“‘…’”»), every tenth hundreds deep", NestedMarks),
        new("two-lengths", "many documents quoting one statement, half in full and half shortened", TwoLengths),
        new("embedded-posts", "many documents each reproducing signed social posts", EmbeddedPosts),
        new("ordinary", "many ordinary articles with ordinary quotes (large JSON)", Ordinary),
        new("regex-paragraph", "paragraphs crafted against the claims and signature patterns", RegexParagraph),
        new("stray-marks", "quotation marks that neither open nor close, by the thousand", StrayMarks),
        new("cjk-quotes", "Japanese and Chinese articles quoting one statement in 「…」 and “…”", CjkQuotes),
        new("long-quotes", "quotes of thousands of words, one word changed between outlets", LongQuotes),
    ];

    private static List<HostileInput> RepeatedQuote(int size, int seed)
    {
        var sb = new StringBuilder(size + 256);
        var n = 0;
        while (sb.Length < size)
        {
            n++;
            sb.Append("Update ").Append(n).Append(": “").Append(Statement).Append(",” Mayor Lena Arvid said again on Tuesday.\n\n");
        }

        return [new HostileInput("liveblog", sb.ToString())];
    }

    private static List<HostileInput> NestedMarks(int size, int seed)
    {
        // Distinct quotes (so that this class does not turn into "the same quote repeated"), nested three deep, and
        // every tenth paragraph nested hundreds deep.
        var random = new Random(seed);
        var sb = new StringBuilder(size + 256);
        const string opens = "«“‘";
        const string closes = "»”’";
        for (var n = 0; sb.Length < size; n++)
        {
            sb.Append("Mayor Lena Arvid said: «The council told me “the minister wrote ‘").Append(Words(random, 6)).Append("’ and then ‘")
                .Append(Words(random, 5)).Append("’” and I believe ").Append(Words(random, 4)).Append("».");
            var depth = n % 10 == 9 ? 200 + random.Next(800) : 5 + random.Next(20);
            sb.Append(' ');
            for (var d = 0; d < depth; d++)
            {
                sb.Append(' ').Append(opens[d % 3]).Append(Words(random, 1));
            }

            for (var d = depth - 1; d >= 0; d--)
            {
                sb.Append(' ').Append(Words(random, 1)).Append(closes[d % 3]);
            }

            sb.Append(" she added.\n\n");
        }

        return [new HostileInput("nested", sb.ToString())];
    }

    /// <summary><paramref name="count"/> invented words from a vocabulary of about 10,000.</summary>
    private static string Words(Random random, int count)
    {
        string[] syllables = ["ba", "ve", "lor", "tin", "mar", "ko", "sel", "dra", "fen", "qui", "ros", "tal", "mi", "nor", "pe", "zan", "gro", "lu", "het", "cas", "div", "om"];
        var sb = new StringBuilder();
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                sb.Append(' ');
            }

            for (var k = 0; k < 3; k++)
            {
                sb.Append(syllables[random.Next(syllables.Length)]);
            }
        }

        return sb.ToString();
    }

    private static List<HostileInput> TwoLengths(int size, int seed)
    {
        var list = new List<HostileInput>();
        var total = 0;
        for (var i = 0; total < size; i++)
        {
            var quote = i % 2 == 0 ? Statement : "We will never raise taxes on working families";
            var text = $"Bridge plan, report {i}\n\nThe mayor spoke on Tuesday. “{quote},” Mayor Lena Arvid said at the council meeting.\n";
            list.Add(new HostileInput($"doc{i:D6}", text));
            total += text.Length;
        }

        return list;
    }

    private static List<HostileInput> EmbeddedPosts(int size, int seed)
    {
        var list = new List<HostileInput>();
        var total = 0;
        for (var i = 0; total < size; i++)
        {
            var text = $"Reactions, report {i}\n\nThe mayor posted late on Monday.\n\n“{Statement}.” — Lena Arvid (@lenaarvid) March {1 + (i % 28)}, 2026\n\n“The bridge will be built before winter.” — Lena Arvid (@lenaarvid) March 2, 2026\n";
            list.Add(new HostileInput($"post{i:D6}", text));
            total += text.Length;
        }

        return list;
    }

    private static List<HostileInput> Ordinary(int size, int seed)
    {
        // About 1,500 characters per synthetic article.
        var corpus = Scale.SyntheticCorpus.Generate(Math.Max(10, size / 1500), seed);
        return corpus.Select(a => new HostileInput(a.Id, a.Text)).ToList();
    }

    private static List<HostileInput> RegexParagraph(int size, int seed)
    {
        var list = new List<HostileInput>();
        var total = 0;
        for (var i = 0; total < size; i++)
        {
            var sb = new StringBuilder();
            sb.Append("Council notes ").Append(i).Append("\n\n");
            // Capitalised runs, hyphens and digits that name, amount and date patterns start on and give up late.
            for (var k = 0; k < 40; k++)
            {
                sb.Append("Aa-Bb-Cc-Dd Ee-Ff Gg-Hh ").Append(k).Append(',').Append("000,000,00 ");
            }

            sb.Append("— ");
            sb.Append(new string('x', 60)).Append(" (@");
            sb.Append(new string('a', 39)).Append(") Mar. 1");
            sb.Append('\n');
            for (var k = 0; k < 30; k++)
            {
                sb.Append("12/3").Append(k % 10).Append("/2 March 3").Append(k % 10).Append("th, 19 ");
            }

            sb.Append("“We will build it,” Mayor Lena Arvid said.\n");
            list.Add(new HostileInput($"regex{i:D5}", sb.ToString()));
            total += sb.Length;
        }

        return list;
    }

    private static List<HostileInput> StrayMarks(int size, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(size + 64);
        var marks = "\"“”«»„‘’'";
        while (sb.Length < size)
        {
            sb.Append(Words(random, 1)).Append(' ').Append(marks[random.Next(marks.Length)]).Append(' ');
            if (random.Next(40) == 0)
            {
                sb.Append('\n');
            }
        }

        return [new HostileInput("stray", sb.ToString())];
    }

    private static List<HostileInput> CjkQuotes(int size, int seed)
    {
        var list = new List<HostileInput>();
        var total = 0;
        for (var i = 0; total < size; i++)
        {
            var text = (i % 3) switch
            {
                0 => $"第{i}報\n\n首相は記者会見で「増税は絶対に行わないと約束する」と述べた。\n",
                1 => $"第{i}報\n\n首相は「増税は絶対に行うと約束する」と語った。\n",
                _ => $"报道{i}\n\n首相说：“增税是绝对不会进行的。”\n",
            };
            list.Add(new HostileInput($"cjk{i:D6}", text));
            total += text.Length;
        }

        return list;
    }

    private static List<HostileInput> LongQuotes(int size, int seed)
    {
        var random = new Random(seed);
        var words = new string[2500];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = "w" + random.Next(400).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var list = new List<HostileInput>();
        var total = 0;
        for (var i = 0; total < size; i++)
        {
            var copy = (string[])words.Clone();
            if (i % 2 == 1)
            {
                copy[1234] = "changed";
            }

            var text = $"Transcript {i}\n\n“{string.Join(' ', copy)}.” Mayor Lena Arvid said in her address.\n";
            list.Add(new HostileInput($"long{i:D5}", text));
            total += text.Length;
        }

        return list;
    }
}
