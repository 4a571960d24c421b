namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// Names written with initials (<c>K.S. Venkatappa</c>, <c>J. R. Smith</c>) are people whom a pronoun and a surname
/// refer back to; a name placed by prepositional phrases before a relative clause (<c>Prof. Ann Kowal of the
/// Department of Physics at the University of Leeds, who…, said</c>) is the subject, not the last place.
/// </summary>
public class InitialsAndPlacedNameTests
{
    [Theory]
    [InlineData("Transport Minister R.K. Bhandari, who visited the depot on Friday, said fares would not rise. \"We have the money to keep prices where they are,\" he told reporters.", "R.K. Bhandari")]
    [InlineData("Transport Minister R. K. Bhandari, who visited the depot on Friday, said fares would not rise. \"We have the money to keep prices where they are,\" he told reporters.", "R. K. Bhandari")]
    [InlineData("Former chief justice A.P.J. Menon said the ruling was overdue. \"The court has waited too long,\" he said.", "A.P.J. Menon")]
    public void Initials_MakeAPersonThePronounReferredTo(string text, string speaker)
    {
        AttributionAssert.Speaker(text, SpokenWords(text), speaker);
    }

    private static string SpokenWords(string text)
    {
        var open = text.IndexOf('"', StringComparison.Ordinal) + 1;
        return text.Substring(open, 12);
    }

    [Fact]
    public void Initials_AreKeptInTheName()
    {
        const string text = "Transport Minister R.K. Bhandari, who visited the depot on Friday, said fares would not rise. "
            + "\"We have the money to keep prices where they are,\" he told reporters.\n\n"
            + "Commuters were sceptical. \"We heard that last year,\" said Anita Shenoy, who takes the bus daily.\n\n"
            + "Mr. Bhandari later said the review would take a month. \"Nobody will be surprised by the outcome,\" he said.";
        AttributionAssert.Speaker(text, "We have the money", "R.K. Bhandari");
        AttributionAssert.Speaker(text, "Nobody will be surprised", "R.K. Bhandari");
    }

    [Fact]
    public void LetterBeforeAFullStop_AfterAName_IsNoInitial()
    {
        // "Plan B." ends with a letter and a full stop; "B." is not an initial of Smith.
        const string text = "The council chose Plan B. Smith said the work would start in May. \"We have waited long enough,\" Smith said.";
        var quote = AttributionAssert.Speaker(text, "We have waited", "Smith");
        Assert.DoesNotContain("B.", quote.Speaker!, StringComparison.Ordinal);
    }

    [Fact]
    public void NamePlacedByPrepositions_BeforeARelativeClause_IsTheSpeaker()
    {
        const string text = "Prof. Helen Marsh of the School of Earth Sciences at the University of Dunmore, who studied the samples "
            + "for the council, said the damage pointed to \"years of neglect\" rather than the storm.";
        AttributionAssert.Speaker(text, "years of neglect", "Helen Marsh");
    }
}
