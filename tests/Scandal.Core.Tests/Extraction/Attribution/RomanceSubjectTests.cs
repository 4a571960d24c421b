namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// Subjects of other languages' news copy: the French inverted pronoun (<c>a-t-elle regretté</c>), a name in apposition
/// after a role that is the subject of a compound past (<c>El presidente de X, NAME, ha criticado</c>), a body with a
/// definite article (<c>La oposición ha calificado</c>), an Italian descriptor with its prepositional phrase before
/// the name (<c>Secondo l'assessore alla mobilità, NAME,</c>).
/// </summary>
public class RomanceSubjectTests
{
    [Fact]
    public void FrenchInvertedPronoun_RefersBack()
    {
        const string text = "La présidente de la région, Anne Vidal, a réagi. « Les communes vont payer l'addition », a-t-elle regretté.";
        AttributionAssert.Speaker(text, "Les communes", "Anne Vidal");
    }

    [Fact]
    public void AppositiveNameBeforeACompoundPast_IsTheSubjectADroppedSubjectRefersTo()
    {
        const string text = "El Gobierno aprueba el plan\n\n"
            + "El Gobierno ha aprobado este martes el plan de vivienda.\n\n"
            + "El presidente de la patronal, Íñigo Larrea, ha criticado que no se haya consultado al sector. «Nos enteramos por la prensa», ha lamentado.";
        AttributionAssert.Speaker(text, "Nos enteramos", "Íñigo Larrea");
    }

    [Fact]
    public void DefiniteBodyBeforeACompoundPast_Speaks()
    {
        const string text = "El Gobierno ha aprobado el plan. La oposición ha calificado el plan de «propaganda electoral».";
        AttributionAssert.Speaker(text, "propaganda electoral", "la oposición");
    }

    [Fact]
    public void DefiniteNounWithoutItsVerb_IsNoBody()
    {
        // "El entrenador del Harwick, NAME, …": the article and noun open a descriptor, not a body that speaks.
        const string text = "El Harwick Rovers empató en casa. El entrenador del Harwick, Brendan Cole, también cargó contra el árbitro: «Nunca fue penal».";
        var quote = AttributionAssert.Run(text).Quotes.Single();
        Assert.NotEqual("Harwick Rovers", quote.Speaker);
    }

    [Fact]
    public void ItalianDescriptorWithItsPhrase_ThenTheName()
    {
        const string text = "Secondo l'assessore alla mobilità, Giulia Rinaldi, la misura «ridurrà lo smog del 30 per cento».";
        AttributionAssert.Speaker(text, "ridurrà lo smog", "Giulia Rinaldi");
    }

    [Fact]
    public void TheSpokesperson_AfterAPersonsSpokesperson_IsThatSpokesperson()
    {
        const string text = "The council approved the plan 7-2, with Councilwoman Ada Reyes, D-Ward 4, voting against.\n\n"
            + "A spokesperson for the mayor said the mayor \"welcomes the decision.\" \"We are pleased,\" the spokesperson added.";
        AttributionAssert.Speaker(text, "We are pleased", "a spokesperson for the mayor");
    }
}
