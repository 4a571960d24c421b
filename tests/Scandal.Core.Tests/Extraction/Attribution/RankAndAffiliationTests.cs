namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// A person's bare name running on into "of" and an organisation (<c>said Mara Quist of Tellwood Partners</c>) names the
/// person, not the firm; police and military ranks written without a full stop (<c>Det Gda</c>, <c>Sgt</c>, <c>Insp</c>,
/// <c>Cpl</c>) are honorifics, not part of the name.
/// </summary>
public class RankAndAffiliationTests
{
    [Theory]
    [InlineData("Analysts were cautious. \"The stock has further to fall,\" wrote Mara Quist of Tellwood Partners in a note.", "The stock has", "Mara Quist")]
    [InlineData("\"We expect a cut in March,\" said Oren Bale of Kestrel Asset Management.", "We expect a cut", "Oren Bale")]
    [InlineData("\"Margins will recover,\" Lucia Tamm of Northgate Securities said on Monday.", "Margins will", "Lucia Tamm")]
    public void PersonBeforeOfOrganisation_IsTheSpeaker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Theory]
    [InlineData("\"Staffing is at breaking point,\" said the Royal College of Nursing.", "Staffing is", "Royal College of Nursing")]
    [InlineData("\"Staffing is at breaking point,\" the Royal College of Nursing said.", "Staffing is", "Royal College of Nursing")]
    [InlineData("\"Inquiries are continuing,\" An Garda Síochána said.", "Inquiries are", "Garda Síochána")]
    public void OrganisationWithOf_KeepsItsName(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Theory]
    [InlineData("Det Gda Ruairí Cosgrave gave evidence. \"The money was never lodged,\" Det Gda Cosgrave said.", "The money", "Ruairí Cosgrave")]
    [InlineData("Sgt Dinah Plover attended the scene. \"The driver was not breathing,\" Sgt Plover told the inquest.", "The driver", "Dinah Plover")]
    [InlineData("\"We found nothing in the car,\" said Insp Colm Dever.", "We found nothing", "Colm Dever")]
    [InlineData("Cpl Adrian Vosk was on patrol. \"It came out of nowhere,\" Cpl Vosk said.", "It came out", "Adrian Vosk")]
    [InlineData("Col Hennessy runs the shop. \"Trade is slow,\" Col Hennessy said.", "Trade is slow", "Col Hennessy")]
    public void RankWithoutFullStop_IsNoPartOfTheName(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Theory]
    [InlineData("Parents queued outside the office. \"We were told the bus would run. Who pays for the taxi now?\" asked Ilse Marrow, a mother of two.", "Who pays", "Ilse Marrow")]
    [InlineData("\"Why did nobody warn us?\" asks Tobiah Grange, who runs the bakery.", "Why did nobody", "Tobiah Grange")]
    public void AskedAfterAQuotedQuestion_NamesTheAsker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }
}
