namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// An acronym that opens an organisation's name (<c>UK Power Networks</c>) and a possessive before a role
/// (<c>Labour's energy spokesperson, Ed Miles</c>, <c>the minister's official spokesman</c>).
/// </summary>
public class OrganisationAndPossessiveTests
{
    [Fact]
    public void AcronymOpeningAnOrganisationName_IsKept()
    {
        const string text = "Thousands lost power overnight.\n\n\"Crews are working around the clock,\" UK Grid Services said in a statement.";
        AttributionAssert.Speaker(text, "Crews are working", "UK Grid Services");
    }

    [Fact]
    public void AcronymBeforeAPersonsName_IsNotPartOfIt()
    {
        const string text = "\"We will rebuild the bridge,\" said PWD engineer Sunil Rao.";
        AttributionAssert.Speaker(text, "We will rebuild", "Sunil Rao");
    }

    [Fact]
    public void PossessiveBeforeARoleThenAName_TheNameSpeaks()
    {
        const string text = "\"The warnings came too late,\" said Labour's transport spokesperson, Edwin Marsh.";
        AttributionAssert.Speaker(text, "The warnings", "Edwin Marsh");
    }

    [Fact]
    public void PersonsSpokesman_IsThePhraseNotAnOrganisation()
    {
        const string text = "Prime Minister Alan Reddy met the unions on Monday.\n\n"
            + "Reddy's official spokesman told reporters the government was \"watching closely.\"";
        var quote = AttributionAssert.Run(text).Quotes.Single();
        Assert.NotNull(quote.Speaker);
        Assert.EndsWith("spokesman", quote.Speaker!, StringComparison.Ordinal);
    }
}
