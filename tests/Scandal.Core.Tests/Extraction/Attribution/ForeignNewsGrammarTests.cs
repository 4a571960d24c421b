namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// News grammar of German, French, Spanish, Italian and Dutch copy: "so NAME" after a quotation, verbs that frame a
/// fragment, role nouns before a name, epithets, listeners after the speaker, acronyms and impersonal statements.
/// Every article here is invented.
/// </summary>
public class ForeignNewsGrammarTests
{
    [Theory]
    [InlineData("„Der Kompromiss ist fair“, so Verbandssprecherin Anja Weller.", "Der Kompromiss", "Anja Weller")]
    [InlineData("„Wir verhandeln weiter“, so Gewerkschaftschef Timo Brenner weiter.", "Wir verhandeln", "Timo Brenner")]
    [InlineData("„Die Zahlen sind ernüchternd“, so Maren Ostrowski.", "Die Zahlen", "Maren Ostrowski")]
    public void GermanSo_AfterAQuotation_NamesTheSpeaker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void So_FollowedByAVerb_IsNoCue()
    {
        var result = AttributionAssert.Run("“We will be back tomorrow,” so Maria Lopez packed her bags and left the hall.");
        Assert.NotEqual("Maria Lopez", AttributionAssert.QuoteWith(result, "We will be back").Speaker);
    }

    [Theory]
    [InlineData("Finanzministerin Petra Kühn nannte den Plan „unseriös“.", "unseriös", "Petra Kühn")]
    [InlineData("Betriebsrat Ole Franke bezeichnete das Angebot als „Zumutung“.", "Zumutung", "Ole Franke")]
    [InlineData("Le maire Paul Girard a qualifié le projet de « gâchis ».", "gâchis", "Paul Girard")]
    [InlineData("La alcaldesa Marta Gil calificó la decisión de «inaceptable».", "inaceptable", "Marta Gil")]
    [InlineData("Il sindaco Marco Rota ha definito la scelta «un errore storico».", "un errore", "Marco Rota")]
    [InlineData("Burgemeester Joost Verbeek noemde het besluit „onbegrijpelijk”.", "onbegrijpelijk", "Joost Verbeek")]
    public void FramingVerb_GivesTheFragmentToItsSubject(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void SecondVerbAfterUnd_KeepsTheSubject()
    {
        const string text = "Die Bahn wies das zurück. Personalchefin Ilka Sommer nannte den Plan „mutig“ und sprach von „einem Neuanfang für alle“.";
        AttributionAssert.Speaker(text, "mutig", "Ilka Sommer");
        AttributionAssert.Speaker(text, "einem Neuanfang", "Ilka Sommer");
    }

    [Theory]
    [InlineData("„Wir sind enttäuscht“, sagte Betriebsratsvorsitzende Heike Lorenz.", "Wir sind", "Heike Lorenz")]
    [InlineData("„Das war zu erwarten“, betonte Konzernvorstand Uwe Hahn.", "Das war", "Uwe Hahn")]
    [InlineData("„Das war zu erwarten“, sagte Anna Richter.", "Das war", "Anna Richter")]
    public void GermanRoleNoun_BeforeAName_IsNoPartOfIt(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void RoleNoun_IsDroppedFromTheNameALaterSurnameResolvesTo()
    {
        const string text = "Personalvorständin Greta Vossberg meldete sich am Abend. „Unser Angebot steht“, betonte Vossberg.";
        AttributionAssert.Speaker(text, "Unser Angebot", "Greta Vossberg");
    }

    [Fact]
    public void GermanEpithet_RefersToThePersonJustNamed_AndTheDativeListenerIsDropped()
    {
        const string text = "Verkehrsminister Kai Ostermann besuchte die Baustelle. „Wir liegen im Plan“, sagte der FDP-Politiker der Zeitung „Morgenblatt“.";
        AttributionAssert.Speaker(text, "Wir liegen", "Kai Ostermann");
    }

    [Fact]
    public void GermanEpithet_WithNoOneNamed_StaysARole()
    {
        AttributionAssert.Speaker("„Wir prüfen den Vorgang“, sagte die Sprecherin.", "Wir prüfen", "die Sprecherin");
    }

    [Theory]
    [InlineData("„Wir bleiben hart“, erklärte den Reportern Anna Berg.", "Wir bleiben", "Anna Berg")]
    [InlineData("„Wir bleiben hart“, sagte Anna Berg dem Sender Radio Nord.", "Wir bleiben", "Anna Berg")]
    [InlineData("«No habrá recortes», dijo el portavoz Luis Mora a la cadena Onda Sur.", "No habrá", "Luis Mora")]
    public void Listener_AfterTheVerb_IsNotTheSpeaker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Theory]
    [InlineData("Dans un communiqué, la RTM a indiqué que « les bus rouleront normalement ».", "les bus", "RTM")]
    [InlineData("Die Gewerkschaft VNT erklärte: „Der Streik ist unvermeidlich.“", "Der Streik", "VNT")]
    public void Acronym_AfterAnArticle_IsAnOrganisation(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void Acronym_AfterAPreposition_IsNotTheSpeaker()
    {
        AttributionAssert.Speaker("« Nous serons prêts », a déclaré Claire Dumas à la RTM.", "Nous serons", "Claire Dumas");
    }

    [Fact]
    public void FrenchDirection_IsTheSpeakingInstitution()
    {
        AttributionAssert.Speaker("« Les travaux reprendront lundi », a indiqué la direction dans un communiqué.", "Les travaux", "la direction");
    }

    [Fact]
    public void FaitSavoir_ReportsLikeAnnounced()
    {
        AttributionAssert.Speaker("La préfecture de région a fait savoir qu'elle restait « très vigilante ».", "très vigilante", "la préfecture de région");
    }

    [Fact]
    public void ItalianImpersonalReading_GivesTheStatementToTheClub()
    {
        const string text = "Il Pontedera ha esonerato l'allenatore. «Grazie per il lavoro svolto», si legge nel comunicato del club.";
        AttributionAssert.Speaker(text, "Grazie per", "Pontedera");
    }

    [Fact]
    public void DutchLetKnow_AndALeadingArticle_NameTheOrganisation()
    {
        const string text = "De Stichting Groen Hart is boos. \"Dit is een slechte dag voor de natuur\", liet de stichting weten.";
        AttributionAssert.Speaker(text, "Dit is een", "Stichting Groen Hart");
    }

    [Fact]
    public void GermanArticles_JoinNoWordsIntoAName()
    {
        const string text = "Die Gewerkschaft hat am Montag den Güterverkehr der Bahn bestreikt. „Wir haben keine Wahl“, sagte Lena Graf.";
        var result = AttributionAssert.Run(text);
        Assert.Equal("Lena Graf", AttributionAssert.QuoteWith(result, "Wir haben").Speaker);
        Assert.DoesNotContain(result.Quotes, q => q.Speaker is { } s && s.Contains("Montag", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nach Angaben der Feuerwehr gab es „keine Verletzten“.", "keine Verletzten", "Feuerwehr")]
    [InlineData("Nach Angaben des Landesverbandes der Imker sind „fast alle Völker“ betroffen.", "fast alle", "Landesverbandes der Imker")]
    public void NachAngaben_NamesTheSourceWithoutThePreposition(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void GermanRoleNoun_RefersToThePersonIntroducedWithTheCompoundTitle()
    {
        const string text = "Umweltministerin Carla Wendt eröffnete die Anlage. Bürgermeister Rolf Dietz lobte das Projekt.\n\n„Das ist erst der Anfang“, sagte die Ministerin.";
        AttributionAssert.Speaker(text, "erst der Anfang", "Carla Wendt");
    }
}
