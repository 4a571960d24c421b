namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// A headline quotes words the body attributes: the headline's quotation takes the speaker of the body quotation that
/// holds its words, and a body fragment with no cue takes the speaker of the headline that names it.
/// </summary>
public class HeadlineRepeatTests
{
    [Fact]
    public void HeadlineQuote_TakesTheSpeakerOfTheBodyQuote()
    {
        const string text = "'We grew too fast for our own good': bakery chain boss on shutting 20 shops\n\n"
            + "The Crumb & Co chain will close 20 of its 90 shops.\n\n"
            + "\"Nobody wanted this,\" said Harriet Osei, who founded the chain in 2009. \"We grew too fast for our own good.\"";
        var quotes = AttributionAssert.Run(text).Quotes.OrderBy(q => q.Spans[0].Start).ToList();
        Assert.Equal("Harriet Osei", quotes[^1].Speaker);
        Assert.StartsWith("We grew too fast", quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("Harriet Osei", quotes[0].Speaker);
    }

    [Fact]
    public void OneWordHeadlineFragment_TakesTheSpeakerOfTheLongerBodyQuote()
    {
        const string text = "El alcalde de Sorbas pide \"calma\" tras las inundaciones\n\n"
            + "El alcalde de Sorbas, Julio Arenas, ha pedido este lunes \"calma y prudencia\" a los vecinos.";
        var first = AttributionAssert.Run(text).Quotes.OrderBy(q => q.Spans[0].Start).First();
        Assert.Equal("calma", first.Text);
        Assert.Equal("Julio Arenas", first.Speaker);
    }

    [Fact]
    public void HeadlineQuote_NotRepeatedBelow_StaysUnattributed()
    {
        const string text = "Flyover cracks: experts blame 'rushed work'\n\n"
            + "\"The deck was poured in the rain,\" said engineer Ravi Menon of the city's technical board.";
        var first = AttributionAssert.Run(text).Quotes.OrderBy(q => q.Spans[0].Start).First();
        Assert.Equal("rushed work", first.Text);
        Assert.Null(first.Speaker);
    }

    [Fact]
    public void BodyFragmentWithNoCue_TakesTheHeadlineSpeaker()
    {
        const string text = "Sen. Ortega calls rival's tax plan 'a gift to the landlords'\n\n"
            + "A row between two senators spilled into public view on Tuesday, when Sen. Maria Ortega of Nevada accused a colleague of drafting a bill "
            + "that would amount to \"a gift to the landlords.\"";
        var body = AttributionAssert.Run(text).Quotes.OrderBy(q => q.Spans[0].Start).Last();
        Assert.Equal("Maria Ortega", body.Speaker);
    }

    [Fact]
    public void NamePlacedByAPrepositionalPhrase_BeforeTheVerb_Speaks()
    {
        const string text = "Analyst Tomasz Wolak at Harbour Securities noted that the firm had been \"paying too much for too long\" on its leases.";
        AttributionAssert.Speaker(text, "paying too much", "Tomasz Wolak");
    }

    [Fact]
    public void NameThenAVerbPhrase_IsNoPlacedName()
    {
        // "of Nevada accused a colleague of drafting": a verb stands between the name and the speech word.
        const string text = "Markets fell.\n\nOn Tuesday, Sen. Maria Ortega of Nevada accused a colleague of writing a bill that would amount to \"a gift to the landlords.\"";
        var quote = AttributionAssert.Run(text).Quotes.Single();
        Assert.Null(quote.Speaker);
    }
}
