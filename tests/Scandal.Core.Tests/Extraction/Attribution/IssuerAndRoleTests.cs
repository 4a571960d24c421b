namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Organisations as issuers (the company, it) and roles without a name (the judge, city staff).</summary>
public class IssuerAndRoleTests
{
    [Fact]
    public void TheCompanySaid_IsTheOrganisationNotAPersonNearby()
    {
        const string text = "Sportswear maker Rundell apologised on Thursday after a post by rapper Kai Lomax. Rundell cut ties with Lomax last year.\n\n“We condemn the remarks,” the company said.";

        AttributionAssert.Speaker(text, "condemn the remarks", "Rundell", "ISSUER VERB");
    }

    [Fact]
    public void ItSaid_LowerCaseBrand_IsTheOrganisation()
    {
        const string text = "Online marketplace zaBay removed the listings on Monday. Sellers had complained to zaBay for weeks.\n\n“The items broke our rules,” it said.";

        AttributionAssert.Speaker(text, "broke our rules", "zaBay", "PRONOUN VERB");
    }

    [Fact]
    public void TheJudgeSaid_WithoutAName_IsTheRolePhrase()
    {
        const string text = "The sentencing took two days in Halifax.\n\n“The harm here is lasting,” the Nova Scotia judge said.";

        AttributionAssert.Speaker(text, "harm here", "the Nova Scotia judge", "ROLE VERB");
    }

    [Fact]
    public void TheJudgeSaid_AfterJudgeWasNamed_IsThatJudge()
    {
        const string text = "Judge Maren Holt heard the case on Monday.\n\n“The harm here is lasting,” the judge said.";

        AttributionAssert.Speaker(text, "harm here", "Maren Holt", "ROLE VERB");
    }

    [Fact]
    public void CityStaffSaid_IsTheRolePhrase()
    {
        const string text = "The bridge will close for repairs.\n\n“Detours will be signposted,” city staff said in a report.";

        AttributionAssert.Speaker(text, "Detours", "city staff", "ROLE VERB");
    }

    [Fact]
    public void TheCommissionSaid_IsTheCommissionTheArticleNamed()
    {
        const string text = "The Utility Review Commission ruled on Friday. Prices will rise in June.\n\n“The increase is modest,” the commission said.";

        AttributionAssert.Speaker(text, "increase is modest", "Utility Review Commission", "ISSUER VERB");
    }

    [Fact]
    public void SpokespersonForOrganisation_IsTheOrganisation()
    {
        const string text = "Flights resumed at noon.\n\n“Safety comes first,” said a spokesperson for Corvane Airlines.";

        AttributionAssert.Speaker(text, "Safety comes first", "Corvane Airlines", "VERB DESCRIPTOR NAME");
    }
}
