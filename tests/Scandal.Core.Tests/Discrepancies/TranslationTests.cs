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

    [Fact]
    public void Detect_ItalianBuiltOnAuxiliaries_IsItalian() =>
        Assert.Equal("it", LanguageDetector.Detect("Il sindaco ha i nostri documenti da aprile e non ha mai risposto a una sola domanda"));

    [Theory]
    [InlineData("“It was a robbery,” the striker told Spanish-language site Gol Norte.", "es")]
    [InlineData("The striker told Argentine website Gol Norte: “It was a robbery.”", "es")]
    [InlineData("She told a Brazilian newspaper: “It was a robbery.”", "pt")]
    [InlineData("“It was a robbery,” the striker told reporters, as a Brazilian newspaper looked on.", null)]
    [InlineData("“It was a robbery,” the striker said. An Argentine website ran the story first.", null)]
    public void SpokenIn_ToldAnOutletOfAnotherLanguage(string sentence, string? language)
    {
        var article = Article.FromText("x", sentence);
        var quote = Assert.Single(Corpus.Engine.Extract(article).Quotes);

        Assert.Equal(language, TranslationCue.SpokenIn(article.Text, quote));
    }

    [Fact]
    public void CrossCheck_SpeakerSaidToSpeakPortuguese_HerEnglishQuotesAreTranslations_HerPortugueseTheStatement()
    {
        var articles = new[]
        {
            Article.FromText("en-wire", "The minister, Ana Tavares, announced the limits on Tuesday. “We will not cut off water to homes,” Tavares said, speaking in Portuguese."),
            Article.FromText("en-paper", "Ana Tavares said the limits would last all summer. “The restrictions apply to gardens and swimming pools,” Tavares said."),
            Article.FromText("pt-a", "A ministra anunciou as regras esta terça-feira. «Não vamos cortar a água às casas. As restrições aplicam-se à rega de jardins e às piscinas», disse a ministra."),
            Article.FromText("pt-b", "A governante falou em Lisboa. «Não vamos cortar a água às casas. As restrições aplicam-se apenas à rega de jardins e às piscinas», afirmou a governante."),
            Article.FromText("pt-c", "A ministra do Ambiente falou aos jornalistas. «Não vamos cortar a água às casas. As restrições aplicam-se à rega de jardins e às piscinas», disse a ministra."),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        Assert.Equal(["en-paper", "en-wire"], report.Translations.Select(t => t.DocumentId).Order(StringComparer.Ordinal));
        var statement = Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "pt-a"));
        Assert.Contains(statement.Witnesses, w => w.DocumentId == "pt-b");
        Assert.Contains(statement.Witnesses.SelectMany(w => w.Discrepancies), d => d.Kind == DiscrepancyKind.Insertion && d.Actual == "apenas");
    }

    [Fact]
    public void CrossCheck_UnnamedQuoteAfterAnotherNamedSpeaker_StaysATranslation()
    {
        var articles = new[]
        {
            Article.FromText("wire", "Striker Tomás Llano was furious. “It was a robbery,” Llano told reporters, speaking in Spanish. Coach Brendan Hale agreed: “It was never a penalty and I have watched it ten times.”"),
            Article.FromText("paper", "Coach Brendan Hale said: “It was never a penalty and I have watched it ten times.”"),
            Article.FromText("es", "Llano no ocultó su enojo.\n\nEl entrenador, Brendan Hale, también cargó contra el árbitro: «Nunca fue penal y lo vi diez veces»."),
        };

        var report = Corpus.Engine.CrossCheck(articles);

        Assert.Contains(report.Translations, t => t.DocumentId == "es");
        Assert.DoesNotContain(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == "es");
    }
}
