using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Scoring;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>
/// One outlet recasts a sentence that the others quote word for word: it turns the sentence round, puts a clause in
/// the passive or swaps two words at its end. The words it moves add nothing to the consensus (no word of its wording
/// is elected where nobody else quotes), and its rendering is one paraphrase or one reordering, not a cut and an
/// insertion.
/// </summary>
public class ConsensusRecastTests
{
    private const string Speaker = "Dr Imogen Halloran";

    // An invented hospital chief's statement, in two sentences.
    private const string First = "What I read in that report left me furious and embarrassed.";
    private const string Second = "Two ward managers have been moved to other duties, and the trust board will review every decision made that night.";
    private const string Whole = First + " " + Second;

    private static Witness Outlet(CrossCheckReport report, string id) =>
        Assert.Single(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == id);

    private static Statement Statement(CrossCheckReport report) =>
        Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "outlet1"));

    [Fact]
    public void Consensus_SentenceTurnedRoundByOneOutlet_KeepsTheWordingOfTheOthers()
    {
        var report = Corpus.Quotes(Speaker, Whole, First, First, "I was furious and embarrassed at what I read in that report.");

        Assert.Equal(Whole, Statement(report).Consensus);
        var d = Assert.Single(Corpus.Counted(Outlet(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Equal("I was furious and embarrassed at what I read in that report", d.Actual);
        Assert.StartsWith("What I read in that report left me furious and embarrassed", d.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_SentenceTurnedRound_DoesNotDependOnArticleOrder()
    {
        var texts = new[] { Whole, First, First, "I was furious and embarrassed at what I read in that report." };
        var forward = Corpus.Engine.CrossCheck(texts.Select((t, i) => Article(i, t)).ToList());
        var backward = Corpus.Engine.CrossCheck(texts.Select((t, i) => Article(i, t)).Reverse().ToList());

        Assert.Equal(Whole, Statement(forward).Consensus);
        Assert.Equal(Statement(forward).Consensus, Statement(backward).Consensus);
        Assert.Equal(JsonReportWriter.Write(forward), JsonReportWriter.Write(backward));
    }

    [Fact]
    public void Consensus_ClauseTurnedIntoThePassive_HasNoDuplicatedWordsAndIsOneParaphrase()
    {
        var report = Corpus.Quotes(
            Speaker,
            Whole,
            Whole,
            Second,
            "Two ward managers have been moved to other duties, and every decision made that night will be reviewed by the trust board.");

        Assert.Equal(Whole, Statement(report).Consensus);
        Assert.Empty(Statement(report).Contested);
        var d = Assert.Single(Corpus.Counted(Outlet(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Contains("will be reviewed by the trust board", d.Actual, StringComparison.Ordinal);
        Assert.Contains("the trust board will review every decision made that night", d.Expected, StringComparison.Ordinal);
        Assert.All(Statement(report).Witnesses.Where(w => w.DocumentId != "outlet4"), w => Assert.Empty(Corpus.Counted(w)));
    }

    [Fact]
    public void Consensus_TwoWordsSwappedWhereTheQuoteStops_IsOneReordering()
    {
        var report = Corpus.Quotes(Speaker, Whole, First, First, "What I read in that report left me embarrassed and furious,");

        Assert.Equal(Whole, Statement(report).Consensus);
        var d = Assert.Single(Corpus.Counted(Outlet(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Reordering, d.Kind);
        Assert.Equal("furious and embarrassed", d.Expected);
        Assert.Equal("embarrassed and furious", d.Actual);
    }

    [Fact]
    public void Consensus_SentenceRecastWithTheMovedWordsAtItsEnd_KeepsTheWordingOfTheOthers()
    {
        // The recast sentence ends the statement: its moved words, as columns, would stand where no other outlet quotes.
        const string said = "Traffic will use the ford until the new piers are finished in May. The county council will rebuild the old river bridge.";
        var report = Corpus.Quotes(Speaker, said, said, "The county council will rebuild the old river bridge.", "The old river bridge will be rebuilt by the county council.");

        Assert.Equal(said, Statement(report).Consensus);
        var d = Assert.Single(Corpus.Counted(Outlet(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Contains("will be rebuilt by the county council", d.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_WordsAddedThatTheSentenceDoesNotHave_StayAnInsertion()
    {
        // Added words that are not words of the sentence moved elsewhere are no recast: one insertion.
        var report = Corpus.Quotes(Speaker, Whole, First, First, "What I read in that report frankly left me furious and embarrassed.");

        Assert.Equal(Whole, Statement(report).Consensus);
        var d = Assert.Single(Corpus.Counted(Outlet(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Insertion, d.Kind);
        Assert.Equal("frankly", d.Actual);
    }

    private static Article Article(int i, string quote) =>
        Scandal.Core.Text.Article.FromText($"outlet{i + 1}", $"{Speaker} spoke to reporters on Monday. “{quote}” Halloran said.");
}
