using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Reporting;

/// <summary>Results are immutable: no cast writes into them, and no list handed to a constructor stays shared.</summary>
public class ResultImmutabilityTests
{
    private static readonly CrossCheckReport Report = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 1 }).CrossCheck(
    [
        Article.FromText("ledger", "Harbor commissioner Ilse Brandvold defended the dredging contract on Monday. “We paid $2.4 million because the channel was closing, and nobody else would bid,” Brandvold said. The board meets again on May 3."),
        Article.FromText("gazette", "Commissioner Ilse Brandvolt said the dredging deal was fair. “We paid $2.4 million because the channel was silting up, and nobody else would bid,” Brandvolt told the board. It meets again May 3."),
        Article.FromText("courier", "“We paid $2.9 million because the channel was closing, and nobody else would bid,” Ilse Brandvold said of the dredging contract, adding that the board meets on May 3."),
    ]);

    [Fact]
    public void Report_ListsCastToIList_RefuseWrites()
    {
        Assert.NotEmpty(Report.Quotes);
        Assert.NotEmpty(Report.Statements);
        Assert.NotEmpty(Report.Claims);
        AssertReadOnly(Report.Documents);
        AssertReadOnly(Report.Quotes);
        AssertReadOnly(Report.Statements);
        AssertReadOnly(Report.Outlets);
        AssertReadOnly(Report.Claims);
        AssertReadOnly(Report.Documents[0].Diagnostics);
    }

    [Fact]
    public void Report_NestedListsAndDictionaries_RefuseWrites()
    {
        var statement = Report.Statements.First(s => !s.SingleSource);
        var witness = statement.Witnesses.First(w => w.Discrepancies.Count > 0);
        AssertReadOnly(statement.Words);
        AssertReadOnly(statement.Words[0].SupportingDocumentIds);
        AssertReadOnly(statement.DocumentIds);
        AssertReadOnly(statement.Contested);
        AssertReadOnly(statement.Witnesses);
        AssertReadOnly(witness.Discrepancies);
        AssertReadOnly(Report.Quotes[0].Pieces);
        AssertReadOnly(Report.Quotes[0].Spans);
        AssertReadOnly(Report.Claims[0].Readings);
        AssertReadOnly(Report.Claims[0].Readings[0].DocumentIds);
        AssertReadOnly(Report.Claims[0].Readings[0].Mentions);
        AssertReadOnly(Report.Claims[0].Readings[0].Mentions[0].Context);

        var kinds = Assert.IsAssignableFrom<IDictionary<DiscrepancyKind, int>>(Report.Outlets[0].Discrepancies);
        Assert.True(kinds.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => kinds[DiscrepancyKind.Typo] = 99);
        Assert.Throws<NotSupportedException>(() => kinds.Remove(DiscrepancyKind.Typo));
    }

    [Fact]
    public void Quote_CallerChangesItsLists_QuoteKeepsWhatItWasGiven()
    {
        var pieces = new List<string> { "We paid", "and nobody else would bid" };
        var spans = new List<TextSpan> { new(10, 17), new(30, 55) };

        var quote = new Quote("a#q1", "a", "Ilse Brandvold", QuoteKind.Direct, pieces, spans);
        pieces[0] = "We never paid";
        pieces.Add("at all");
        spans[0] = new TextSpan(0, 1);
        spans.Clear();

        Assert.Equal(["We paid", "and nobody else would bid"], quote.Pieces);
        Assert.Equal([new TextSpan(10, 17), new TextSpan(30, 55)], quote.Spans);
        Assert.Equal("We paid and nobody else would bid", quote.Text);
        AssertReadOnly(quote.Pieces);
    }

    [Fact]
    public void Quote_GivenAnArrayItDoesNotOwn_CopiesIt()
    {
        var pieces = new[] { "We paid" };

        var quote = new Quote("a#q1", "a", null, QuoteKind.Direct, pieces, [new TextSpan(0, 7)]);
        pieces[0] = "changed";

        Assert.Equal("We paid", quote.Pieces[0]);
    }

    [Fact]
    public void ExtractionResult_CallerChangesItsLists_ResultKeepsWhatItWasGiven()
    {
        var article = Article.FromText("a", "“We paid,” she said.");
        var quote = new Quote("a#q1", "a", null, QuoteKind.Direct, ["We paid,"], [new TextSpan(1, 9)]);
        var quotes = new List<Quote> { quote };
        var diagnostics = new List<Diagnostic>();

        var result = new ExtractionResult(article, quotes, diagnostics);
        quotes.Clear();
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SC9999", "added later"));

        Assert.Same(quote, Assert.Single(result.Quotes));
        Assert.Empty(result.Diagnostics);
        AssertReadOnly(result.Quotes);
        AssertReadOnly(article.Diagnostics);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        var writable = Assert.IsAssignableFrom<IList<T>>(list);
        Assert.True(writable.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => writable.Add(default!));
        Assert.Throws<NotSupportedException>(() => writable.Clear());
        if (writable.Count > 0)
        {
            Assert.Throws<NotSupportedException>(() => writable[0] = writable[0]);
        }

        Assert.Null(list as T[]);
        Assert.Null(list as List<T>);
    }
}
