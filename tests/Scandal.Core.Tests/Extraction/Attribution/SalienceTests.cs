namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Pronouns resolve by salience (the subject who has been speaking), not to the last name printed.</summary>
public class SalienceTests
{
    [Fact]
    public void Pronoun_AfterObjectOfTo_IsTheSubjectNotTheObject()
    {
        const string text = "The comedian Joel Smithers said on Sunday that he wanted to apologise to Carl Rockwell.\n\n“I was out of line, and I know it,” he added.";

        AttributionAssert.Speaker(text, "out of line", "Joel Smithers", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_AfterNameInsideQuote_IgnoresTheQuotedName()
    {
        const string text = "Mayor Lena Okafor defended the budget. “Ask Victor Brandt what he cut,” Okafor said.\n\n“We cut nothing that matters,” she added.";

        AttributionAssert.Speaker(text, "cut nothing", "Lena Okafor", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_AfterAboutName_KeepsThePreviousSpeaker()
    {
        const string text = "Coach Mira Valdez watched the final from the stands. “We were tired,” Valdez said. Reporters asked about Jonas Pettersen, the injured captain.\n\n“He will be back in March,” she said.";

        AttributionAssert.Speaker(text, "back in March", "Mira Valdez", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_NewSubjectSincePreviousQuote_IsTheNewSubject()
    {
        const string text = "“The line is closed,” Mira Valdez said. Her deputy, Hanna Roos, disagreed with the decision.\n\nHanna Roos wanted the line reopened. “It costs us every day,” she said.";

        AttributionAssert.Speaker(text, "costs us", "Hanna Roos", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_WithNoPersonNamed_HasNoSpeakerAndSaysAmbiguous()
    {
        const string text = "The storm passed overnight.\n\n“It was the loudest thing I have ever heard,” she said.";

        var quote = AttributionAssert.Speaker(text, "loudest thing", null);

        Assert.Equal(Scandal.Core.Extraction.SpeakerMissing.Ambiguous, quote.MissingReason);
    }
}
