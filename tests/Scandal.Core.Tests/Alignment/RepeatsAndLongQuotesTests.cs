using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>A document repeating one quotation thousands of times, and quotations of thousands of words.</summary>
public class RepeatsAndLongQuotesTests
{
    private static readonly ScandalEngine LongQuotes = new(new ScandalOptions
    {
        MaxDegreeOfParallelism = 1,
        Extraction = new ExtractionOptions { MaxQuoteLength = 200_000 },
    });

    [Fact]
    public void Vote_DocumentRepeatingAQuoteThousandsOfTimes_VotesOnce()
    {
        const string Said = "The reservoir is at its lowest level in thirty years and every household must cut its water use.";
        var blog = string.Join("\n\n", Enumerable.Range(1, 2000).Select(i => $"Update {i}: “{Said}” the utility said."));
        var report = Support.Corpus.Engine.CrossCheck([
            Article.FromText("liveblog", blog),
            Article.FromText("daily", "The utility warned residents. “The reservoir is at its lowest level in forty years and every household must cut its water use.” the utility said."),
            Article.FromText("weekly", $"The utility warned residents. “{Said}” the utility said."),
        ]);

        var statement = Assert.Single(report.Statements);
        Assert.Equal(2002, statement.Witnesses.Count);
        Assert.All(statement.Words, w => Assert.Equal(3, w.CoveringDocuments));
        Assert.Equal(Said, statement.Consensus);
        var daily = Assert.Single(statement.Witnesses, w => w.DocumentId == "daily");
        Assert.Contains(daily.Discrepancies, d => d.Kind == DiscrepancyKind.Substitution && d.Expected == "thirty");
    }

    [Fact]
    public void Align_QuoteOfThousandsOfWords_FindsTheOneChangedWord()
    {
        var words = LongText(2600);
        var original = string.Join(' ', words);
        var changed = string.Join(' ', words.Select((w, i) => i == 1300 ? "scarcely" : w));
        var report = LongQuotes.CrossCheck([
            Article.FromText("a", $"The minister read the report aloud. “{original}” the minister said."),
            Article.FromText("b", $"The minister read the report aloud. “{original}” the minister said."),
            Article.FromText("c", $"The minister read the report aloud. “{changed}” the minister said."),
        ]);

        var statement = Assert.Single(report.Statements);
        var c = Assert.Single(statement.Witnesses, w => w.DocumentId == "c");
        var d = Assert.Single(c.Discrepancies);
        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.Equal("scarcely", d.Actual);
        Assert.True(c.Fidelity < 1.0);
        Assert.Equal(1.0, Assert.Single(statement.Witnesses, w => w.DocumentId == "a").Fidelity);
    }

    [Fact]
    public void Align_LongQuoteAndAnExcerptWithAnOmission_PlacesTheExcerpt()
    {
        var words = LongText(2400);
        var excerpt = string.Join(' ', words.Skip(1000).Take(60).Where((_, i) => i != 30));
        var report = LongQuotes.CrossCheck([
            Article.FromText("a", $"The minister read the report aloud. “{string.Join(' ', words)}” the minister said."),
            Article.FromText("b", $"The minister read the report aloud. “{string.Join(' ', words)}” the minister said."),
            Article.FromText("c", $"An excerpt was circulated. “{excerpt}” the minister said."),
        ]);

        var statement = Assert.Single(report.Statements);
        var c = Assert.Single(statement.Witnesses, w => w.DocumentId == "c");
        Assert.Equal(60, c.CoveredWords);
        Assert.Contains(c.Discrepancies, d => d.Kind == DiscrepancyKind.Omission);
    }

    /// <summary>Invented filler prose from a fixed vocabulary (no real text), deterministic.</summary>
    private static List<string> LongText(int count)
    {
        string[] vocabulary =
        [
            "the", "river", "authority", "has", "reviewed", "every", "pumping", "station", "along", "valley", "and", "found",
            "that", "ageing", "pipes", "lose", "nearly", "third", "of", "treated", "water", "before", "it", "reaches", "homes",
            "engineers", "recommend", "replacing", "mains", "under", "market", "towns", "first", "while", "farms", "wait",
            "for", "new", "boreholes", "funded", "by", "regional", "grant", "announced", "last", "winter", "council",
        ];
        var random = new Random(20261201);
        return Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToList();
    }
}
