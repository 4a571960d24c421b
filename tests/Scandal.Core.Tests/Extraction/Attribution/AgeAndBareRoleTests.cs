namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The 52-year-old, who …, said" refers back to the person last named, as "the 52-year-old said" does; a bare role noun
/// without an article ("counsel said", court-report style) names the person introduced in that role.
/// </summary>
public class AgeAndBareRoleTests
{
    [Fact]
    public void AgeBeforeARelativeClause_RefersBackToThePerson()
    {
        const string text = "Shares in Pellham Foods fell 9 per cent after chief executive Odile Marchetti announced the sale of its dairy arm.\n\n"
            + "The 52-year-old, who joined the company in 2019, said the deal would \"free us to grow\" and that no jobs would go.";
        AttributionAssert.Speaker(text, "free us to grow", "Odile Marchetti");
    }

    [Fact]
    public void BareCounsel_NamesTheBarristerIntroducedBefore()
    {
        const string text = "Defence counsel Brendan Hollis told the court that his client had repaid the money.\n\n"
            + "\"My client is deeply ashamed of what he did, judge,\" counsel said.\n\n"
            + "Judge Maura Keane adjourned the case to March.";
        AttributionAssert.Speaker(text, "deeply ashamed", "Brendan Hollis");
    }

    [Fact]
    public void BareCounsel_IsARoleNotAnUnattributedQuote()
    {
        const string text = "The accused, a 40-year-old farmer, pleaded guilty to the theft of diesel.\n\n"
            + "\"He has lost his job and his standing in the village,\" counsel said.";
        AttributionAssert.Speaker(text, "lost his job", "counsel", "ROLE VERB");
    }
}
