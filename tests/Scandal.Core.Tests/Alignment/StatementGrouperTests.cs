using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>Grouping quotations into statements, through the engine, on articles written for the tests.</summary>
public class StatementGrouperTests
{
    private const string First = "The harbour will stay closed until the inspectors have checked every crane.";
    private const string Second = "Nobody goes back to work on a dock that might collapse.";

    private static CrossCheckReport Run(params string[] texts) =>
        Corpus.Engine.CrossCheck(texts.Select((t, i) => Article.FromText($"paper{i + 1}", t)).ToList());

    [Fact]
    public void Group_TwoSentencesAndTheSecondOnly_LandInOneStatement()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First} {Second}” Lindqvist said.",
            $"Port director Amara Lindqvist spoke on Friday. “{First} {Second}” Lindqvist said.",
            $"Amara Lindqvist was firm. “{Second}” Lindqvist said.");

        var statement = Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "paper3"));
        Assert.Equal(["paper1", "paper2", "paper3"], statement.DocumentIds);
        var partial = Assert.Single(statement.Witnesses, w => w.DocumentId == "paper3");
        Assert.InRange(partial.Coverage, 0.3, 0.6);
        Assert.DoesNotContain(partial.Discrepancies, d => d.Kind is DiscrepancyKind.Omission or DiscrepancyKind.Insertion);
    }

    [Fact]
    public void Group_ShortFragment_AttachesToItsPlaceInTheLongerStatement()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            "Amara Lindqvist said the port would wait for “every crane” to be checked.");

        var statement = Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "paper3"));
        Assert.Equal(3, statement.DocumentIds.Count);
        var fragment = Assert.Single(statement.Witnesses, w => w.DocumentId == "paper3");
        Assert.Equal(1.0, fragment.Fidelity);
        Assert.Equal(2, fragment.CoveredWords);
    }

    [Fact]
    public void Group_ParaphraseInQuotationMarks_IsAWitnessClassifiedAsParaphrase()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            "Amara Lindqvist spoke on Friday. “The harbour will remain shut until inspectors have examined each and every crane.” Lindqvist said.");

        var statement = Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "paper3"));
        Assert.Equal(3, statement.DocumentIds.Count);
        var witness = Assert.Single(statement.Witnesses, w => w.DocumentId == "paper3");
        Assert.Contains(witness.Discrepancies, d => d.Kind == DiscrepancyKind.Paraphrase);
        Assert.True(witness.Fidelity < 0.8, $"fidelity {witness.Fidelity}");
    }

    [Fact]
    public void Group_UnrelatedQuotesOfOneSpeaker_StaySeparateStatements()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            "Port director Amara Lindqvist spoke on Friday. “Our budget for the new ferry terminal was approved last spring.” Lindqvist said.");

        Assert.Equal(2, report.Statements.Count);
        Assert.All(report.Statements, s => Assert.True(s.SingleSource));
    }

    [Fact]
    public void Group_OutletRepeatingTheSameWords_IsOneWitnessDocument()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said. Later she repeated it: “{First}”",
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.");

        var statement = Assert.Single(report.Statements);
        Assert.Equal(["paper1", "paper2"], statement.DocumentIds);
        Assert.Equal(3, statement.Witnesses.Count);
        Assert.All(statement.Words, w => Assert.Equal(2, w.CoveringDocuments));
    }

    [Fact]
    public void Group_SameWordsByTwoNamedSpeakers_AreNotMerged()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            $"Union leader Tobias Okonkwo-Reyes disagreed. “The ferry timetable for the islands is a disgrace to this city.” Okonkwo-Reyes said.");

        Assert.Equal(2, report.Statements.Count);
    }

    [Fact]
    public void Group_FormulaEveryParagraphRepeats_MeasuresBoundedPairsPerQuotationAndSaysSo()
    {
        // One document whose every paragraph wraps distinct words in the same formula: each quotation shares the
        // formula's words with every other one. Measuring each against all of them is quadratic (1,200 quotations:
        // 719,400 pairs in the union alone); a bounded number per quotation stays under 2·MaxScored·N.
        const int paragraphs = 1200;
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append("Mayor Lena Arvid said: “The council told me the minister wrote ").Append(Words(random, 6))
                .Append(" and then ").Append(Words(random, 5)).Append(" and I believe ").Append(Words(random, 4)).Append(".”\n\n");
        }

        var report = Run(text.ToString());

        Assert.Equal(paragraphs, report.Quotes.Count);
        Assert.InRange(report.Stats.PairsScored, 1, 2L * Scandal.Core.Alignment.StatementGrouper.MaxScored * paragraphs);
        Assert.True(report.Stats.Bounded > 0);
        var document = Assert.Single(report.Documents);
        var bounded = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.GroupingBounded);
        Assert.Equal(report.Stats.Bounded, bounded.Count);
        Assert.Equal(DiagnosticTally.MaxSpans, bounded.FirstSpans.Count);
    }

    [Fact]
    public void Group_FewQuotationsSharingWords_AreAllMeasuredAndNothingIsSaid()
    {
        var report = Run(
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            $"Port director Amara Lindqvist spoke on Friday. “{First}” Lindqvist said.",
            "Amara Lindqvist spoke on Friday. “The harbour will remain shut until inspectors have examined each and every crane.” Lindqvist said.");

        Assert.Equal(0, report.Stats.Bounded);
        Assert.All(report.Documents, d => Assert.DoesNotContain(d.Diagnostics, x => x.Code == DiagnosticCodes.GroupingBounded));
    }

    /// <summary><paramref name="count"/> invented words of three syllables.</summary>
    private static string Words(Random random, int count)
    {
        string[] syllables = ["ba", "ve", "lor", "tin", "mar", "ko", "sel", "dra", "fen", "qui", "ros", "tal", "mi", "nor", "pe", "zan", "gro", "lu", "het", "cas", "div", "om"];
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => syllables[random.Next(syllables.Length)] + syllables[random.Next(syllables.Length)] + syllables[random.Next(syllables.Length)]));
    }
}
