using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>Changes that alter what a statement asserts: numbers, negations, names, modals.</summary>
public class MaterialChangeTests
{
    private const string Speaker = "Tomasz Wieczorek";

    private static Discrepancy OnlyCounted(string original, string rendering)
    {
        var report = Corpus.Quotes(Speaker, original, original, rendering);
        return Assert.Single(Corpus.Counted(Corpus.Witness(report, "outlet3")));
    }

    [Fact]
    public void Classify_ChangedNumber_IsMaterialSubstitutionNeverTypo()
    {
        var d = OnlyCounted("The council will hire 250 new teachers for the district next autumn.", "The council will hire 260 new teachers for the district next autumn.");

        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.True(d.Material);
        Assert.Equal(DiscrepancyReasons.Number, d.Reason);
        Assert.Equal(2, d.Weight);
    }

    [Fact]
    public void Classify_ChangedYear_IsMaterial()
    {
        var d = OnlyCounted("The runway will be finished in 2024 if the money arrives on time.", "The runway will be finished in 2025 if the money arrives on time.");

        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.Equal(DiscrepancyReasons.Number, d.Reason);
    }

    [Fact]
    public void Classify_DroppedNot_IsMaterialOmissionOfWeightTwo()
    {
        var d = OnlyCounted("We will not close the hospital wing while I am mayor of this town.", "We will close the hospital wing while I am mayor of this town.");

        Assert.Equal(DiscrepancyKind.Omission, d.Kind);
        Assert.Equal("not", d.Expected);
        Assert.True(d.Material);
        Assert.Equal(DiscrepancyReasons.Negation, d.Reason);
        Assert.Equal(2, d.Weight);
    }

    [Fact]
    public void Classify_AddedNever_IsMaterialInsertion()
    {
        var d = OnlyCounted("I said the plant would reopen after the inspection this spring.", "I said the plant would never reopen after the inspection this spring.");

        Assert.Equal(DiscrepancyKind.Insertion, d.Kind);
        Assert.Equal(DiscrepancyReasons.Negation, d.Reason);
        Assert.True(d.Material);
    }

    [Fact]
    public void Classify_DroppedNegationInsideContraction_IsMaterial()
    {
        var d = OnlyCounted("We don't expect the fares to rise again before the election.", "We do expect the fares to rise again before the election.");

        Assert.True(d.Material);
        Assert.Equal(DiscrepancyReasons.Negation, d.Reason);
    }

    [Fact]
    public void Classify_ModalChanged_IsMaterial()
    {
        var d = OnlyCounted("The new levy may apply to small shops from January onwards.", "The new levy will apply to small shops from January onwards.");

        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.True(d.Material);
        Assert.Equal(DiscrepancyReasons.Modal, d.Reason);
        Assert.Equal(2, d.Weight);
    }

    [Fact]
    public void Classify_SwappedName_IsMaterial()
    {
        var d = OnlyCounted("I spoke with Senator Clinton about the border plan last week.", "I spoke with Senator Clifton about the border plan last week.");

        Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
        Assert.True(d.Material);
        Assert.Equal(DiscrepancyReasons.Name, d.Reason);
    }

    [Fact]
    public void Classify_PlainWordSwap_IsNotMaterial()
    {
        var d = OnlyCounted("The new levy may apply to small shops from January onwards.", "The new levy may apply to small firms from January onwards.");

        Assert.False(d.Material);
        Assert.Null(d.Reason);
        Assert.Equal(1, d.Weight);
    }

    [Fact]
    public void Markdown_MostSerious_ListsMaterialChangesFirst()
    {
        const string original = "We will not sell the harbour land and the ferry will run twice a day from the old pier all summer.";
        var articles = new[]
        {
            Article.FromText("a", $"Mayor Ines Duarte spoke on Monday. “{original}” Duarte said."),
            Article.FromText("b", $"Mayor Ines Duarte spoke on Monday. “{original}” Duarte said."),
            Article.FromText("c", "Mayor Ines Duarte spoke on Monday. “We will sell the harbour land and the ferry will run twice a day from the new jetty near the marina all summer.” Duarte said."),
        };
        var report = Corpus.Engine.CrossCheck(articles);
        var markdown = MarkdownReportWriter.Write(report);

        var section = markdown[markdown.IndexOf("## Most serious", StringComparison.Ordinal)..];
        var firstRow = section.Split('\n').First(l => l.StartsWith("| c |", StringComparison.Ordinal));
        Assert.Contains("material: negation", firstRow, StringComparison.Ordinal);
        Assert.Contains("\"material\": true", JsonReportWriter.Write(report), StringComparison.Ordinal);
    }
}
