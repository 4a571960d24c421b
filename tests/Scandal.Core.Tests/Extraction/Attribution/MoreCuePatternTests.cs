namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>The later rules of the grammar: headings, implicit subjects, introductions, unnamed roles, titles inside names.</summary>
public class MoreCuePatternTests
{
    [Fact]
    public void NameColon_LiveBlogHeading_IsTheSpeaker()
    {
        const string text = "Rosalind Pike won the seat by 400 votes.\n\n10:41pm — Pike: “This town chose itself”\n\nThe count ended at midnight.";

        AttributionAssert.Speaker(text, "chose itself", "Rosalind Pike", "NAME: QUOTE");
    }

    [Fact]
    public void ImplicitSubject_SpanishVerbWithoutSubject_IsThePersonSpeaking()
    {
        const string text = "La ministra Ana Ruiz presentó el plan el martes. \"Cada gota cuenta\", añadió.";

        AttributionAssert.Speaker(text, "Cada gota", "Ana Ruiz", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_PersonIntroducedRightBefore_OutranksTheLastSpeaker()
    {
        const string text = "“We heard the taps at dawn,” rescuer Gareth Lund said.\n\nAmong those waiting at the gate was Bethan Rowe, whose son was underground.\n\n“I didn't sleep at all,” she said.";

        AttributionAssert.Speaker(text, "didn't sleep", "Bethan Rowe", "PRONOUN VERB");
    }

    [Fact]
    public void IndefiniteRole_OneVeteranReporter_IsTheRolePhrase()
    {
        const string text = "Runners reached halfway at 10:30. One veteran reporter called the pace “reckless” on the radio.";

        AttributionAssert.Speaker(text, "reckless", "one veteran reporter", "ROLE VERB");
    }

    [Fact]
    public void TitleInsideCapitalisedRun_IsCutFromTheName()
    {
        const string text = "“You were trusted with public money,” Ontario Superior Court Justice Helen Marlow told the accused.";

        AttributionAssert.Speaker(text, "public money", "Helen Marlow", "NAME VERB");
    }

    [Fact]
    public void NameParticle_OrganisationWithOf_IsOneName()
    {
        const string text = "The budget was welcomed by the Confederation of Employers on Tuesday.\n\n“This sends the right signal,” the Confederation of Employers said.";

        AttributionAssert.Speaker(text, "right signal", "Confederation of Employers", "NAME VERB");
    }

    [Fact]
    public void IssuerNoun_AfterFirmNamedWithArticle_IsTheFirmNotAPerson()
    {
        const string text = "SlimBars, which is made by the Swiss firm Halden Nutrition, denied any deal. “We have no relationship with her,” a spokeswoman for the firm said.";

        AttributionAssert.Speaker(text, "no relationship", "Halden Nutrition", "ROLE VERB");
    }
}
