namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Publications, platforms, places and nationalities are never speakers: the listener, channel and reporting outlet.</summary>
public class NonSpeakerTests
{
    [Fact]
    public void ToldPublication_IsTheListenerNotTheSpeaker()
    {
        const string text = "Singer Talia Brooks spoke about the tour.\n\n“I needed the break,” she told the Evening Standard.";

        AttributionAssert.Speaker(text, "needed the break", "Talia Brooks");
    }

    [Fact]
    public void ToldPublicationBeforeQuote_IsTheListenerNotTheSpeaker()
    {
        const string text = "Talia Brooks cancelled three shows. She told HuffPost Canada: “I needed the break.”";

        AttributionAssert.Speaker(text, "needed the break", "Talia Brooks");
    }

    [Fact]
    public void PostOnPlatform_IsTheChannelNotTheSpeaker()
    {
        const string text = "Talia Brooks posted a video late on Friday.\n\n“Thank you for waiting,” she wrote in her Instagram Stories.";

        AttributionAssert.Speaker(text, "Thank you", "Talia Brooks");
    }

    [Fact]
    public void PublicationThatReported_IsNeverTheSpeaker()
    {
        const string text = "Talia Brooks is leaving her label, the Globe reported.\n\n“It is time,” Brooks said.";

        var result = AttributionAssert.Run(text);

        Assert.Equal("Talia Brooks", AttributionAssert.QuoteWith(result, "It is time").Speaker);
        Assert.DoesNotContain(result.Quotes, q => q.Speaker == "Globe");
    }

    [Fact]
    public void NationalityBeforeTitleAndName_IsNotPartOfTheSpeaker()
    {
        const string text = "Ministers met in Brussels on Friday.\n\n“We will not be rushed,” said German Chancellor Olaf Brenner.";

        AttributionAssert.Speaker(text, "not be rushed", "Olaf Brenner");
    }

    [Fact]
    public void CountryAsSubject_IsNeverTheSpeaker()
    {
        const string text = "Tariffs rose again this week. China said the measures were unfair.\n\n“This is a mistake,” said trade envoy Lu Heng.";

        var result = AttributionAssert.Run(text);

        Assert.Equal("Lu Heng", AttributionAssert.QuoteWith(result, "a mistake").Speaker);
        Assert.DoesNotContain(result.Quotes, q => q.Speaker == "China");
    }

    [Fact]
    public void CityBasedRole_WithoutAName_IsTheRoleNotTheCity()
    {
        const string text = "The show closed the week. “Fashion is slow again,” said the Paris-based designer.";

        AttributionAssert.Speaker(text, "slow again", "the Paris-based designer", "ROLE VERB");
    }

    [Fact]
    public void CityBasedRole_AfterNamedDesigner_IsTheDesigner()
    {
        const string text = "The Paris-based designer Aurelie Mason closed the show. “Fashion is slow again,” said the Paris-based designer.";

        AttributionAssert.Speaker(text, "slow again", "Aurelie Mason", "ROLE VERB");
    }
}
