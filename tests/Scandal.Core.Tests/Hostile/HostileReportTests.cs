using System.Text;
using System.Text.Json;
using Scandal.Core.Benchmarks.Hostile;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Hostile;

public class HostileReportTests
{
    private static readonly ScandalEngine Engine = new(new ScandalOptions { MaxDegreeOfParallelism = 1 });

    [Fact]
    public void Markdown_InputTextAndIds_AreEscaped()
    {
        var articles = new[]
        {
            Article.FromText("evil|id\n# Injected heading <script>alert(1)</script>", "The mayor spoke on Monday. “We will <img src=x onerror=alert(1)> build | the bridge,” Mayor Lena Arvid said."),
            Article.FromText("plain", "The mayor spoke on Monday. “We will <img src=x onerror=alert(2)> build | the bridge now,” Mayor Lena Arvid said.\n\n“# Not a heading\n| not | a | row |,” she added. [click](javascript:alert(3))"),
        };

        var markdown = MarkdownReportWriter.Write(Engine.CrossCheck(articles));

        MarkdownTables.AssertBalanced(markdown);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
        var headings = markdown.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.All(headings, h => Assert.DoesNotContain("Injected", h, StringComparison.Ordinal));
        Assert.Contains(headings, h => h == "# Cross-check report");
    }

    [Fact]
    public void Markdown_StreamAndTextWriter_GiveTheSameTextAsTheString()
    {
        var report = Engine.CrossCheck(HostileCorpus.Classes.Single(c => c.Name == "two-lengths").Generate(3000, 1).Select(i => Article.FromText(i.Id, i.Text)));
        var text = MarkdownReportWriter.Write(report);

        using var stream = new MemoryStream();
        MarkdownReportWriter.Write(report, stream);
        using var writer = new StringWriter();
        MarkdownReportWriter.Write(report, writer);

        Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(text, writer.ToString());
        Assert.Contains("## s1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FindQuote_FindsEveryQuoteById()
    {
        var report = Engine.CrossCheck(HostileCorpus.Classes.Single(c => c.Name == "two-lengths").Generate(3000, 1).Select(i => Article.FromText(i.Id, i.Text)));

        Assert.NotEmpty(report.Quotes);
        Assert.All(report.Quotes, q => Assert.Same(q, report.FindQuote(q.Id)));
        Assert.Null(report.FindQuote("no-such-quote"));
    }

    [Fact]
    public void StrayMarks_OfOneKind_AreOneDiagnosticWithACount()
    {
        var text = string.Concat(Enumerable.Repeat("word \" word ", 1000));

        var result = Engine.Extract(Article.FromText("stray", text));

        var stray = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote);
        Assert.Equal(1000, stray.Count);
        Assert.Equal(5, stray.FirstSpans.Count);
        Assert.Equal(5, stray.FirstSpans[0].Start);
        Assert.Contains("1000 times in this document", stray.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_AggregatedDiagnostic_CarriesItsCount()
    {
        var text = string.Concat(Enumerable.Repeat("word \" word ", 50));

        var json = JsonReportWriter.Write(Engine.CrossCheck([Article.FromText("stray", text)]));

        using var doc = JsonDocument.Parse(json);
        var diagnostics = doc.RootElement.GetProperty("documents")[0].GetProperty("diagnostics");
        var d = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal(50, d.GetProperty("count").GetInt32());
        Assert.Equal(5, d.GetProperty("firstStarts").GetArrayLength());
    }
}
