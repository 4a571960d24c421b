using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Scoring;

/// <summary>The score formulas, recomputed by hand on small texts.</summary>
public class ConsistencyScorerTests
{
    private const string Speaker = "Tomasz Wieczorek";
    private const string Original = "Our volunteers planted four thousand oak trees along the river this spring.";

    [Fact]
    public void Score_OneTypoInTwelveWords_IsOneMinusHalfAWordOverTwelve()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "Our volunteers planted four thousand oak trees along the rvier this spring.");

        var witness = Corpus.Witness(report, "outlet3");
        Assert.Equal(12, witness.CoveredWords);
        Assert.Equal(1 - (0.5 / 12), witness.Fidelity!.Value, 6);
        var outlet = Assert.Single(report.Outlets, o => o.DocumentId == "outlet3");
        Assert.Equal(witness.Fidelity!.Value, outlet.Consistency!.Value, 6);
        Assert.Equal(1, outlet.Discrepancies[DiscrepancyKind.Typo]);
    }

    [Fact]
    public void Score_AgreementOfThreeDocumentsWithOneSubstitution_IsMeanOfSupportOverCovering()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "Our volunteers planted five thousand oak trees along the river this spring.");

        var statement = Assert.Single(report.Statements);
        // 12 positions covered by 3 documents: 11 at 3/3, one at 2/3.
        Assert.Equal((11 + (2.0 / 3)) / 12, statement.Agreement!.Value, 6);
    }

    [Fact]
    public void Score_OutletWithOnlySingleSourceQuotes_HasNoConsistency()
    {
        var report = Corpus.Quotes(Speaker, Original);

        var outlet = Assert.Single(report.Outlets);
        Assert.Null(outlet.Consistency);
        Assert.Null(Assert.Single(report.Statements).Agreement);
    }

    [Fact]
    public void Score_TypographyOnlyRendering_IsOne()
    {
        var report = Corpus.Quotes(Speaker, Original, Original, "OUR volunteers planted four thousand oak trees along the river this spring.");

        Assert.Equal(1.0, Corpus.Witness(report, "outlet3").Fidelity);
        Assert.Equal(1.0, Assert.Single(report.Outlets, o => o.DocumentId == "outlet3").Consistency);
    }
}
