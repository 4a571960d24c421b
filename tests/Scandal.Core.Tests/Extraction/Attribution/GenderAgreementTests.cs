namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>A pronoun agrees in gender with the person it names: honorifics and the pronouns used of them earlier.</summary>
public class GenderAgreementTests
{
    [Fact]
    public void She_SkipsALaterSubjectTheArticleCallsHe()
    {
        const string text = "Farmer Greta Holm has kept cows on the hill since 1990, and she runs the largest herd in the valley. Her neighbour Lars Berg runs the co-op, and he sets the milk price.\n\n“We cannot live on that price,” she said.";

        AttributionAssert.Speaker(text, "live on that price", "Greta Holm", "PRONOUN VERB");
    }

    [Fact]
    public void He_AgreesWithAnHonorific()
    {
        const string text = "Dana Pike and Omar Feld met the minister. Ms Pike asked first about the school. Mr Feld took notes.\n\nThen Dana Pike spoke again.\n\n“The roof leaks every winter,” he said.";

        AttributionAssert.Speaker(text, "roof leaks", "Omar Feld", "PRONOUN VERB");
    }

    [Fact]
    public void ObjectPronounAfterAName_IsNoEvidenceForThatName()
    {
        const string text = "Chef Nadia Cole hired Tomas Brun last year. Nadia Cole calls him the professor when she is pleased.\n\nTomas Brun runs the pass, and he never sits down.\n\n“I taste every plate,” she said.";

        AttributionAssert.Speaker(text, "taste every plate", "Nadia Cole", "PRONOUN VERB");
    }

    [Fact]
    public void PronounWithNoGenderEvidence_StillFollowsSalience()
    {
        const string text = "Jordan Ames chaired the meeting. Jordan Ames wanted the plan passed.\n\n“We vote tonight,” she said.";

        AttributionAssert.Speaker(text, "vote tonight", "Jordan Ames", "PRONOUN VERB");
    }
}
