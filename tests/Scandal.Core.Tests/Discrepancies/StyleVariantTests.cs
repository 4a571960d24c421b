using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>Style that is not a change of wording: spelling varieties, contractions, ampersands, censoring, editor's brackets.</summary>
public class StyleVariantTests
{
    private const string Speaker = "Priya Raman";

    private static Scandal.Core.Scoring.Witness Third(string original, string rendering) =>
        Corpus.Witness(Corpus.Quotes(Speaker, original, original, rendering), "outlet3");

    [Theory]
    [InlineData("We apologize to every family who waited while the center was closed.", "We apologise to every family who waited whilst the centre was closed.")]
    [InlineData("The color of the new trains was the favorite of the riders we polled.", "The colour of the new trains was the favourite of the riders we polled.")]
    [InlineData("Engineers analyzed the data and traveled to each site before the report.", "Engineers analysed the data and travelled to each site before the report.")]
    public void Classify_BritishSpelling_IsStyleWithReason(string original, string rendering)
    {
        var witness = Third(original, rendering);

        Assert.Empty(Corpus.Counted(witness));
        Assert.NotEmpty(witness.Discrepancies);
        Assert.All(witness.Discrepancies, d =>
        {
            Assert.Equal(DiscrepancyKind.Typography, d.Kind);
            Assert.Equal(DiscrepancyReasons.SpellingVariant, d.Reason);
        });
        Assert.Equal(1.0, witness.Fidelity);
    }

    [Theory]
    [InlineData("I have told the board that we do not accept the offer as it stands.", "I've told the board that we don't accept the offer as it stands.")]
    [InlineData("We will not sign it and I am not going to pretend otherwise today.", "We won't sign it and I'm not going to pretend otherwise today.")]
    public void Classify_Contraction_IsStyleNotNegationChange(string original, string rendering)
    {
        var witness = Third(original, rendering);

        Assert.Empty(Corpus.Counted(witness));
        Assert.Contains(witness.Discrepancies, d => d.Reason == DiscrepancyReasons.Contraction);
        Assert.DoesNotContain(witness.Discrepancies, d => d.Material);
    }

    [Fact]
    public void Classify_Ampersand_IsStyleWithReason()
    {
        var witness = Third("Parents and teachers have asked for the same thing for years now.", "Parents & teachers have asked for the same thing for years now.");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyReasons.Ampersand, d.Reason);
        Assert.Equal(0, d.Weight);
    }

    [Theory]
    [InlineData("f***ing")]
    [InlineData("f**king")]
    public void Classify_CensoredWord_IsOneStyleTokenNotInsertions(string censored)
    {
        var witness = Third("This is a fucking disgrace and the minister knows it very well.", $"This is a {censored} disgrace and the minister knows it very well.");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Typography, d.Kind);
        Assert.Equal(DiscrepancyReasons.Censored, d.Reason);
        Assert.Equal(censored, d.Actual);
    }

    [Fact]
    public void Classify_CensoredWithDashes_IsStyle()
    {
        var witness = Third("They told us this shit would never happen again in our street.", "They told us this s--- would never happen again in our street.");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyReasons.Censored, d.Reason);
        Assert.Equal("s---", d.Actual);
    }

    [Fact]
    public void Classify_BracketedInsertion_IsSignalledEditorialBracket()
    {
        var witness = Third("He should pay for it and the council should say so in public.", "He should pay [for] it and the council should say so in public.");

        Assert.Empty(Corpus.Counted(witness));
        Assert.All(witness.Discrepancies, d => Assert.Equal(DiscrepancyReasons.EditorialBracket, d.Reason));
    }

    [Fact]
    public void Classify_BracketedNameForOpeningPronoun_IsSignalledNotATruncation()
    {
        var witness = Third("He knew the bridge was unsafe and he said nothing to anyone.", "[Brandt] knew the bridge was unsafe and he said nothing to anyone.");

        Assert.Empty(Corpus.Counted(witness));
        var d = Assert.Single(witness.Discrepancies);
        Assert.True(d.Signalled);
        Assert.Equal(DiscrepancyReasons.EditorialBracket, d.Reason);
    }

    [Fact]
    public void Classify_SicOnAWordEveryoneMisspells_IsStillReported()
    {
        const string original = "The goverment will answer every letter it receives this month.";
        var witness = Third(original, "The goverment [sic] will answer every letter it receives this month.");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Insertion, d.Kind);
        Assert.True(d.Signalled);
        Assert.Equal(DiscrepancyReasons.Sic, d.Reason);
        Assert.Equal("[sic]", d.Actual);
        Assert.Equal(0, d.Weight);
    }

    [Fact]
    public void Classify_Sic_IsSignalledWithReason()
    {
        var witness = Third("The budget was approved by their committee on Tuesday evening.", "The budget was aproved [sic] by their committee on Tuesday evening.");

        var d = Assert.Single(witness.Discrepancies);
        Assert.True(d.Signalled);
        Assert.Equal(DiscrepancyReasons.Sic, d.Reason);
        Assert.Equal(0, d.Weight);
    }

    [Fact]
    public void Classify_CaseAndQuoteMark_CarryTheirReasons()
    {
        var witness = Third("We haven’t finished the work on the Eastern line yet.", "We haven't finished the work on the eastern line yet.");

        Assert.Contains(witness.Discrepancies, d => d.Reason == DiscrepancyReasons.QuoteMark);
        Assert.Contains(witness.Discrepancies, d => d.Reason == DiscrepancyReasons.Case);
        Assert.Empty(Corpus.Counted(witness));
    }

    [Fact]
    public void Classify_QuoteMarksInsideTheQuotation_AreStyleWithReason()
    {
        var witness = Third(
            "I was told my grant was 'under review' for nine months, and nobody called me.",
            "I was told my grant was \u201Cunder review\u201D for nine months, and nobody called me.");

        Assert.Empty(Corpus.Counted(witness));
        Assert.Contains(witness.Discrepancies, d => d.Kind == DiscrepancyKind.Typography && d.Reason == DiscrepancyReasons.QuoteMark && d.Actual.Contains('\u201C', StringComparison.Ordinal));
    }
}
