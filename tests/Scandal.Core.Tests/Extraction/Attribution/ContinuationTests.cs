namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Quoted paragraphs with no cue continue the paragraph before them.</summary>
public class ContinuationTests
{
    [Fact]
    public void QuotedParagraph_AfterReportedSpeech_IsThatSpeaker()
    {
        const string text = "Hospitals across the province report long waits.\n\nTim Guest with the health authority says there are many reasons for the delays.\n\n“The emergency department cares for the sickest first.”";

        AttributionAssert.Speaker(text, "sickest first", "Tim Guest", "reported speech");
    }

    [Fact]
    public void RunOfQuotedParagraphs_AfterOneAttribution_KeepTheSpeaker()
    {
        const string text = "“We knew the dam was old,” said engineer Rhea Castell.\n\n“Nobody wanted to pay for the repairs.”\n\n“Now everyone will.”";

        var result = AttributionAssert.Run(text);

        Assert.Equal(3, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Rhea Castell", q.Speaker));
        Assert.Equal("continuation", AttributionAssert.QuoteWith(result, "Now everyone").Evidence!.Rule);
    }

    [Fact]
    public void QuoteInNarrative_WithNoCue_HasNoSpeakerAndSaysNoCue()
    {
        const string text = "Many shoppers call the new tier “a luxury tax” and refuse to pay it.";

        var quote = AttributionAssert.Speaker(text, "luxury tax", null);

        Assert.Equal(Scandal.Core.Extraction.SpeakerMissing.NoCue, quote.MissingReason);
        Assert.Null(quote.Evidence);
    }
}
