using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Reporting;

/// <summary>The whole seed corpus: reviewed Markdown and JSON reports, plus the findings the issue names, asserted.</summary>
public class CrossCheckSeedTests
{
    private static readonly Lazy<CrossCheckReport> Report = new(() => Corpus.Engine.CrossCheck(TestPaths.SeedFiles().Select(Article.FromFile)));

    private const string Typos = "002_98cf12d635e1ceef";
    private const string Paraphraser = "003_bc50e34d6f42dee0";

    [Fact]
    public void Markdown_Seeds_MatchesReviewedSnapshot()
    {
        Snapshots.VerifyMarkdown(MarkdownReportWriter.Write(Report.Value), "CrossCheck.Seeds");
    }

    [Fact]
    public void Json_Seeds_MatchesReviewedSnapshot()
    {
        Snapshots.VerifyJson(JsonReportWriter.Write(Report.Value).Replace(TestPaths.Repository, "<repo>", StringComparison.Ordinal), "CrossCheck.Seeds");
    }

    [Fact]
    public void CrossCheck_TyposOutlet_HasTheFourMisspellings()
    {
        var typos = Report.Value.Statements.SelectMany(s => s.Witnesses)
            .Where(w => w.DocumentId == Typos)
            .SelectMany(w => w.Discrepancies)
            .Where(d => d.Kind == DiscrepancyKind.Typo)
            .Select(d => (d.Expected, d.Actual))
            .ToList();

        Assert.Equal(
            [("accountability", "accountabiliity"), ("held", "helpd"), ("removal", "removeal"), ("safety", "satefy")],
            typos.OrderBy(t => t.Expected, StringComparer.Ordinal));
    }

    [Fact]
    public void CrossCheck_ParaphrasedFollowUp_IsAParaphraseOfTheStatement()
    {
        var statement = Assert.Single(Report.Value.Statements, s => s.Witnesses.Any(w => w.DocumentId == Paraphraser) && s.Consensus.StartsWith("As for my future", StringComparison.Ordinal));
        var witness = Assert.Single(statement.Witnesses, w => w.DocumentId == Paraphraser);

        Assert.Contains(witness.Discrepancies, d => d.Kind == DiscrepancyKind.Paraphrase);
        Assert.True(witness.Fidelity < 0.5);
        Assert.True(statement.DocumentIds.Count >= 4);
    }

    [Fact]
    public void CrossCheck_EvenSplit_IsContestedWithBothReadings()
    {
        var contested = Assert.Single(Report.Value.Statements.SelectMany(s => s.Contested), c => c.Readings.Any(r => r.Text == "shocked"));

        Assert.Equal(["disgusted", "shocked"], contested.Readings.Select(r => r.Text).Order(StringComparer.Ordinal));
        Assert.All(contested.Readings, r => Assert.Equal(2, r.DocumentIds.Count));
    }

    [Fact]
    public void CrossCheck_SplitQuotations_HaveNoInsertion()
    {
        var split = Report.Value.Quotes.Where(q => q.Pieces.Count > 1).Select(q => q.Id).ToHashSet();
        var witnesses = Report.Value.Statements.SelectMany(s => s.Witnesses).Where(w => split.Contains(w.QuoteId)).ToList();

        Assert.NotEmpty(witnesses);
        Assert.All(witnesses, w => Assert.DoesNotContain(w.Discrepancies, d => d.Kind == DiscrepancyKind.Insertion));
    }

    [Fact]
    public void CrossCheck_DashVariants_AreTypographyOnly()
    {
        var dashes = Report.Value.Statements.SelectMany(s => s.Witnesses).SelectMany(w => w.Discrepancies)
            .Where(d => d.Kind != DiscrepancyKind.Paraphrase)
            .Where(d => d.Actual.Contains('—') || d.Actual.Contains('–') || d.Expected.Contains('—') || d.Expected.Contains('–'))
            .ToList();

        Assert.NotEmpty(dashes);
        Assert.All(dashes, d => Assert.Equal((DiscrepancyKind.Typography, 0.0), (d.Kind, d.Weight)));
    }

    [Fact]
    public void CrossCheck_Ranking_ParaphraserLowestThenTypos()
    {
        var ranked = Report.Value.Outlets.Where(o => o.Consistency is not null).ToList();

        Assert.Equal(Paraphraser, ranked[^1].DocumentId);
        Assert.Equal(Typos, ranked[^2].DocumentId);
    }

    [Fact]
    public void CrossCheck_SingleSourceStatements_HaveNoAgreementScore()
    {
        var single = Report.Value.Statements.Where(s => s.SingleSource).ToList();

        Assert.NotEmpty(single);
        Assert.All(single, s => Assert.Null(s.Agreement));
        Assert.All(single.SelectMany(s => s.Witnesses), w => Assert.Null(w.Fidelity));
    }

    [Fact]
    public void CrossCheck_ReversedInputOrder_GivesTheSameJson()
    {
        var forward = JsonReportWriter.Write(Report.Value);
        var reversed = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 }).CrossCheck(TestPaths.SeedFiles().Reverse().Select(Article.FromFile));

        Assert.Equal(forward, JsonReportWriter.Write(reversed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void CrossCheck_ShuffledInputOrder_GivesTheSameJson(int seed)
    {
        var forward = JsonReportWriter.Write(Report.Value);
        var files = TestPaths.SeedFiles().ToArray();
        new Random(seed).Shuffle(files);
        var shuffled = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 }).CrossCheck(files.Select(Article.FromFile));

        Assert.Equal(forward, JsonReportWriter.Write(shuffled));
    }

    [Fact]
    public void CrossCheck_DiscrepancySpans_PointAtTheOutletsWords()
    {
        var texts = TestPaths.SeedFiles().Select(Article.FromFile).ToDictionary(a => a.Id, a => a.Text);
        foreach (var w in Report.Value.Statements.SelectMany(s => s.Witnesses))
        {
            foreach (var d in w.Discrepancies.Where(d => d.Actual.Length > 0 && d.Kind != DiscrepancyKind.Paraphrase))
            {
                var printed = d.Span.Slice(texts[w.DocumentId]).ToString();
                Assert.StartsWith(d.Actual.Split(' ')[0], printed, StringComparison.Ordinal);
            }
        }
    }
}
