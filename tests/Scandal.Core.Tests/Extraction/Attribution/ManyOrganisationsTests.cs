using System.Globalization;

namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>An article made of many organisation names: each issuer cue takes the organisation of its own paragraph.</summary>
public class ManyOrganisationsTests
{
    [Fact]
    public void ManyOrganisations_EachCueTakesTheIssuerOfItsParagraph()
    {
        var text = string.Concat(Enumerable.Range(0, 30).Select(Paragraph));

        var result = AttributionAssert.Run(text);

        Assert.Equal(30, result.Quotes.Count);
        for (var i = 0; i < 30; i++)
        {
            var expected = i % 2 == 0 ? $"Org{Letters(i)}a Holdings" : $"Org{Letters(i)}c";
            Assert.Equal(expected, result.Quotes[i].Speaker);
            Assert.NotNull(result.Quotes[i].Evidence);
        }
    }

    private static string Paragraph(int i)
    {
        var a = $"Org{Letters(i)}a";
        var b = $"Org{Letters(i)}b";
        var c = $"Org{Letters(i)}c";
        var cue = i % 2 == 0 ? "the company said." : $"said a spokesperson for {c}.";
        return string.Create(CultureInfo.InvariantCulture, $"{a} Holdings signed a deal with {b} and {c} on Tuesday, after {a} Holdings lost a contract to {b}.\n\n“We expect the deal to close soon,” {cue}\n\n");
    }

    private static string Letters(int i) => new([(char)('a' + (i / 26)), (char)('a' + (i % 26))]);
}
