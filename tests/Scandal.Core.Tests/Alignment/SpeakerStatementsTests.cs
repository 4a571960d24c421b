using Scandal.Core.Alignment;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>
/// Grouping by words, not by speaker: one speaker's different statements on one subject stay apart; one statement
/// attributed to different people stays one statement and says so.
/// </summary>
public class SpeakerStatementsTests
{
    private const string WallDone = "The flood wall on the eastern bank will be finished before the spring tides arrive.";
    private const string WallCost = "Residents of the lower town deserve to know what the flood wall on the eastern bank is going to cost them.";
    private const string WallPromise = "I will not let the flood wall on the eastern bank become another unfinished promise from this council.";

    private static CrossCheckReport Run(params (string Id, string Text)[] articles) =>
        Corpus.Engine.CrossCheck(articles.Select(a => Article.FromText(a.Id, a.Text)).ToList());

    private static string Quoted(string sentence, string cue = "Whitcombe said.") => $"“{sentence}” {cue} ";

    // The three share "the flood wall on the eastern bank": a phrase of the subject, not a stretch of one statement.
    [Fact]
    public void Group_ThreeSentencesOnOneSubjectInDifferentSubsets_AreThreeStatements()
    {
        const string Lead = "Councillor Dana Whitcombe faced questions about the river defences at a packed meeting on Tuesday. ";
        var report = Run(
            ("gazette", Lead + Quoted(WallDone) + "She was later asked about the bill. " + Quoted(WallCost)),
            ("courier", Lead + Quoted(WallCost) + "Pressed on delays, she was blunt. " + Quoted(WallPromise)),
            ("herald", Lead + Quoted(WallPromise) + "On the timetable she added: " + Quoted(WallDone)),
            ("echo", Lead + Quoted(WallDone)));

        Assert.Equal(3, report.Statements.Count);
        var done = Assert.Single(report.Statements, s => s.Consensus == WallDone);
        var cost = Assert.Single(report.Statements, s => s.Consensus == WallCost);
        var promise = Assert.Single(report.Statements, s => s.Consensus == WallPromise);
        Assert.Equal(["echo", "gazette", "herald"], done.DocumentIds);
        Assert.Equal(["courier", "gazette"], cost.DocumentIds);
        Assert.Equal(["courier", "herald"], promise.DocumentIds);
        Assert.All(report.Statements, s => Assert.All(s.Witnesses, w => Assert.Equal(1.0, w.Fidelity)));
    }

    [Fact]
    public void Group_ApologyAndLaterExplanationSharingAStockPhrase_StayApart()
    {
        const string Apology = "We are deeply sorry for the distress our late deliveries caused to customers across the region.";
        const string Explanation = "A software fault in our warehouse scheduling system delayed parcels for customers across the region, and it has now been fixed.";
        var report = Run(
            ("wire", $"The courier firm Parcelwise issued a statement on Monday. “{Apology}” the company said."),
            ("daily", $"Parcelwise apologised on Monday. “{Apology}” the company said. On Wednesday it explained the cause. “{Explanation}” the company said."),
            ("weekly", $"Parcelwise blamed its computers. “{Explanation}” the company said."));

        Assert.Equal(2, report.Statements.Count);
        Assert.Contains(report.Statements, s => s.Consensus == Apology && s.DocumentIds.SequenceEqual(["daily", "wire"]));
        Assert.Contains(report.Statements, s => s.Consensus == Explanation && s.DocumentIds.SequenceEqual(["daily", "weekly"]));
    }

    [Fact]
    public void Group_SameWordsAttributedToTwoPeople_AreOneStatementWithADisagreement()
    {
        var report = Run(
            ("gazette", $"Councillor Dana Whitcombe spoke after the vote. “{WallCost}” Whitcombe said."),
            ("courier", $"Councillor Dana Whitcombe spoke after the vote. “{WallCost}” Whitcombe said."),
            ("herald", $"Deputy mayor Colin Hartley spoke after the vote. “{WallCost}” Hartley said."));

        var statement = Assert.Single(report.Statements);
        Assert.Equal(3, statement.DocumentIds.Count);
        Assert.True(statement.SpeakersDisagree);
        Assert.Equal("Dana Whitcombe", statement.Speaker);
        Assert.Equal(2, statement.SpeakerReadings.Count);
        Assert.Equal(["courier", "gazette"], statement.SpeakerReadings[0].DocumentIds);
        Assert.Equal("Colin Hartley", statement.SpeakerReadings[1].Speaker);
        Assert.Equal(["herald"], statement.SpeakerReadings[1].DocumentIds);

        var json = JsonReportWriter.Write(report);
        Assert.Contains("\"speakersDisagree\": true", json, StringComparison.Ordinal);
        Assert.Contains("**Speakers disagree:**", MarkdownReportWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Group_FamilyNameAndFullName_DoNotDisagree()
    {
        var report = Run(
            ("gazette", $"Councillor Dana Whitcombe spoke after the vote. “{WallCost}” Whitcombe said."),
            ("courier", $"Whitcombe spoke after the vote. “{WallCost}” Whitcombe said."));

        var statement = Assert.Single(report.Statements);
        Assert.False(statement.SpeakersDisagree);
    }
}
