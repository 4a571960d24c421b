using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>
/// Unrelated words are not paired just because they stand near each other: a dropped phrase stays an omission when the
/// rendering runs on, and a rendering that rewords the start or the end of a clause is one change over that clause
/// (the words it left out and the words it printed instead), however the aligner paired them.
/// </summary>
public class EdgeRewordingTests
{
    private const string Speaker = "Harriet Osei";

    private static List<Discrepancy> Counted(string said, string rendering) =>
        Corpus.Counted(Corpus.Witness(Corpus.Quotes(Speaker, said, said, said, rendering), "outlet4"));

    [Fact]
    public void Classify_PhraseDroppedAndQuoteRunsOn_IsOneOmissionNotSubstitutions()
    {
        const string said = "If the council finds the money, we will keep the library open at the very least until the end of March.";
        var report = Corpus.Quotes(Speaker, said, said, said, "If the council finds the money, we will keep the library open until the end of March, but I would not count on it.");

        var witness = Corpus.Witness(report, "outlet4");
        Assert.DoesNotContain(witness.Discrepancies, d => d.Kind is DiscrepancyKind.Substitution or DiscrepancyKind.Paraphrase);
        var omission = Assert.Single(witness.Discrepancies, d => d.Kind == DiscrepancyKind.Omission);
        Assert.Equal("at the very least", omission.Expected);
    }

    [Fact]
    public void Classify_ClauseEndReworded_IsOneParaphraseNotInsertionAndTruncation()
    {
        const string said = "The northern bridge will reopen before the first frost of winter and every family will be able to cross safely again.";

        var d = Assert.Single(Counted(said, "The northern bridge will reopen before the first frost of winter and households can get over it without worry."));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Equal("every family will be able to cross safely again", d.Expected);
        Assert.Equal("households can get over it without worry", d.Actual);
    }

    [Fact]
    public void Classify_ClauseStartReworded_IsOneParaphraseNotInsertionAndTruncation()
    {
        const string said = "Every family in the valley will be able to cross safely again once the bridge reopens before winter.";

        var d = Assert.Single(Counted(said, "People living up there can cross safely again once the bridge reopens before winter."));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.StartsWith("Every family in the valley", d.Expected, StringComparison.Ordinal);
        Assert.StartsWith("People living up there", d.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_LastWordReplacedByAnUnrelatedWord_IsOneSubstitution()
    {
        const string said = "We will reopen the northern bridge before winter and every family will be able to cross safely again.";

        var d = Assert.Single(Counted(said, "We will reopen the northern bridge before winter and every family will be able to cross safely anyway."));
        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.Equal("again", d.Expected);
        Assert.Equal("anyway", d.Actual);
    }

    [Fact]
    public void Classify_QuoteEndsItsSentenceAndAddsAnother_KeepsTruncationAndInsertion()
    {
        const string said = "We will reopen the northern bridge before winter and every family will be able to cross safely again.";

        var counted = Counted(said, "We will reopen the northern bridge before winter. You have my word.");
        Assert.Contains(counted, d => d.Kind == DiscrepancyKind.Truncation && d.Expected.StartsWith("and every family", StringComparison.Ordinal));
        Assert.DoesNotContain(counted, d => d.Kind == DiscrepancyKind.Paraphrase);
    }

    [Fact]
    public void Classify_ClauseChangedInThreePlaces_IsOneParaphrasePerClause()
    {
        const string said = "What the board will offer is a rise of 4 percent over two years, with extra leave for the longest-serving staff.";

        var counted = Counted(said, "What the board is offering is a 4 percent rise spread over two years, and the longest-serving staff will get extra leave.");
        Assert.Equal(2, counted.Count);
        Assert.All(counted, d => Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind));
        Assert.Equal("What the board is offering is a 4 percent rise spread over two years", counted[0].Actual);
        Assert.Equal("with extra leave for the longest-serving staff", counted[1].Expected);
    }

    [Fact]
    public void Classify_ThreeSingleEditsInALongClause_StaySeparate()
    {
        const string said = "We will reopen the northern bridge before the first frost of winter and every family in the valley will be able to cross it safely again.";

        var counted = Counted(said, "We will finally reopen the southern bridge before the frost of winter and every family in the valley will be able to cross it safely again.");
        Assert.Equal(
            [DiscrepancyKind.Substitution, DiscrepancyKind.Omission, DiscrepancyKind.Insertion],
            counted.Select(d => d.Kind).Order().ToArray());
    }

    [Fact]
    public void Classify_SentenceRecastFromAMidClauseWord_IsOneParaphraseNotCutAndInsertion()
    {
        const string said = "We have already repaired the pumping station at Marsh Lane by working through the night.";

        var d = Assert.Single(Counted(said, "The pumping station at Marsh Lane has been fixed by working through the night."));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Equal("We have already repaired the pumping station at Marsh Lane", d.Expected);
        Assert.StartsWith("The pumping station at Marsh Lane has been fixed", d.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_OpeningWordsCutWithNothingAdded_StaysATruncation()
    {
        const string said = "I think the decision to close the pumping station at Marsh Lane is wrong.";

        var d = Assert.Single(Counted(said, "The decision to close the pumping station at Marsh Lane is wrong."));
        Assert.Equal(DiscrepancyKind.Truncation, d.Kind);
    }

    [Fact]
    public void Classify_LowerCaseFragmentFromMidClause_IsNotRecast()
    {
        const string said = "We have already repaired the pumping station at Marsh Lane by working through the night.";

        Assert.DoesNotContain(Counted(said, "the pumping station at Marsh Lane has been fixed by working through the night"), d => d.Kind == DiscrepancyKind.Paraphrase && d.Expected.StartsWith("We", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_HeadlineRecastWithItsEndReworded_IsOneParaphrase()
    {
        const string said = "We will not close a single swimming pool in Harrowgate.";

        var d = Assert.Single(Counted(said, "Not a single swimming pool will close"));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Equal("We will not close a single swimming pool in Harrowgate", d.Expected);
    }

    [Fact]
    public void Classify_OneWordForAContraction_IsOneSubstitution()
    {
        const string said = "That is no way to treat coaches who's whole lives are this club.";

        var d = Assert.Single(Counted(said, "That is no way to treat coaches whose whole lives are this club."));
        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.Equal("who's", d.Expected);
        Assert.Equal("whose", d.Actual);
        Assert.Equal(1, d.Weight);
    }

    [Fact]
    public void Classify_OneWordForAnArticleAndAWord_IsOneSubstitution()
    {
        const string said = "We will open a further 20 beds on the children's ward before Christmas.";

        var d = Assert.Single(Counted(said, "We will open another 20 beds on the children's ward before Christmas."));
        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.Equal("a further", d.Expected);
        Assert.Equal("another", d.Actual);
    }
}
