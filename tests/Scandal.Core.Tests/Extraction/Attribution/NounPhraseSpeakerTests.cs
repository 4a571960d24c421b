namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// Speakers named by a noun phrase rather than a name (issue 9): roles with a modifier after the noun, colon-introduced
/// quotations, spokespeople, organisations referred to by a noun, lower-case brands, and names that are no speakers.
/// </summary>
public class NounPhraseSpeakerTests
{
    [Fact]
    public void RoleWithPrepositionalModifier_IsTheWholePhrase()
    {
        const string text = "The singer cancelled the tour on Monday.\n\nA source close to the band said: “They are exhausted and need a break.”";

        AttributionAssert.Speaker(text, "exhausted", "a source close to the band", "ROLE VERB");
    }

    [Fact]
    public void IndefiniteRoleOfAGroup_IsThePhrase()
    {
        const string text = "The couple split last week.\n\nA pal of the couple told us: “Nobody saw it coming.”";

        AttributionAssert.Speaker(text, "Nobody saw", "a pal of the couple", "ROLE VERB");
    }

    [Fact]
    public void SpokespersonForAPerson_IsThePhraseNotThePerson()
    {
        const string text = "Singer Mira Dane topped the chart with her new single.\n\nBut a spokesperson for Mira hit back: “These claims are false.”";

        AttributionAssert.Speaker(text, "claims are false", "a spokesperson for Mira", "SUBJECT …: QUOTE");
    }

    [Fact]
    public void SpokeswomanForTheFirm_IsTheFirmTheArticleIntroducedWithThatNoun()
    {
        const string text = "The pills are sold by Trimline, which is made by the Danish firm Osterby Health.\n\n“We have no deal with her,” a spokeswoman for the firm said.";

        AttributionAssert.Speaker(text, "no deal", "Osterby Health", "ROLE VERB");
    }

    [Fact]
    public void ColonAfterAParagraph_GivesTheQuoteToTheSubjectOfItsLastSentence()
    {
        const string text = "Passengers waited at the pier all afternoon. One passenger, who did not give her name, put it this way:\n\n“They would fix it in a day if it was the city.”";

        AttributionAssert.Speaker(text, "fix it in a day", "one passenger", "SUBJECT …: QUOTE");
    }

    [Fact]
    public void ColonSubject_OrganisationWithPluralPossessiveInItsName()
    {
        const string text = "Tenants react to the sale\n\nNot everyone is pleased. The Harbourside Tenants' Association has issued a sharp statement:\n\n“This is not a plan, it is a surrender.”";

        AttributionAssert.Speaker(text, "not a plan", "Harbourside Tenants' Association", "SUBJECT …: QUOTE");
    }

    [Fact]
    public void PostedAnObject_IsNotTheSpeaker_TheSubjectIs()
    {
        const string text = "Nina Vale was back online on Friday.\n\nNina, who has two million followers, later posted a selfie with the caption: “Still here.”";

        AttributionAssert.Speaker(text, "Still here", "Nina Vale");
    }

    [Fact]
    public void PersonsRep_IsThePhrase()
    {
        const string text = "Footballer Kyle Brandt and Tasha Lee have split.\n\nKyle's rep said: “They ask for privacy.”";

        AttributionAssert.Speaker(text, "ask for privacy", "Kyle's rep", "ROLE VERB");
    }

    [Fact]
    public void DescribedSpokesman_IsThePhraseNotAPersonNearby()
    {
        const string text = "The Duchess of Wexley is said to dislike sprouts.\n\nA palace spokesman said: “We do not comment on private matters.”";

        AttributionAssert.Speaker(text, "private matters", "a palace spokesman", "ROLE VERB");
    }

    [Fact]
    public void BareSpokesman_SpeaksForTheDescribedOrganisationOfTheSentenceBefore()
    {
        const string text = "Cloudbox, based in Tallinn, reported the breach on Friday.\n\nThe Estonian data protection inspectorate confirmed it had been told. A spokesman said the regulator was “assessing the information provided”.";

        AttributionAssert.Speaker(text, "assessing the information", "the Estonian data protection inspectorate", "ROLE VERB");
    }

    [Fact]
    public void IssuerNoun_IsTheDescribedOrganisationNamedJustBefore()
    {
        const string text = "The Ashby and Kelso bridges will reopen at 8pm, the highways agency has said.\n\n“Both structures are safe,” the agency said.";

        AttributionAssert.Speaker(text, "structures are safe", "the highways agency", "ISSUER VERB");
    }

    [Fact]
    public void IssuerNoun_IsTheOrganisationIntroducedWithThatNoun()
    {
        const string text = "Doctors at the Ilmen field hospital, run by the charity Medline, treated 40 patients. Ilmen has been shelled for weeks, and Ilmen's roads are closed.\n\n“The work is only beginning,” the charity said.";

        AttributionAssert.Speaker(text, "only beginning", "Medline", "ISSUER VERB");
    }

    [Fact]
    public void DefiniteRole_TakesTheModifierOfItsIndefiniteIntroduction()
    {
        const string text = "A Calder Falls judge will hear the application on Thursday. Last year the same judge said “the right to protest is not the right to blockade”.";

        AttributionAssert.Speaker(text, "right to protest", "the Calder Falls judge", "ROLE VERB");
    }

    [Fact]
    public void UnknownNounAfterThe_IsTheInsiderIntroducedBefore()
    {
        const string text = "A Channel Nine insider claimed bosses were furious.\n\n“They spent months making it family friendly,” the insider said.";

        AttributionAssert.Speaker(text, "family friendly", "the Channel Nine insider", "ROLE VERB");
    }

    [Fact]
    public void UnknownNounAfterThe_IsTheOrganisationWhoseNameHoldsIt()
    {
        const string text = "The Upland Growers Collective has welcomed the tax cut.\n\n“This is the right signal,” the collective said.";

        AttributionAssert.Speaker(text, "right signal", "Upland Growers Collective", "ROLE VERB");
    }

    [Fact]
    public void UnknownNounAfterThe_WithNothingIntroduced_IsNoCue()
    {
        const string text = "Markets fell sharply.\n\n“The worst is over,” the figures suggested.";

        var quote = AttributionAssert.Speaker(text, "worst is over", null);
        Assert.NotEqual("ROLE VERB", quote.Evidence?.Rule);
    }

    [Fact]
    public void NounPhraseBeforeAnAppositive_IsTheSpeaker()
    {
        const string text = "Nineteen-year-old Rhys Powell was carried out on a stretcher. His father, who came up an hour earlier, told me it was “the best day of my life”.";

        AttributionAssert.Speaker(text, "best day", "his father", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void WhoseClauseVerb_IsNotTheMainVerb()
    {
        const string text = "Hockey star Kez, the defenceman whose foundation pledged $500,000 to the rink, posted on Instagram that he was “still all in”.";

        AttributionAssert.Speaker(text, "still all in", "Kez");
    }

    [Fact]
    public void PluralAfterAName_IsThePeopleOfThatShow()
    {
        const string text = "The soap star apologised.\n\nBrickfield Lane producers said in a statement: “He remains a valued member of our cast.”";

        AttributionAssert.Speaker(text, "valued member", "Brickfield Lane producers", "ROLE VERB");
    }

    [Fact]
    public void StatementOfAnOwner_IsTheOwner()
    {
        const string text = "Harlow Foods recalled its soups on Monday.\n\nHarlow Foods' statement read: “No illnesses have been reported.”";

        AttributionAssert.Speaker(text, "No illnesses", "Harlow Foods", "STATEMENT VERB");
    }

    [Fact]
    public void ItsRole_SpeaksForTheOrganisationOfItsSentence()
    {
        const string text = "The restaurant won three stars from the Pantry Guide, a distinction that its inspectors described as “cooking of rare conviction”.";

        AttributionAssert.Speaker(text, "rare conviction", "Pantry Guide", "ROLE VERB");
    }

    [Fact]
    public void HeadingWithATitleAlone_IsTheRole()
    {
        const string text = "Budget day live\n\n14:58 — Minister: “no more borrowing for day-to-day spending”\n\nFinance minister Ola Berg has finished his speech.";

        AttributionAssert.Speaker(text, "no more borrowing", "Minister", "NAME: QUOTE");
    }

    [Theory]
    [InlineData("Según Ortega, los productores “ya han arrancado árboles”.", "ya han arrancado")]
    [InlineData("Segundo o zagueiro Felipe Ortega, o técnico “pediu que o grupo continuasse unido”.", "pediu que")]
    public void ForeignAccordingTo_NamesTheSource(string sentence, string words)
    {
        var text = "El agricultor Felipe Ortega habló ayer en la cooperativa.\n\n" + sentence;

        AttributionAssert.Speaker(text, words, "Felipe Ortega", "according to NAME");
    }

    [Fact]
    public void SharedSurname_IsTheNearestFullName()
    {
        const string text = "Anil Menon founded the company. Anil Menon left in 2020, and Anil Menon now runs a charity.\n\nChief executive Ravi Menon wrote to staff on Monday. “Every colleague keeps their health cover,” according to Menon.";

        AttributionAssert.Speaker(text, "health cover", "Ravi Menon", "according to NAME");
    }

    [Fact]
    public void LowerCaseBrand_IsTheOrganisation()
    {
        const string text = "Home appliance maker kettlo is recalling its Brew One kettles, the company said. Customers can register on kettlo's website.\n\n“Safety comes first,” kettlo said in a statement.\n\n“Refunds will be offered,” it said.";

        AttributionAssert.Speaker(text, "Safety comes first", "kettlo", "NAME VERB");
        AttributionAssert.Speaker(text, "Refunds will be offered", "kettlo", "PRONOUN VERB");
    }

    [Fact]
    public void NameWithAChiefExecutive_IsAnOrganisationNotAPerson()
    {
        const string text = "Aureline Therapeutics said its drug halved migraine days. “We hoped for this,” said Aureline chief executive Sunil Rao.\n\n“Supply will not be the bottleneck,” the company said.";

        var quote = AttributionAssert.QuoteWith(AttributionAssert.Run(text), "bottleneck");
        Assert.True(quote.Speaker is "Aureline" or "Aureline Therapeutics", quote.Speaker);
    }

    [Fact]
    public void ItRead_IsTheAuthorOfTheMessageNotAnOrganisation()
    {
        const string text = "The show aired on Sunday on Channel Nine.\n\nHis ex-wife, reality star Leonie Marsh, 31, posted a cryptic message on Instagram after the ceremony. It read: “Some people never change.”";

        AttributionAssert.Speaker(text, "never change", "Leonie Marsh", "STATEMENT VERB");
    }

    [Fact]
    public void AppositiveWithDescriptorAndName_IsTheName()
    {
        const string text = "Lucía Barranco habló ayer.\n\nSu amiga, la periodista Marta Iglesias, confirmó a este medio que Lucía está «radiante».";

        AttributionAssert.Speaker(text, "radiante", "Marta Iglesias", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void InvertedRoleWithModifier_IsTheWholePhrase()
    {
        const string text = "Ann Lee, 40, was injured on Monday.\n\n“We will appeal,” said a lawyer for the family.";

        AttributionAssert.Speaker(text, "We will appeal", "a lawyer for the family", "ROLE VERB");
    }
}
