using System.Text;
using System.Text.RegularExpressions;
using Scandal.Core.Benchmarks.Accuracy;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Accuracy;

/// <summary>
/// The labelled development set of tests/corpus/statements holds together: every label points at text that is really
/// in its document, every story has 3–6 articles, and the set covers every shape of issue 10.
/// </summary>
public class DiscrepancyGoldTests
{
    private static readonly Lazy<List<(GoldStory Gold, Dictionary<string, string> Texts)>> Stories = new(Load);

    private static readonly string[] Negations = ["not", "never", "no", "n't"];

    private static readonly string[] Modals = ["may", "might", "will", "would", "could", "can", "should", "must", "shall"];

    public static string CorpusDirectory() => Path.Combine(TestPaths.Repository, "tests", "corpus", "statements");

    [Fact]
    public void Corpus_HasTenStoriesOrMore_EachWithThreeToSixArticles()
    {
        var stories = Stories.Value;
        Assert.True(stories.Count >= 10, $"{stories.Count} stories");
        Assert.All(stories, s => Assert.InRange(s.Texts.Count, 3, 6));
    }

    [Fact]
    public void Articles_AreUtf8WithLfLineEndings()
    {
        var strict = new UTF8Encoding(false, true);
        foreach (var file in Directory.GetDirectories(CorpusDirectory()).SelectMany(d => Directory.GetFiles(d, "*.txt")))
        {
            var bytes = File.ReadAllBytes(file);
            var text = strict.GetString(bytes);
            Assert.False(text.Contains('\r', StringComparison.Ordinal), $"{file} has CR");
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{file} has a BOM");
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryRendering_IsQuotedInItsDocument()
    {
        foreach (var (gold, texts) in Stories.Value)
        {
            Assert.NotEmpty(gold.Statements);
            foreach (var statement in gold.Statements)
            {
                Assert.False(string.IsNullOrWhiteSpace(statement.Text), $"{gold.Name}/{statement.Id} has no text");
                Assert.False(string.IsNullOrWhiteSpace(statement.Speaker), $"{gold.Name}/{statement.Id} has no speaker");
                Assert.NotEmpty(statement.Renderings);
                foreach (var r in statement.Renderings)
                {
                    Assert.True(texts.ContainsKey(r.Document), $"{gold.Name}: no document {r.Document}");
                    Assert.True(DiscrepancyEvaluation.FindQuoted(texts[r.Document], r.Quote) is not null, $"{gold.Name}/{r.Document}: not quoted: {r.Quote}");
                }
            }

            foreach (var t in gold.Translations)
            {
                Assert.True(texts.ContainsKey(t.Document) && DiscrepancyEvaluation.FindQuoted(texts[t.Document], t.Quote) is not null, $"{gold.Name}/{t.Document}: translation not quoted");
                Assert.Matches("^[a-z]{2}$", t.Language);
            }

            Assert.Equal(gold.Statements.Count, gold.Statements.Select(s => s.Id).Distinct().Count());
        }
    }

    [Fact]
    public void EveryLabel_PointsAtWordsOfItsStatementAndItsRendering()
    {
        foreach (var (gold, _) in Stories.Value)
        {
            var statements = gold.Statements.ToDictionary(s => s.Id);
            var labels = gold.Discrepancies.Select(d => (d.Document, d.Statement, d.Expected, d.Actual, What: d.Kind))
                .Concat(gold.Neutral.Select(n => (n.Document, n.Statement, n.Expected, n.Actual, What: n.Reason)));
            foreach (var (document, statementId, expected, actual, what) in labels)
            {
                var where = $"{gold.Name}/{document}/{statementId} {what} “{expected}” → “{actual}”";
                Assert.True(statements.TryGetValue(statementId, out var statement), where);
                var quotes = statement!.Renderings.Where(r => r.Document == document).Select(r => r.Quote).ToList();
                Assert.True(quotes.Count > 0, $"{where}: the document has no rendering of the statement");
                Assert.True(expected.Length > 0 || actual.Length > 0, where);
                Assert.True(expected.Length == 0 || statement.Text.Contains(expected, StringComparison.Ordinal), $"{where}: expected words not in the statement");
                Assert.True(actual.Length == 0 || quotes.Any(q => q.Contains(actual, StringComparison.Ordinal)), $"{where}: actual words not in the rendering");
            }

            Assert.All(gold.Discrepancies, d => Assert.Contains(d.Kind, GoldStory.Kinds));
            Assert.All(gold.Neutral, n => Assert.Contains(n.Reason, GoldStory.Reasons));
        }
    }

    [Fact]
    public void EveryCountedKindAndNeutralReason_IsPresent()
    {
        var gold = Stories.Value.Select(s => s.Gold).ToList();
        foreach (var kind in GoldStory.Kinds)
        {
            Assert.Contains(gold.SelectMany(g => g.Discrepancies), d => d.Kind == kind);
        }

        foreach (var reason in GoldStory.Reasons)
        {
            Assert.Contains(gold.SelectMany(g => g.Neutral), n => n.Reason == reason);
        }

        var censored = gold.SelectMany(g => g.Neutral).Where(n => n.Reason == "censored").Select(n => n.Actual).ToList();
        Assert.Contains(censored, a => a.Contains("***", StringComparison.Ordinal));
        Assert.Contains(censored, a => a.Contains("---", StringComparison.Ordinal));
        Assert.Contains(censored, a => a.EndsWith('—'));
        Assert.Contains(gold.SelectMany(g => g.Neutral), n => n.Reason == "editorial-bracket" && n.Actual == "[for]");
        Assert.Contains(gold.SelectMany(g => g.Neutral), n => n.Reason == "spelling-variant" && n.Expected.Equals("whilst", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(gold.SelectMany(g => g.Neutral), n => n.Reason == "spelling-variant" && n.Expected == "apologise");
        Assert.Contains(gold.SelectMany(g => g.Neutral), n => n.Reason == "contraction" && n.Actual is "I've" or "I'm" or "We'll");
    }

    [Fact]
    public void MaterialChanges_CoverNumberYearNegationNameAndModal()
    {
        var material = Stories.Value.SelectMany(s => s.Gold.Discrepancies).Where(d => d.Material).ToList();
        Assert.Contains(material, d => IsNumber(d.Expected) && IsNumber(d.Actual) && d.Expected.Length != 4);
        Assert.Contains(material, d => Regex.IsMatch(d.Expected, "^(19|20)[0-9]{2}$") && Regex.IsMatch(d.Actual, "^(19|20)[0-9]{2}$"));
        Assert.Contains(material, d => d.Kind == "Omission" && Negations.Contains(d.Expected.ToLowerInvariant()));
        Assert.Contains(material, d => d.Kind == "Insertion" && Negations.Contains(d.Actual.ToLowerInvariant()));
        Assert.Contains(material, d => d.Kind == "Substitution" && Modals.Contains(d.Expected) && Modals.Contains(d.Actual));
        Assert.Contains(material, d => d.Kind == "Substitution" && char.IsUpper(d.Expected[0]) && char.IsUpper(d.Actual[0]) && !IsNumber(d.Expected));

        // A number change is material and never labelled a typo; a real-word swap is a substitution, not material.
        Assert.DoesNotContain(Stories.Value.SelectMany(s => s.Gold.Discrepancies), d => IsNumber(d.Expected) && (!d.Material || d.Kind == "Typo"));
        Assert.Contains(Stories.Value.SelectMany(s => s.Gold.Discrepancies), d => d.Kind == "Substitution" && d.Expected == "from" && d.Actual == "form" && !d.Material);
    }

    [Fact]
    public void StructuralShapes_ArePresent()
    {
        var stories = Stories.Value.Select(s => s.Gold).ToList();

        // One speaker, three statements or more, quoted by outlets in different subsets.
        Assert.Contains(stories, g => g.Statements.GroupBy(s => s.Speaker).Any(sp =>
            sp.Count() >= 3
            && sp.All(s => s.Renderings.Select(r => r.Document).Distinct().Count() >= 2)
            && sp.Select(s => string.Join(",", s.Renderings.Select(r => r.Document).Distinct().Order(StringComparer.Ordinal))).Distinct().Count() == sp.Count()));

        // An apology and a later explanation by the same company: two statements of one speaker.
        Assert.Contains(stories, g => g.Shapes.Contains("apology-and-explanation")
            && g.Statements.GroupBy(s => s.Speaker).Any(sp => sp.Count() >= 2));

        // Non-overlapping fragments of one long statement: two renderings from different documents without a common word pair.
        Assert.Contains(stories, g => g.Statements.Any(s => s.Renderings.Any(a => s.Renderings.Any(b =>
            a.Document != b.Document && !Bigrams(a.Quote).Overlaps(Bigrams(b.Quote))))));

        // Translations in Italian, Spanish and French.
        var languages = stories.SelectMany(g => g.Translations).Select(t => t.Language).ToHashSet();
        Assert.Superset(new HashSet<string> { "it", "es", "fr" }, languages);

        // Claims around the quotes.
        var claims = stories.SelectMany(g => g.Claims).ToList();
        Assert.Contains(claims, c => c.Kind == "date" && c.Expect == "inconsistent" && c.Values.Count == 2 && c.Values[0][..^4] == c.Values[1][..^4]);
        Assert.Contains(claims, c => c.Kind == "date" && c.Expect == "ambiguous" && Regex.IsMatch(c.Values[0], "^[0-9]{2}/[0-9]{2}$"));
        Assert.Contains(claims, c => c.Kind == "name" && c.Expect == "distinct" && c.Values.SequenceEqual(["Clinton", "Clifton"]));
        Assert.Contains(claims, c => c.Kind == "name" && c.Expect == "distinct" && c.Values[1] == "American");
        Assert.Contains(claims, c => c.Kind == "name" && c.Expect == "title-not-name" && c.Values[0].EndsWith(c.Values[1], StringComparison.Ordinal));
    }

    [Fact]
    public void TheClaimExpectations_AreInTheArticles()
    {
        foreach (var (gold, texts) in Stories.Value)
        {
            foreach (var claim in gold.Claims)
            {
                Assert.All(claim.Values, v => Assert.True(texts.Values.Any(t => t.Contains(v, StringComparison.Ordinal)), $"{gold.Name}: “{v}” is in no article"));
            }
        }
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsDigit);

    private static HashSet<(string, string)> Bigrams(string text)
    {
        var words = DiscrepancyEvaluation.Words(text);
        return words.Zip(words.Skip(1)).ToHashSet();
    }

    private static List<(GoldStory Gold, Dictionary<string, string> Texts)> Load()
    {
        var stories = new List<(GoldStory, Dictionary<string, string>)>();
        foreach (var dir in Directory.GetDirectories(CorpusDirectory()).Order(StringComparer.Ordinal))
        {
            var gold = GoldStory.Parse(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "gold.json")));
            var texts = Directory.GetFiles(dir, "*.txt").Select(Article.FromFile).ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
            stories.Add((gold, texts));
        }

        return stories;
    }
}
