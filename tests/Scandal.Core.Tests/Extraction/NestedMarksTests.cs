using System.Text;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Extraction;

public class NestedMarksTests
{
    [Fact]
    public void Scan_ThreeLevels_KeepsEveryLevel()
    {
        const string text = "Arvid said: «The council told me “the minister wrote ‘we will build it’ on Monday” and I believe it».";
        var diagnostics = new List<Diagnostic>();

        var stretches = QuoteScanner.Scan(text, QuoteScanner.Paragraphs(text), 10_000, diagnostics);

        Assert.Equal([0, 1, 2], stretches.Select(s => s.Depth).Order());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Scan_DeepNesting_KeepsFourLevelsAndSaysSo()
    {
        // «“‘«“‘… 3,000 deep: each nested stretch would cover the rest of the paragraph, so keeping them all is quadratic.
        var sb = new StringBuilder("Arvid said:");
        const string opens = "«“‘";
        const string closes = "»”’";
        for (var d = 0; d < 3000; d++)
        {
            sb.Append(' ').Append(opens[d % 3]).Append("word");
        }

        for (var d = 2999; d >= 0; d--)
        {
            sb.Append(" said").Append(closes[d % 3]);
        }

        var text = sb.ToString();
        var diagnostics = new List<Diagnostic>();

        var stretches = QuoteScanner.Scan(text, QuoteScanner.Paragraphs(text), 1_000_000, diagnostics);

        Assert.Equal([0, 1, 2, 3], stretches.Select(s => s.Depth).Order());
        var deep = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.DeepNesting, deep.Code);
        Assert.Equal(2996, deep.Count);
        var quote = Assert.Single(new QuoteExtractor().Extract(Article.FromText("deep", text)).Quotes);
        Assert.StartsWith("word “word ‘word", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_StrayClosingMarksOverOpenSingles_StillCloseTheDoubleBelow()
    {
        // A double mark closes through unclosed single marks, found in one step rather than by walking them.
        const string text = "He said “we ‘will ‘never ‘ever stop” and left.";
        var diagnostics = new List<Diagnostic>();

        var stretches = QuoteScanner.Scan(text, QuoteScanner.Paragraphs(text), 10_000, diagnostics);

        var top = Assert.Single(stretches);
        Assert.Equal("we ‘will ‘never ‘ever stop", text[top.Content.Start..top.Content.End]);
    }
}
