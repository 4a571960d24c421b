using System.Text;
using System.Text.Json;
using Scandal.Core.Benchmarks.Hostile;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Hostile;

/// <summary>
/// Random and crafted hostile inputs at small sizes (the benchmark command runs the same generators at megabytes):
/// the pipeline never throws, every document is in the report, the JSON parses and the Markdown tables are balanced.
/// </summary>
public class HostileFuzzTests
{
    private static readonly ScandalEngine Engine = new(new ScandalOptions { MaxDegreeOfParallelism = 2 });

    public static TheoryData<string> ClassNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in HostileCorpus.Classes)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClassNames))]
    public void CrossCheck_CraftedClass_ProducesAWellFormedReport(string name)
    {
        var inputs = HostileCorpus.Classes.Single(c => c.Name == name).Generate(20_000, 7);

        AssertWellFormed(inputs.Select(i => Article.FromText(i.Id, i.Text)).ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void CrossCheck_RandomText_ProducesAWellFormedReport(int seed)
    {
        var random = new Random(seed);
        var articles = new List<Article>();
        for (var a = 0; a < 6; a++)
        {
            articles.Add(Article.FromText(RandomId(random, a), RandomText(random, 200 + random.Next(3000))));
        }

        AssertWellFormed(articles);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void CrossCheck_RandomBytes_ProducesAWellFormedReport(int seed)
    {
        var random = new Random(seed);
        var articles = new List<Article>();
        for (var a = 0; a < 5; a++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            if (a % 2 == 0)
            {
                // Mostly text, with a few bad bytes: exercises UTF-8, UTF-16 guesses and the Latin-1 fallback.
                var text = Encoding.UTF8.GetBytes(RandomText(random, 1500));
                bytes = a == 2 ? Encoding.Unicode.GetBytes(RandomText(random, 800)) : text.Concat(bytes.Take(3)).ToArray();
            }

            articles.Add(Article.FromStream($"bytes{a}", new MemoryStream(bytes)));
        }

        AssertWellFormed(articles);
    }

    private static void AssertWellFormed(List<Article> articles)
    {
        var report = Engine.CrossCheck(articles);

        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), report.Documents.Select(d => d.Id));
        using (var doc = JsonDocument.Parse(JsonReportWriter.Write(report)))
        {
            Assert.Equal(articles.Count, doc.RootElement.GetProperty("documents").GetArrayLength());
        }

        var markdown = MarkdownReportWriter.Write(report);
        MarkdownTables.AssertBalanced(markdown);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "「", "」", "『", "』", "‹", "›", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "|", "#", "<script>", "<img src=x onerror=alert(1)>",
        "*", "_", "`", "[", "](", "&amp;", "—", "…", "...", "[sic]", "(@handle)", " — Lena Arvid (@arvid) March 3, 2026", "said", "Mayor Lena Arvid said",
        "We will build the bridge", "增税", "行わない", "ไม่", "😀", "\u0301", "\uD800", "$1,000,000", "March 3, 2026", "12/31/2025", "Aa-Bb-Cc", "0",
    ];

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length + 64);
        while (sb.Length < length)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    private static string RandomId(Random random, int index)
    {
        string[] parts = ["doc", "|", "\n", "#", "<b>", "_", "*", "é", "「"];
        var sb = new StringBuilder();
        for (var i = 0; i < 1 + random.Next(4); i++)
        {
            sb.Append(parts[random.Next(parts.Length)]);
        }

        return sb.Append(index).ToString();
    }
}
