namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Coreference of names: a full name introduced first and later printed shorter is one person.</summary>
public class CoreferenceTests
{
    [Fact]
    public void ShortenedFullName_ResolvesToTheNameIntroducedFirst()
    {
        const string text = "The guide Tenzin Lhakpa Norbu led the team up the ridge. Later, Tenzin Lhakpa said the weather had turned.\n\n“The rope froze to the rock,” Tenzin Lhakpa said.";

        AttributionAssert.Speaker(text, "rope froze", "Tenzin Lhakpa Norbu");
    }

    [Fact]
    public void ShorterNameIntroducedFirst_StaysItsOwnName()
    {
        const string text = "Ana Lopez spoke first. “We are ready,” Ana Lopez said. Her cousin Ana Lopez Vidal arrived later.\n\n“The vote is tomorrow,” Ana Lopez said.";

        AttributionAssert.Speaker(text, "vote is tomorrow", "Ana Lopez");
    }
}
