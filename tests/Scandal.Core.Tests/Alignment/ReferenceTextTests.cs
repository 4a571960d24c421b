using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

public class ReferenceTextTests
{
    [Fact]
    public void CrossCheck_WithReference_ReferenceWordsWinOverTheMajority()
    {
        // Two outlets agree on a wrong word; the original post says otherwise.
        var articles = new[]
        {
            Article.FromText("a", "Mira Kovacs wrote on Friday. “The river will be cleaned by the city this year,” Kovacs wrote."),
            Article.FromText("b", "Mira Kovacs wrote on Friday. “The river will be cleaned by the city this year,” Kovacs wrote."),
            Article.FromText("c", "Mira Kovacs wrote on Friday. “The river will be cleared by the city this year,” Kovacs wrote."),
        };
        var reference = Article.FromText("post", "The river will be cleared by the city this year.");

        var report = Corpus.Engine.CrossCheck(articles, [reference]);

        var statement = Assert.Single(report.Statements);
        Assert.True(statement.FromReference);
        Assert.Contains("cleared", statement.Consensus, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c"], statement.DocumentIds);
        Assert.Equal(1.0, Corpus.Witness(report, "c").Fidelity);
        Assert.Contains(Corpus.Witness(report, "a").Discrepancies, d => d.Expected == "cleared" && d.Actual == "cleaned" && d.Kind == DiscrepancyKind.Substitution); // two real words: a substitution, not a typo
    }

    [Fact]
    public void CrossCheck_WithReferenceOfOneOutlet_IsNotSingleSource()
    {
        var articles = new[] { Article.FromText("a", "Mira Kovacs wrote on Friday. “The river will be cleared by the city,” Kovacs wrote.") };
        var reference = Article.FromText("post", "The river will be cleared by the city this year.");

        var report = Corpus.Engine.CrossCheck(articles, [reference]);

        var witness = Corpus.Witness(report, "a");
        var truncation = Assert.Single(witness.Discrepancies);
        Assert.Equal(DiscrepancyKind.Truncation, truncation.Kind);
        Assert.Equal("this year", truncation.Expected);
        Assert.Equal(1 - (0.25 / 8), witness.Fidelity);
    }
}
