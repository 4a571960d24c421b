namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>The same grammar over the cue lexicons of other languages.</summary>
public class OtherLanguageTests
{
    [Theory]
    [InlineData("«Bajaremos los impuestos», dijo la ministra Ana Ruiz.", "Bajaremos", "Ana Ruiz")]
    [InlineData("“Bajaremos los impuestos”, afirmó Ana Ruiz.", "Bajaremos", "Ana Ruiz")]
    [InlineData("« Nous baisserons les impôts », a déclaré la ministre Claire Dumas.", "Nous baisserons", "Claire Dumas")]
    [InlineData("Claire Dumas a affirmé : « Nous baisserons les impôts. »", "Nous baisserons", "Claire Dumas")]
    [InlineData("„Wir senken die Steuern“, sagte Finanzministerin Petra Kühn.", "Wir senken", "Petra Kühn")]
    [InlineData("Petra Kühn erklärte: „Wir senken die Steuern.“", "Wir senken", "Petra Kühn")]
    [InlineData("«Abbasseremo le tasse», ha detto il ministro Marco Ferri.", "Abbasseremo", "Marco Ferri")]
    [InlineData("“Vamos baixar os impostos”, disse a ministra Sofia Matos.", "Vamos baixar", "Sofia Matos")]
    [InlineData("“We verlagen de belastingen,” zei minister Joost Verbeek.", "We verlagen", "Joost Verbeek")]
    public void ForeignCue_NamesTheSpeaker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }
}
