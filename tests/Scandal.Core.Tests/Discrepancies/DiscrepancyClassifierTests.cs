using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>Each discrepancy kind on texts written for the test, including what must not be flagged.</summary>
public class DiscrepancyClassifierTests
{
    private const string Speaker = "Harriet Osei";
    private const string Original = "We will reopen the northern bridge before winter and every family will be able to cross safely again.";

    private static Discrepancy Single(string rendering, DiscrepancyKind kind)
    {
        var report = Corpus.Quotes(Speaker, Original, Original, rendering);
        var witness = Corpus.Witness(report, "outlet3");
        return Assert.Single(witness.Discrepancies, d => d.Kind == kind);
    }

    [Fact]
    public void Classify_MisspelledWord_IsOneTypoNotDeletionAndInsertion()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "We will reopen the nortehrn bridge before winter and every family will be able to cross safely again.");
        var witness = Corpus.Witness(report, "outlet3");

        var typo = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Typo, typo.Kind);
        Assert.Equal("northern", typo.Expected);
        Assert.Equal("nortehrn", typo.Actual);
        Assert.Equal(0.5, typo.Weight);
    }

    [Fact]
    public void Classify_OtherWord_IsSubstitution()
    {
        var d = Single("We will reopen the southern bridge before winter and every family will be able to cross safely again.", DiscrepancyKind.Substitution);

        Assert.Equal("northern", d.Expected);
        Assert.Equal("southern", d.Actual);
    }

    [Fact]
    public void Classify_FunctionWordSwap_IsSubstitutionNotTypo()
    {
        var d = Single("We will reopen this northern bridge before winter and every family will be able to cross safely again.", DiscrepancyKind.Substitution);

        Assert.Equal("the", d.Expected);
        Assert.Equal("this", d.Actual);
    }

    [Fact]
    public void Classify_MisspelledFunctionWord_IsTypo()
    {
        var report = Corpus.Quotes("Niamh Okafor", "Their ferry leaves at dawn from the old pier.", "Their ferry leaves at dawn from the old pier.", "Thier ferry leaves at dawn from the old pier.");
        var typo = Assert.Single(Corpus.Witness(report, "outlet3").Discrepancies);

        Assert.Equal(DiscrepancyKind.Typo, typo.Kind);
        Assert.Equal("Their", typo.Expected);
        Assert.Equal("Thier", typo.Actual);
    }

    [Fact]
    public void Classify_DroppedWordInside_IsOmissionWithEmptySpanAtTheGap()
    {
        const string rendering = "We will reopen the bridge before winter and every family will be able to cross safely again.";
        var d = Single(rendering, DiscrepancyKind.Omission);

        Assert.Equal("northern", d.Expected);
        Assert.Equal(string.Empty, d.Actual);
        Assert.True(d.Span.IsEmpty);
    }

    [Fact]
    public void Classify_AddedWords_IsInsertion()
    {
        var d = Single("We will reopen the northern bridge well before winter and every family will be able to cross safely again.", DiscrepancyKind.Insertion);

        Assert.Equal("well", d.Actual);
    }

    [Fact]
    public void Classify_SwappedWords_IsReordering()
    {
        var report = Corpus.Quotes(Speaker, "It should have never happened to the town.", "It should have never happened to the town.", "It should never have happened to the town.");
        var witness = Corpus.Witness(report, "outlet3");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Reordering, d.Kind);
    }

    [Fact]
    public void Classify_TwoWordsTradingPlaces_IsOneReorderingNotTwoSubstitutions()
    {
        const string said = "The crews were tired and hungry after the long night on the river.";
        var report = Corpus.Quotes(Speaker, said, said, "The crews were hungry and tired after the long night on the river.");
        var witness = Corpus.Witness(report, "outlet3");

        var d = Assert.Single(witness.Discrepancies, d => d.Weight > 0);
        Assert.Equal(DiscrepancyKind.Reordering, d.Kind);
        Assert.Equal("tired and hungry", d.Expected);
        Assert.Equal("hungry and tired", d.Actual);
    }

    [Fact]
    public void Classify_StopsInsideASentence_IsTruncationNotOmission()
    {
        var d = Single("We will reopen the northern bridge before winter", DiscrepancyKind.Truncation);

        Assert.Equal("and every family will be able to cross safely again", d.Expected);
        Assert.Equal(0.25, d.Weight);
    }

    [Fact]
    public void Classify_RewordedStretch_IsParaphrase()
    {
        var d = Single("We will reopen the northern bridge before winter so that people can get over it once more.", DiscrepancyKind.Paraphrase);

        Assert.Contains("every family", d.Expected, StringComparison.Ordinal);
        Assert.Contains("people can get over it", d.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_WholeRenderingReworded_IsOneParaphraseWithLowFidelity()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "We intend to have the northern bridge open before the cold arrives and households will cross it without danger.");
        var witness = Assert.Single(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == "outlet3");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.True(witness.Fidelity < 0.5);
    }

    [Theory]
    [InlineData("We will reopen the northern bridge before winter — and every family will be able to cross safely again.", "We will reopen the northern bridge before winter—and every family will be able to cross safely again.")]
    [InlineData("We will reopen the northern bridge before winter & every family will be able to cross safely again.", "We will reopen the northern bridge before winter and every family will be able to cross safely again.")]
    [InlineData("WE WILL REOPEN the northern bridge before winter and every family will be able to cross safely again.", "We will reopen the northern bridge before winter and every family will be able to cross safely again.")]
    [InlineData("We won’t close the northern bridge before winter.", "We won't close the northern bridge before winter.")]
    public void Classify_TypographyOnly_ScoresOneAndIsNotCounted(string consensus, string rendering)
    {
        var report = Corpus.Quotes(Speaker, consensus, consensus, rendering);
        var witness = Corpus.Witness(report, "outlet3");

        Assert.NotEmpty(witness.Discrepancies);
        Assert.All(witness.Discrepancies, d => Assert.Equal(DiscrepancyKind.Typography, d.Kind));
        Assert.Equal(1.0, witness.Fidelity);
    }

    [Fact]
    public void Classify_EllipsisWhereWordsAreDropped_IsSignalledAndNotCounted()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "We will reopen the northern bridge … and every family will be able to cross safely again.");
        var witness = Corpus.Witness(report, "outlet3");

        var d = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Omission, d.Kind);
        Assert.True(d.Signalled);
        Assert.Equal(1.0, witness.Fidelity);
    }

    [Fact]
    public void Classify_SplitQuote_AttributionIsNotAnInsertion()
    {
        var articles = new[]
        {
            Scandal.Core.Text.Article.FromText("a", "Harriet Osei spoke on Monday. “We will reopen the northern bridge before winter and every family will be able to cross safely again,” Osei said."),
            Scandal.Core.Text.Article.FromText("b", "Harriet Osei spoke on Monday. “We will reopen the northern bridge before winter,” Osei told the council on Monday, “and every family will be able to cross safely again.”"),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        var witness = Corpus.Witness(report, "b");
        Assert.Empty(witness.Discrepancies);
        Assert.Equal(1.0, witness.Fidelity);
    }

    [Fact]
    public void Classify_FragmentInsideSentence_IsATruncationAtBothEnds()
    {
        var articles = new[]
        {
            Scandal.Core.Text.Article.FromText("a", "Harriet Osei spoke on Monday. “We will reopen the northern bridge before winter and every family will be able to cross safely again,” Osei said."),
            Scandal.Core.Text.Article.FromText("b", "Harriet Osei spoke on Monday. “We will reopen the northern bridge before winter and every family will be able to cross safely again,” Osei said."),
            Scandal.Core.Text.Article.FromText("c", "Osei promised that “every family will be able to cross” by spring."),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        var witness = Corpus.Witness(report, "c");
        Assert.Equal(2, witness.Discrepancies.Count);
        Assert.All(witness.Discrepancies, d => Assert.Equal(DiscrepancyKind.Truncation, d.Kind));
        Assert.Equal("We will reopen the northern bridge before winter and", witness.Discrepancies[0].Expected);
        Assert.Equal("safely again", witness.Discrepancies[1].Expected);
        Assert.True(witness.Coverage < 0.5);
    }

    [Fact]
    public void Classify_WholeSentenceClosedWithAComma_IsNotATruncation()
    {
        const string said = "The harbour wall has held for a century. We will repair it before the autumn storms.";
        var articles = new[]
        {
            Scandal.Core.Text.Article.FromText("a", $"Harriet Osei spoke on Monday. “{said}” Osei said."),
            Scandal.Core.Text.Article.FromText("b", $"Harriet Osei spoke on Monday. “{said}” Osei said."),
            Scandal.Core.Text.Article.FromText("c", "Harriet Osei spoke on Monday. “The harbour wall has held for a century,” Osei said."),
            Scandal.Core.Text.Article.FromText("d", "Harriet Osei spoke on Monday. “The harbour wall has held for a century,” Osei said."),
            Scandal.Core.Text.Article.FromText("e", "Harriet Osei spoke on Monday. “The harbour wall has held for a century,” Osei said."),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        Assert.DoesNotContain(Corpus.Witness(report, "c").Discrepancies, d => d.Kind == DiscrepancyKind.Truncation);
        Assert.DoesNotContain(Corpus.Witness(report, "e").Discrepancies, d => d.Kind == DiscrepancyKind.Truncation);
    }

    [Fact]
    public void Classify_WordOnlyOneRenderingAddsAtTheEnd_CutsNothingFromTheOthers()
    {
        const string said = "We had two weeks to rebuild a stand that usually takes a whole season.";
        var report = Corpus.Quotes(Speaker, said, said, said, "We had two weeks to rebuild a stand that takes a whole season usually.");

        foreach (var doc in new[] { "outlet1", "outlet2", "outlet3" })
        {
            Assert.DoesNotContain(Corpus.Witness(report, doc).Discrepancies, d => d.Kind == DiscrepancyKind.Truncation);
        }
    }
}
