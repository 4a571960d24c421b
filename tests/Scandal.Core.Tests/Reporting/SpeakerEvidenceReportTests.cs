using System.Text.Json;
using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Reporting;

/// <summary>Every quote says how its speaker was found, in the JSON and in the Markdown quote list.</summary>
public class SpeakerEvidenceReportTests
{
    private const string Text = "Harbour pilot Ines Maltby has worked the port for a decade.\n\n“The channel silts up faster every year,” Maltby said. Locals call it “the mud road” with a shrug.";

    [Fact]
    public void Json_QuoteWithSpeaker_HasRuleAndCueSpan_AndQuoteWithout_HasReason()
    {
        var report = new ScandalEngine().CrossCheck([Article.FromText("doc", Text)]);

        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        var said = quotes.Single(q => q.GetProperty("text").GetString()!.Contains("silts", StringComparison.Ordinal));
        var evidence = said.GetProperty("speakerEvidence");
        Assert.Equal("NAME VERB", evidence.GetProperty("rule").GetString());
        Assert.Equal("Maltby said", Text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        Assert.False(said.TryGetProperty("speakerMissing", out _));
        var scare = quotes.Single(q => q.GetProperty("text").GetString() == "the mud road");
        Assert.Equal("noCue", scare.GetProperty("speakerMissing").GetString());
        Assert.False(scare.TryGetProperty("speakerEvidence", out _));
    }

    [Fact]
    public void Markdown_QuoteList_ShowsTheRuleAndTheCueWords()
    {
        var result = new QuoteExtractor().Extract(Article.FromText("doc", Text));

        var markdown = MarkdownReportWriter.WriteExtraction(result);

        Assert.Contains("Speaker by NAME VERB at `", markdown, StringComparison.Ordinal);
        Assert.Contains(": Maltby said", markdown, StringComparison.Ordinal);
        Assert.Contains("No speaker: no attribution cue.", markdown, StringComparison.Ordinal);
    }
}
