using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>Renderings in another language are translations: reported apart, never scored as paraphrases.</summary>
public class TranslationTests
{
    private const string English = "As a mother of four, I am shaken by what I saw in those pictures and I will not stay silent.";

    [Theory]
    [InlineData("Come madre di quattro figli, sono scossa da quello che ho visto in quelle foto e non starò in silenzio.", "it")]
    [InlineData("Como madre de cuatro hijos, estoy conmocionada por lo que vi en esas fotos y no me quedaré callada.", "es")]
    [InlineData("En tant que mère de quatre enfants, je suis bouleversée par ce que j'ai vu et je ne me tairai pas.", "fr")]
    [InlineData("Als Mutter von vier Kindern bin ich erschüttert von dem, was ich auf den Bildern gesehen habe, und ich werde nicht schweigen.", "de")]
    [InlineData("Как мать четверых детей, я потрясена тем, что увидела на этих снимках.", "und-Cyrl")]
    public void Detect_OtherLanguage_IsTold(string text, string language) => Assert.Equal(language, LanguageDetector.Detect(text));

    [Fact]
    public void Detect_EnglishWithForeignName_IsEnglish() => Assert.Equal("en", LanguageDetector.Detect("I met Jean de la Fontaine at the station and we spoke about the trains."));

    [Fact]
    public void CrossCheck_ItalianRendering_IsATranslationNotAParaphrase()
    {
        var articles = new[]
        {
            Article.FromText("a", $"The singer posted a statement on Sunday. “{English}” she wrote, adding that she had spoken to the brand."),
            Article.FromText("b", $"In a post on Sunday the singer responded to the campaign. “{English}” she wrote on her page."),
            Article.FromText("c", "The singer posted a statement on Sunday about the campaign and the brand. “Come madre di quattro figli, sono scossa da quello che ho visto e non starò in silenzio,” she wrote, according to the post."),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        Assert.Equal("en", report.Language);
        var translation = Assert.Single(report.Translations);
        Assert.Equal("c", translation.DocumentId);
        Assert.Equal("it", translation.Language);
        Assert.DoesNotContain(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == "c");
        Assert.Null(report.Outlets.Single(o => o.DocumentId == "c").Consistency);

        var json = JsonReportWriter.Write(report);
        Assert.Contains("\"translations\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"language\": \"it\"", json, StringComparison.Ordinal);
        Assert.Contains("## Translations", MarkdownReportWriter.Write(report), StringComparison.Ordinal);
    }
}
