namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// The compound past of Spanish, Italian and French as a speech cue: a participle of speech after its auxiliary
/// (<c>ha declarado</c>, <c>han indicado</c>, <c>ha ribadito</c>, <c>a martelé</c>), and never the same participle
/// used as an adjective.
/// </summary>
public class CompoundPastTests
{
    [Theory]
    [InlineData("«Reabriremos el mercado el lunes», ha declarado la concejala Marta Olmedo a los periodistas.", "Reabriremos", "Marta Olmedo")]
    [InlineData("«Reabriremos el mercado el lunes», ha señalado el alcalde, Tomás Ribera.", "Reabriremos", "Tomás Ribera")]
    [InlineData("La concejala Marta Olmedo ha afirmado: «Reabriremos el mercado el lunes».", "Reabriremos", "Marta Olmedo")]
    [InlineData("«Riapriremo il mercato lunedì», ha ribadito il sindaco Paolo Renzi.", "Riapriremo", "Paolo Renzi")]
    [InlineData("« Nous rouvrirons le marché lundi », a martelé la maire Sylvie Caron.", "Nous rouvrirons", "Sylvie Caron")]
    public void ParticipleAfterItsAuxiliary_IsACue(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void DroppedSubject_RefersBackToThePersonBefore()
    {
        const string text = "El director del hospital, Iñaki Zubiria, ha explicado que las urgencias funcionan con normalidad. "
            + "«Hemos reforzado los turnos de noche y no faltan camas», ha asegurado.";
        AttributionAssert.Speaker(text, "Hemos reforzado", "Iñaki Zubiria");
    }

    [Fact]
    public void ParticipleWithoutAuxiliary_IsNoCue()
    {
        // "declarado" describes the fire; the fragment belongs to the source after it, not to the mayor's verb.
        const string text = "El alcalde, Tomás Ribera, ha pedido «calma» a los vecinos por el incendio declarado el martes, "
            + "que sigue activo aunque «controlado», según la Diputación.";
        AttributionAssert.Speaker(text, "calma", "Tomás Ribera");
        AttributionAssert.Speaker(text, "controlado", "Diputación");
    }

    [Fact]
    public void NounComplement_IsNotTheSpeaker()
    {
        // "el alcalde de Valcarce": the place is the complement of the role; the name in the appositive speaks.
        const string text = "El alcalde de Valcarce, Tomás Ribera, ha pedido este jueves «calma y paciencia» a los vecinos.";
        AttributionAssert.Speaker(text, "calma y paciencia", "Tomás Ribera");
    }

    [Fact]
    public void UnnamedSources_AfterPluralAuxiliary()
    {
        const string text = "La policía investiga el robo. Fuentes de la investigación han indicado a esta agencia que hay dos detenidos: "
            + "«Los conocían de otros golpes en la comarca».";
        var quote = AttributionAssert.Speaker(text, "Los conocían", "Fuentes de la investigación");
        Assert.NotNull(quote.Evidence);
    }

    [Fact]
    public void ArticleOpeningALongName_IsAnOrganisationNotAPerson()
    {
        // "La Guardia Civil" opens with an article: no person "she" can refer back to.
        const string text = "La Guardia Civil investiga el incendio. La consejera de Medio Ambiente, Rocío Marín, ha visitado la zona. "
            + "«No vamos a dejar solos a estos pueblos», ha asegurado.";
        AttributionAssert.Speaker(text, "No vamos", "Rocío Marín");
    }
}
