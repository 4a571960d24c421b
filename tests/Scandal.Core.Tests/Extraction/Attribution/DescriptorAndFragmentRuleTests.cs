namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// English rules found on fresh articles by an author who had not read the rules: a definite descriptor binds to its
/// introduction, a role heading to the person the text below introduces with that role, a quotation after a sentence
/// about a person by pronoun to that person, fragment cues other than "said", post-nominal honours, coordinated
/// subjects and appositive names with a number. Each rule has a case where it fires and one where it must not.
/// </summary>
public class DescriptorAndFragmentRuleTests
{
    // --- post-nominal honours and gender agreement ---

    [Fact]
    public void PostNominalHonour_DoesNotStopTheName()
    {
        AttributionAssert.Speaker("Award\n\nTom Reyes OBE said: “We never expected this.”", "never expected", "Tom Reyes", "NAME VERB");
        AttributionAssert.Speaker("Award\n\nAnn Lee PhD said: “We never expected this.”", "never expected", "Ann Lee");
    }

    [Fact]
    public void PostNominalHonour_KeepsItsBearerAsThePronounsAntecedent()
    {
        const string text = "Hollis trial\n\nOutside court, barrister Ruth Ellery KC said her client was relieved.\n\n“Mr Dunmore wants to go home,” she said.\n\nThe jury cleared Paul Dunmore of all charges.";

        AttributionAssert.Speaker(text, "go home", "Ruth Ellery", "PRONOUN VERB");
    }

    [Fact]
    public void HonorificInsideQuotedWords_StillGendersThePerson_SoSheIsNotMrX()
    {
        const string text = "Cleared\n\nPaul Dunmore, 58, was cleared on Friday.\n\n“Mr Dunmore is relieved,” she said.";

        AttributionAssert.Speaker(text, "is relieved", null);
    }

    // --- a definite descriptor binds to its introduction ---

    [Fact]
    public void TheSpokesperson_IsTheOrganisationOfTheSpokespersonIntroducedJustBefore_NotTheLastSpeaker()
    {
        const string text = "Bridge\n\nInspector Jon Tamm said: “We are appealing for witnesses.”\n\nA spokeswoman for Norvale District Council said the authority would act. “We will repair the railing this week,” the spokeswoman said.";

        AttributionAssert.Speaker(text, "repair the railing", "Norvale District Council", "ROLE VERB");
    }

    [Fact]
    public void TheSpokesperson_OfAPerson_IsNeitherThatPersonNorTheLastSpeaker()
    {
        const string text = "Bridge\n\nInspector Jon Tamm said: “We are appealing for witnesses.”\n\nA spokeswoman for Lila Marr said the singer was shaken. “She is resting at home,” the spokeswoman said.";

        var quote = AttributionAssert.Speaker(text, "resting at home", "the spokeswoman");
        Assert.NotEqual("Jon Tamm", quote.Speaker);
    }

    [Fact]
    public void ItRead_AfterASentenceWhoseSubjectReleasedAStatement_IsThatSubject()
    {
        const string text = "Crash\n\nInspector Jon Tamm said: “We are appealing for witnesses.”\n\nThe driver's family released a brief statement on Sunday. “He was a gentle man,” it read.";

        AttributionAssert.Speaker(text, "gentle man", "the driver's family", "STATEMENT VERB");
    }

    [Fact]
    public void ItRead_AfterASentenceThatIssuesNoStatement_TakesNoSubjectOfIt()
    {
        const string text = "Crash\n\nThe rain stopped at noon. “He was a gentle man,” it read.";

        AttributionAssert.Speaker(text, "gentle man", null);
    }

    [Fact]
    public void TheClub_AfterANameThatTakesAPluralVerb_IsThatTeam()
    {
        const string text = "Football\n\nHarbourside United have appointed a new coach after a poor run.\n\n“It was a difficult decision,” the club said in a statement.";

        AttributionAssert.Speaker(text, "difficult decision", "Harbourside United", "ISSUER VERB");
    }

    [Fact]
    public void TwoPeopleJoinedByAnd_TakingAPluralVerb_AreNoOrganisation()
    {
        const string text = "Split\n\nJo Penn and Sam Ruiz have split after two years.\n\n“It was a difficult decision,” the club said.";

        AttributionAssert.Speaker(text, "difficult decision", null);
    }

    [Fact]
    public void PersonAfterAModal_TakingHave_StaysAPerson()
    {
        const string text = "Casting\n\nWould Tom Banks have taken the part? “Probably not,” he said with a laugh.";

        AttributionAssert.Speaker(text, "Probably not", "Tom Banks", "PRONOUN VERB");
    }

    [Fact]
    public void PersonWhoPraisedIts_IsNoOrganisationSpeakingOfItself()
    {
        const string text = "Review\n\nThe novel is short. Ann Lowe praised its “quiet courage”. “It moved me,” she said.";

        AttributionAssert.Speaker(text, "quiet courage", "Ann Lowe");
        AttributionAssert.Speaker(text, "It moved me", "Ann Lowe", "PRONOUN VERB");
    }

    // --- a heading "Role: 'quote'" ---

    [Fact]
    public void RoleHeading_TakesThePersonTheTextBelowIntroducesWithThatRole()
    {
        const string text = "Health minister: 'No ward will close'\n\nThe health minister, Sara Quist, told MPs on Monday that the budget was safe.";

        AttributionAssert.Speaker(text, "No ward will close", "Sara Quist", "NAME: QUOTE");
    }

    [Fact]
    public void RoleHeading_WhoseRoleTheTextBelowGivesToSomeoneElse_NamesNoOne()
    {
        const string text = "Health minister: 'No ward will close'\n\nThe finance minister, Omar Bek, told MPs on Monday that the budget was safe.";

        AttributionAssert.Speaker(text, "No ward will close", null);
    }

    [Fact]
    public void PossessiveLawyerHeading_TakesTheBarristerNamedBelow()
    {
        const string text = "Trial: live updates\n\n16:40 – Marsh's lawyer: 'We are considering an appeal'\n\nOutside court, defence barrister Helen Tovey said the verdict was a disappointment.";

        AttributionAssert.Speaker(text, "considering an appeal", "Helen Tovey");
    }

    [Fact]
    public void TimestampedNameHeading_TakesThePersonTheBodyNames()
    {
        const string text = "Harbour board: live updates\n\n10:20 Morgan: 'no more delays'\n\nBoard chair Ceri Morgan is speaking now.";

        AttributionAssert.Speaker(text, "no more delays", "Ceri Morgan", "NAME: QUOTE");
    }

    [Fact]
    public void TimestampedHeading_WithASentence_IsNoNameColon()
    {
        const string text = "Harbour board: live updates\n\n10:20 The board voted on Morgan: 'no more delays'\n\nBoard chair Ceri Morgan is speaking now.";

        var quote = AttributionAssert.Speaker(text, "no more delays", null);
        Assert.Null(quote.Evidence);
    }

    [Fact]
    public void NameInBrackets_AfterAPerson_IsNotThePronounsAntecedent()
    {
        const string text = "Council\n\nGwyn Parry (Labour, Tregaron West) is on his feet.\n\n“This plan is a decade late,” he says.";

        AttributionAssert.Speaker(text, "decade late", "Gwyn Parry", "PRONOUN VERB");
    }

    // --- a quotation after a sentence or a paragraph about a person by pronoun ---

    [Fact]
    public void QuoteAfterASentenceOpenedBySheWithNoSpeechVerb_IsThePersonSheRefersTo()
    {
        const string text = "Profile\n\nArchitect Mara Vell opened her studio at 30. She was the first in her family to run a business.\n\nHer partner, Leo Fink, keeps the books. “Mara never counts the hours,” he says.\n\nShe doesn't argue. “Hours are not the point.”";

        AttributionAssert.Speaker(text, "not the point", "Mara Vell", "continuation");
    }

    [Fact]
    public void QuoteAfterASentenceOpenedByHe_TakesTheManNotTheLastSpeaker()
    {
        const string text = "Profile\n\nArchitect Mara Vell opened her studio at 30. She was the first in her family to run a business.\n\nHer partner, Leo Fink, keeps the books. “Mara never counts the hours,” she says.\n\nHe doesn't argue. “Hours are not the point.”";

        AttributionAssert.Speaker(text, "not the point", "Leo Fink", "continuation");
    }

    [Fact]
    public void QuoteAfterASentenceAboutNoPerson_StaysUnattributed()
    {
        const string text = "Profile\n\nArchitect Mara Vell opened her studio at 30. She was the first in her family to run a business.\n\nHer partner, Leo Fink, keeps the books. “Mara never counts the hours,” he says.\n\nIt rained all week. “Hours are not the point.”";

        AttributionAssert.Speaker(text, "not the point", null);
    }

    [Fact]
    public void QuotedParagraph_AfterAParagraphAboutAPersonByPronoun_IsThatPerson()
    {
        const string text = "Profile\n\nBaker Mara Vell talks fast. “Bread is patience,” she says.\n\nIt is a habit she picked up from her grandmother in Bergen.\n\n“She fixed everything herself.”";

        AttributionAssert.Speaker(text, "fixed everything", "Mara Vell", "continuation");
    }

    [Fact]
    public void QuotedParagraph_AfterAParagraphAboutAPlace_StaysUnattributed()
    {
        const string text = "Profile\n\nBaker Mara Vell talks fast. “Bread is patience,” she says.\n\nThe bakery sits on a corner of the old harbour in Bergen.\n\n“Nobody comes here by accident.”";

        AttributionAssert.Speaker(text, "by accident", null);
    }

    // --- fragments after verbs other than "said" ---

    [Fact]
    public void QuotedAsSaying_NamesTheSubjectOfQuoted_NotTheOutlet()
    {
        AttributionAssert.Speaker("Row\n\nMayor Ines Roth was quoted by a local paper as saying she would “never resign”.", "never resign", "Ines Roth", "NAME VERB");
    }

    [Fact]
    public void ActiveQuotedAsSaying_GivesNoSpeakerToTheSubjectOfQuoted()
    {
        AttributionAssert.Speaker("Row\n\nMayor Ines Roth faced questions. The paper quoted an aide as saying she would “never resign”.", "never resign", null);
    }

    [Fact]
    public void PraisedItsFragment_IsTheSubjectsWord()
    {
        AttributionAssert.Speaker("Book\n\nThe poem won the Harwell Medal. The judges praised its “plain music”.", "plain music", "the judges", "ROLE VERB");
        AttributionAssert.Speaker("Book\n\nThe poem won the Harwell Medal. The judges' citation praised its “plain music”.", "plain music", "the judges", "STATEMENT VERB");
    }

    [Fact]
    public void HailedANameAsAFragment_TheNameIsTheObjectNotTheSpeaker()
    {
        AttributionAssert.Speaker("Book\n\nVera Holm wrote the poem. The judges hailed Tom Ash as “a new voice”.", "new voice", "the judges");
    }

    // --- coordinated subjects, appositive names ---

    [Fact]
    public void TwoCoordinatedNames_AreNotOneSpeaker()
    {
        AttributionAssert.Speaker("Ana Lind and Rob Kerr say “enough” to the council", "enough", null);
        AttributionAssert.Speaker("Ana Lind says “enough” to the council", "enough", "Ana Lind");
    }

    [Fact]
    public void AppositiveNameEndingInANumber_BeatsTheDescriptor()
    {
        AttributionAssert.Speaker("Transit\n\nThe city's largest transit union, Local 12, said its drivers were “exhausted”.", "exhausted", "Local 12", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void DescriptorWithoutAnAppositiveName_StaysTheDescriptor()
    {
        AttributionAssert.Speaker("Transit\n\nThe city's largest transit union said its drivers were “exhausted” after 12 shifts.", "exhausted", "the city's largest transit union");
    }
}
