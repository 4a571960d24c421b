using Scandal.Core.Alignment;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>
/// Consensus shapes: fragments placed where they match, gaps where nothing joins two parts, no word pairs that no
/// rendering prints, contested positions only between covering documents, sentence case at joins.
/// </summary>
public class ConsensusShapesTests
{
    // One long post by an invented ferry operator, in three paragraphs.
    private const string P1 = "Our crews have worked through the night to clear the storm damage at the northern slipway, and the first sailings to the islands will resume at noon on Saturday.";
    private const string P2 = "Passengers holding tickets for cancelled crossings can claim a full refund at any harbour office or through the website until the end of the month.";
    private const string P3 = "We know the closure has been hard on island families who depend on the ferry for school runs, hospital visits and their weekly shopping.";

    private static CrossCheckReport Run(params (string Id, string Text)[] articles) =>
        Corpus.Engine.CrossCheck(articles.Select(a => Scandal.Core.Text.Article.FromText(a.Id, a.Text)).ToList());

    private static string Article(string quote) => $"Skerry Ferries posted an update on Friday. “{quote}” the operator said.";

    [Fact]
    public void Consensus_FragmentsBridgedByAThirdOutlet_FollowThePostInOrder()
    {
        var report = Run(
            ("coast", Article(P1)),
            ("isles", Article(P3)),
            ("harbour", Article($"{P2} {P3}")),
            ("wire", Article($"{P1} {P2}")));

        var statement = Assert.Single(report.Statements);
        Assert.Equal($"{P1} {P2} {P3}", statement.Consensus);
        Assert.Empty(statement.Contested);
        Assert.DoesNotContain(statement.Words, w => w.IsGap);
        Assert.All(statement.Witnesses, w => Assert.Equal(1.0, w.Fidelity));
    }

    [Fact]
    public void Consensus_FragmentsNobodyBridges_StaySeparateWithoutContestedPositions()
    {
        var report = Run(("coast", Article(P1)), ("isles", Article(P3)), ("wire", Article(P1)), ("harbour", Article(P3)));

        Assert.Equal(2, report.Statements.Count);
        Assert.All(report.Statements, s => Assert.Empty(s.Contested));
        Assert.Contains(report.Statements, s => s.Consensus == P1);
        Assert.Contains(report.Statements, s => s.Consensus == P3);
    }

    [Fact]
    public void Consensus_PartsJoinedOnlyByEllipses_ShowAGapMarkedInTheJson()
    {
        var elided = "Our crews have worked through the night to clear the storm damage at the northern slipway … until the end of the month.";
        var report = Run(("coast", Article(elided)), ("isles", Article(elided)));

        var statement = Assert.Single(report.Statements);
        var gap = Assert.Single(statement.Words, w => w.IsGap);
        Assert.Equal("…", gap.Text);
        Assert.Empty(gap.SupportingDocumentIds);
        Assert.Contains("northern slipway … until the end", statement.Consensus, StringComparison.Ordinal);
        Assert.Contains("\"gap\": true", JsonReportWriter.Write(report), StringComparison.Ordinal);
        Assert.All(statement.Witnesses, w => Assert.Equal(1.0, w.Fidelity));
    }

    [Fact]
    public void Consensus_EllipsisFilledByAnotherOutlet_HasNoGap()
    {
        var report = Run(
            ("coast", Article("Our crews have worked through the night to clear the storm damage … and the first sailings to the islands will resume at noon on Saturday.")),
            ("isles", Article(P1)),
            ("wire", Article(P1)));

        var statement = Assert.Single(report.Statements);
        Assert.Equal(P1, statement.Consensus);
        Assert.DoesNotContain(statement.Words, w => w.IsGap);
    }

    [Fact]
    public void Consensus_OverlappingExcerpts_HaveNoContestedPositionAndNoEmptyReading()
    {
        var report = Run(
            ("coast", Article($"{P1} {P2}")),
            ("isles", Article($"{P2} {P3}")));

        var statement = Assert.Single(report.Statements);
        Assert.Empty(statement.Contested);
        Assert.Equal($"{P1} {P2} {P3}", statement.Consensus);
        var first = statement.Words[0];
        Assert.Equal(1, first.CoveringDocuments);
    }

    [Fact]
    public void Consensus_OneRenderingAndOneParaphrase_AreNotContestedAndThePhraseIsCounted()
    {
        const string Said = "The slipway will stay closed until the engineers have checked every single mooring.";
        var report = Run(
            ("coast", Article(Said)),
            ("isles", Article("The slipway will remain shut until engineers have inspected each and every mooring.")));

        // Two documents cannot say which of them is verbatim; whichever is the consensus, nothing is contested and the
        // other is a paraphrase that counts.
        var statement = Assert.Single(report.Statements);
        Assert.Equal(Said, statement.Consensus); // (equal lengths: the earlier document's wording)
        Assert.Empty(statement.Contested);
        var isles = Assert.Single(statement.Witnesses, w => w.DocumentId == "isles");
        Assert.True(isles.Fidelity < 0.8, $"fidelity {isles.Fidelity}");
    }

    [Fact]
    public void Consensus_QuoteStartingMidSentence_DoesNotKeepItsCapitalInTheJoin()
    {
        const string Full = "The slipway took the worst of it and we will rebuild it stronger before the winter gales.";
        var report = Run(
            ("coast", Article(Full)),
            ("isles", Article("We will rebuild it stronger before the winter gales.")));

        var statement = Assert.Single(report.Statements);
        Assert.Equal(Full, statement.Consensus);
    }

    [Fact]
    public void Consensus_EveryWordPair_IsPrintedSideBySideBySomeRendering()
    {
        // Variants, an omission, a fragment, an ellipsis and a reordering around one statement.
        var report = Run(
            ("coast", Article($"{P1} {P2}")),
            ("isles", Article("Our crews worked through the night to clear the storm damage at the northern slipway, and the first sailings to the islands resume at noon on Saturday.")),
            ("wire", Article("Our crews have worked through the night … the first sailings to the islands will resume at noon on Saturday.")),
            ("harbour", Article($"{P2} We know the closure has been hard on island families.")),
            ("sound", Article("Passengers holding tickets for cancelled sailings can claim a full refund at any harbour office.")));

        foreach (var statement in report.Statements)
        {
            var printed = report.Quotes.Where(q => statement.Witnesses.Any(w => w.QuoteId == q.Id))
                .SelectMany(q => Pairs(Words(q.Text)))
                .ToHashSet();
            var words = statement.Words;
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (!words[i].IsGap && !words[i + 1].IsGap)
                {
                    Assert.Contains((Norm(words[i].Text), Norm(words[i + 1].Text)), printed);
                }
            }
        }
    }

    private static List<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Norm).Where(w => w.Length > 0).ToList();

    private static IEnumerable<(string, string)> Pairs(List<string> words) => words.Zip(words.Skip(1));

    private static string Norm(string word) => word.Trim('.', ',', '“', '”', '…').ToLowerInvariant();
}
