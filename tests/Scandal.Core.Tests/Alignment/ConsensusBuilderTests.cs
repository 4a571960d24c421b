using Scandal.Core.Alignment;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Alignment;

/// <summary>Consensus wording: majority per position counted in documents, ties contested, minority insertions left out.</summary>
public class ConsensusBuilderTests
{
    private const string Speaker = "Ingrid Valtonen";

    [Fact]
    public void MostCommon_TiedDashStyles_ElectsTheFormClosestToTheOthers()
    {
        // One vote each: the em dash is used twice, spaced twice; " — " is the form closest to all the others.
        Assert.Equal(" — ", ConsensusBuilder.MostCommon([" – ", "—", " — "]));
    }

    [Fact]
    public void MostCommon_ClearMajority_Wins()
    {
        Assert.Equal("—", ConsensusBuilder.MostCommon(["—", " – ", "—"]));
    }

    [Fact]
    public void Build_MajorityWord_WinsWithItsDocuments()
    {
        var report = Corpus.Quotes(Speaker,
            "The orchestra will tour nine cities across the south next autumn.",
            "The orchestra will tour nine cities across the south next autumn.",
            "The orchestra will tour ten cities across the south next autumn.");

        var statement = Assert.Single(report.Statements);
        Assert.Equal("The orchestra will tour nine cities across the south next autumn.", statement.Consensus);
        var word = statement.Words[4];
        Assert.Equal("nine", word.Text);
        Assert.Equal(["outlet1", "outlet2"], word.SupportingDocumentIds);
        Assert.Equal(3, word.CoveringDocuments);
        Assert.Empty(statement.Contested);
    }

    [Fact]
    public void Build_EvenSplit_IsContestedWithBothReadings()
    {
        var report = Corpus.Quotes(Speaker,
            "The orchestra will tour nine cities across the south next autumn.",
            "The orchestra will tour ten cities across the south next autumn.");

        var statement = Assert.Single(report.Statements);
        var position = Assert.Single(statement.Contested);
        Assert.Equal(["nine", "ten"], position.Readings.Select(r => r.Text).Order(StringComparer.Ordinal));
        Assert.Equal(1.0, Corpus.Witness(report, "outlet1").Fidelity);
        Assert.Equal(1.0, Corpus.Witness(report, "outlet2").Fidelity);
    }

    [Fact]
    public void Build_MinorityInsertion_IsNotInTheConsensus()
    {
        var report = Corpus.Quotes(Speaker,
            "The orchestra will tour nine cities across the south next autumn.",
            "The orchestra will tour nine cities across the south next autumn.",
            "The orchestra will proudly tour nine cities across the south next autumn.");

        var statement = Assert.Single(report.Statements);
        Assert.DoesNotContain("proudly", statement.Consensus, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DashStylesOneEach_ConsensusUsesTheStyleMostDocumentsShare()
    {
        var report = Corpus.Quotes(Speaker,
            "We rehearse every morning — rain or shine.",
            "We rehearse every morning—rain or shine.",
            "We rehearse every morning – rain or shine.");

        var statement = Assert.Single(report.Statements);
        Assert.Equal("We rehearse every morning — rain or shine.", statement.Consensus);
    }
}
