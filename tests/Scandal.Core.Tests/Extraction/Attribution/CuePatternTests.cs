namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>One test per cue pattern of the attribution grammar, on invented sentences.</summary>
public class CuePatternTests
{
    [Fact]
    public void NameVerb_SurnameAfterQuote_ResolvesToFullName()
    {
        const string text = "Harbour pilot Ines Maltby has worked the port for a decade.\n\n“The channel silts up faster every year,” Maltby said.";

        AttributionAssert.Speaker(text, "silts up", "Ines Maltby", "NAME VERB");
    }

    [Fact]
    public void NameVerb_BeforeQuoteWithColon_IsTheSpeaker()
    {
        const string text = "Farmer Osric Penhale was blunt about the drought. Penhale said: “We have not had rain since April.”";

        AttributionAssert.Speaker(text, "not had rain", "Osric Penhale", "NAME VERB");
    }

    [Fact]
    public void VerbName_InvertedAfterQuote_IsTheSpeaker()
    {
        const string text = "The ferry resumed service on Monday.\n\n“Nobody should wait two hours for a crossing,” said Dalia Ferreiro.";

        AttributionAssert.Speaker(text, "two hours", "Dalia Ferreiro", "VERB NAME");
    }

    [Fact]
    public void VerbDescriptorName_RoleAndHonorificBeforeName_TakesTheName()
    {
        const string text = "The trial enrolled 4,000 patients.\n\n“The effect was larger than we expected,” said lead author Dr. Ann Kowal, an internal medicine specialist at the city hospital.";

        AttributionAssert.Speaker(text, "larger than", "Ann Kowal", "VERB DESCRIPTOR NAME");
    }

    [Fact]
    public void VerbDescriptorName_LowerCaseDescriptorWithAnd_TakesTheName()
    {
        const string text = "Jobs in the north have thinned.\n\n“I drive six hours to every shift now,” said oil and gas worker Tom Reyes.";

        AttributionAssert.Speaker(text, "six hours", "Tom Reyes", "VERB DESCRIPTOR NAME");
    }

    [Fact]
    public void NameAppositiveVerb_LongAppositive_TakesTheName()
    {
        const string text = "Wait times grew again this winter.\n\n“The emergency department cares for the sickest first,” Tim Guest, a spokesperson for the Nova Scotia Health Authority, said.";

        AttributionAssert.Speaker(text, "sickest first", "Tim Guest", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void VerbName_RelativeClauseAfterName_TakesTheName()
    {
        const string text = "The unit moved buildings twice.\n\n“We were never told why,” said Tim Guest, who has led the unit since 2015.";

        AttributionAssert.Speaker(text, "never told why", "Tim Guest", "VERB NAME");
    }

    [Fact]
    public void AccordingTo_Name_IsTheSpeaker()
    {
        const string text = "Engineer Priya Halvorsen inspected the bridge in May. The cables are “in worse shape than the drawings suggest,” according to Halvorsen.";

        AttributionAssert.Speaker(text, "worse shape", "Priya Halvorsen", "according to NAME");
    }

    [Fact]
    public void HonorificNameVerb_MrSurname_ResolvesToFullNameIntroducedEarlier()
    {
        const string text = "Andrew Weaver, the party's former leader, spoke to a crowd of 200.\n\n“This is the last chance to fix it,” Mr. Weaver said.";

        AttributionAssert.Speaker(text, "last chance", "Andrew Weaver", "HONORIFIC NAME VERB");
    }

    [Fact]
    public void HonorificNameVerb_MsSurnameToldReporters_ResolvesToFullName()
    {
        const string text = "Council member Rosa Ortiz voted against the plan.\n\n“It was rushed,” Ms. Ortiz told reporters.";

        AttributionAssert.Speaker(text, "rushed", "Rosa Ortiz", "HONORIFIC NAME VERB");
    }

    [Fact]
    public void ShortSurnameBeforeFullStop_DoesNotKillTheCue()
    {
        const string text = "Chef Ana Lee opened her first bistro at 24.\n\n“I had no idea what I was doing,” said Ana Lee. “I learned by burning things.”";

        var result = AttributionAssert.Run(text);

        Assert.Equal("Ana Lee", AttributionAssert.QuoteWith(result, "no idea").Speaker);
    }

    [Fact]
    public void PronounVerb_AfterSubject_IsThePersonWhoSpoke()
    {
        const string text = "Guitarist Nell Harrow released her fourth album on Friday.\n\n“It took me four years to write,” she said.";

        AttributionAssert.Speaker(text, "four years", "Nell Harrow", "PRONOUN VERB");
    }

    [Fact]
    public void SentenceSubject_ParticipleAfterComma_IsTheSubjectOfTheSentence()
    {
        const string text = "Brightwell Foods recalled 40,000 jars of sauce on Tuesday, saying “a small number may contain glass.”";

        AttributionAssert.Speaker(text, "contain glass", "Brightwell Foods", "SUBJECT …, VERB-ING");
    }

    [Fact]
    public void RelativeClause_CompanyWhichExplained_IsTheCompany()
    {
        const string text = "Customers wrote to Larkspur Ltd about the delays. She said she had spoken to the company, which explained that it was taking “every step we can.”";

        AttributionAssert.Speaker(text, "every step", "Larkspur Ltd", "NAME, who VERB");
    }
}
