using Scandal.Core.Discrepancies;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>
/// Split quotations, excerpts, numbers, neutral ties, translations and fragments: the rules written after held-out
/// stories (issue 10), each on sentences invented for the test, with a case where the rule must not fire.
/// </summary>
public class HeldOutStatementRulesTests
{
    private const string Statement = "We owe the residents an apology for the flooding. It was our fault. The pumps will be replaced before the winter.";

    private static Article Doc(string id, string body) => Article.FromText(id, body);

    // Rule 1: pieces of a split quotation are separate excerpts.
    [Fact]
    public void SplitQuote_SkippedSentenceBetweenPieces_IsNotACountedOmission()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", $"The council leader, Ruth Adeyemi, spoke on Friday. “{Statement}” Adeyemi said."),
            Doc("b", $"Ruth Adeyemi addressed the meeting. “{Statement}” Adeyemi told councillors."),
            Doc("c", "Ruth Adeyemi addressed the meeting. “We owe the residents an apology for the flooding,” Adeyemi said. “The pumps will be replaced before the winter.”"),
        ]);

        var witness = Corpus.Witness(report, "c");
        Assert.True(Corpus.Counted(witness).Count == 0, string.Join(" | ", witness.Discrepancies.Select(d => $"{d.Kind} {d.Expected}→{d.Actual} {d.Weight} {d.Reason}")));
        var cut = Assert.Single(witness.Discrepancies, d => d.Kind == DiscrepancyKind.Omission);
        Assert.Equal(DiscrepancyReasons.SplitQuote, cut.Reason);
    }

    [Fact]
    public void OneQuotation_SkippedSentenceInside_IsStillACountedOmission()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", $"The council leader, Ruth Adeyemi, spoke on Friday. “{Statement}” Adeyemi said."),
            Doc("b", $"Ruth Adeyemi addressed the meeting. “{Statement}” Adeyemi told councillors."),
            Doc("c", "Ruth Adeyemi addressed the meeting. “We owe the residents an apology for the flooding. The pumps will be replaced before the winter,” Adeyemi said."),
        ]);

        var counted = Corpus.Counted(Corpus.Witness(report, "c"));
        Assert.True(counted.Count == 1, string.Join(" | ", counted.Select(d => $"{d.Kind} {d.Expected}→{d.Actual} {d.Weight} {d.Reason}")));
        var omission = counted[0];
        Assert.Equal(DiscrepancyKind.Omission, omission.Kind);
    }

    [Fact]
    public void SplitQuote_CommaBeforeAttribution_DoesNotJoinSentencesInTheConsensus()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", "Ruth Adeyemi spoke on Friday. “We owe the residents an apology,” she said. “The pumps will be replaced.”"),
            Doc("b", "Ruth Adeyemi spoke on Friday. “We owe the residents an apology,” she said. “The pumps will be replaced.”"),
            Doc("c", "Ruth Adeyemi said: “We owe the residents an apology. The pumps will be replaced.”"),
            Doc("d", "Ruth Adeyemi said on Friday: “We owe the residents an apology.”"),
        ]);

        var statement = Assert.Single(report.Statements, s => s.Consensus.Contains("pumps", StringComparison.Ordinal));
        Assert.Contains("apology. The pumps", statement.Consensus, StringComparison.Ordinal);
        Assert.DoesNotContain(Corpus.Witness(report, "d").Discrepancies, d => d.Kind == DiscrepancyKind.Truncation);
    }

    [Fact]
    public void SplitQuote_LowerCaseSecondPiece_GoesOnWithTheSentence()
    {
        var tokens = Tokenize(Quote("“We owe the residents,” she said, “an apology.”"));

        var residents = Assert.Single(tokens, t => t.Printed == "residents");
        Assert.True(residents.EndsPiece);
        Assert.False(residents.EndsSentence);
    }

    [Fact]
    public void SplitQuote_CapitalisedSecondPiece_EndsTheSentence()
    {
        var tokens = Tokenize(Quote("“We owe the residents an apology,” she said. “The pumps will be replaced.”"));

        Assert.True(Assert.Single(tokens, t => t.Printed == "apology").EndsSentence);
    }

    // Rule 2: an excerpt that only its own document can witness cuts nothing.
    [Fact]
    public void HeadlineExcerpt_OfItsOwnBody_IsNotATruncation()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", "'The lighthouse stays open': keeper's vow\n\nThe keeper, Tomasz Brennan, was defiant. “The lighthouse stays open, whatever the trust decides in March,” Brennan said."),
            Doc("b", "The trust met on Tuesday to discuss the budget. Its chair, Aoife Lund, said: “We have no plans to sell the cottages on the headland.”"),
        ]);

        Assert.DoesNotContain(report.Statements.SelectMany(s => s.Witnesses).SelectMany(w => w.Discrepancies), d => d.Kind == DiscrepancyKind.Truncation && d.Weight > 0);
    }

    [Fact]
    public void Excerpt_CutWordsOtherOutletsPrint_IsATruncation()
    {
        const string full = "The lighthouse stays open, whatever the trust decides in March.";
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", $"The keeper, Tomasz Brennan, was defiant. “{full}” Brennan said."),
            Doc("b", $"Tomasz Brennan spoke outside the tower. “{full}” Brennan told us."),
            Doc("c", "Tomasz Brennan spoke outside the tower. “The lighthouse stays open,” Brennan said."),
        ]);

        var truncation = Assert.Single(Corpus.Counted(Corpus.Witness(report, "c")));
        Assert.Equal(DiscrepancyKind.Truncation, truncation.Kind);
    }

    // Rule 3: numbers with separators are one word.
    [Theory]
    [InlineData("cut by 2,300 patients", "2,300")]
    [InlineData("a bill of £3.4m", "3.4m")]
    [InlineData("up 3.5% on the year", "3.5")]
    [InlineData("all 1,000,000 of them", "1,000,000")]
    public void Tokenize_NumberWithSeparators_IsOneWord(string text, string number) =>
        Assert.Contains(WordTokenizer.Tokenize(text), t => t.Printed == number);

    [Fact]
    public void Tokenize_CommaOrStopBetweenWords_StillSplits()
    {
        var words = WordTokenizer.Tokenize("It was 2027. Then 12, 14 and 16 came.").ConvertAll(t => t.Printed);

        Assert.Equal(["It", "was", "2027", "Then", "12", "14", "and", "16", "came"], words);
    }

    // Rule 5: a neutral tie is reported whichever form the consensus took.
    [Fact]
    public void SpellingTie_BothRenderingsReportTheVariant()
    {
        var report = Corpus.Quotes("Imogen Tate", "Their behaviour on the night was a disgrace to the club.", "Their behavior on the night was a disgrace to the club.");

        foreach (var doc in new[] { "outlet1", "outlet2" })
        {
            var variant = Assert.Single(Corpus.Witness(report, doc).Discrepancies, d => d.Reason == DiscrepancyReasons.SpellingVariant);
            Assert.Equal(0, variant.Weight);
        }
    }

    [Fact]
    public void SpellingMajority_OnlyTheMinorityReportsTheVariant()
    {
        var report = Corpus.Quotes("Imogen Tate", "Their behaviour on the night was a disgrace to the club.", "Their behaviour on the night was a disgrace to the club.", "Their behavior on the night was a disgrace to the club.");

        Assert.DoesNotContain(Corpus.Witness(report, "outlet1").Discrepancies, d => d.Reason == DiscrepancyReasons.SpellingVariant);
        Assert.Single(Corpus.Witness(report, "outlet3").Discrepancies, d => d.Reason == DiscrepancyReasons.SpellingVariant);
    }

    [Fact]
    public void DashTie_EveryRenderingReportsItsDash()
    {
        var report = Corpus.Quotes("Imogen Tate", "The repair costs £2m — money we do not have.", "The repair costs £2m – money we do not have.", "The repair costs £2m - money we do not have.");

        foreach (var doc in new[] { "outlet1", "outlet2", "outlet3" })
        {
            Assert.Single(Corpus.Witness(report, doc).Discrepancies, d => d.Reason == DiscrepancyReasons.Dash && d.Weight == 0);
        }
    }

    // Rule 4: a quotation the outlet says was translated, and its original.
    [Fact]
    public void EnglishQuote_SpokenInSpanish_IsATranslationAndTheSpanishIsTheStatement()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("wire", "The growers were unimpressed. “A ten percent cut is still a cut in the price of every crate of oranges,” said Marta Ibarra, speaking in Spanish."),
            Doc("daily", "The minister, Paul Grant, defended the plan. “Nothing about the price of oranges is on the table this year, and I will not change that,” Grant said."),
            Doc("es", "En Valencia, Marta Ibarra fue tajante. “Un diez por ciento sigue siendo un recorte en el precio de cada caja de naranjas”, dijo Marta Ibarra."),
        ]);

        Assert.Contains(report.Translations, t => t.DocumentId == "wire" && t.Language == "en");
        Assert.DoesNotContain(report.Translations, t => t.DocumentId == "es");
        Assert.Contains(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == "es");
        Assert.DoesNotContain(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == "wire");
    }

    [Fact]
    public void EnglishQuote_WithoutTranslationCue_IsAStatement()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("wire", "The growers were unimpressed. “A ten percent cut is still a cut in the price of every crate of oranges,” said Marta Ibarra, speaking in Valencia."),
            Doc("es", "En Valencia, Marta Ibarra fue tajante. “Un diez por ciento sigue siendo un recorte en el precio de cada caja de naranjas”, dijo Marta Ibarra."),
        ]);

        Assert.DoesNotContain(report.Translations, t => t.DocumentId == "wire");
        Assert.Contains(report.Translations, t => t.DocumentId == "es" && t.Language == "es");
    }

    [Fact]
    public void Paraphrase_OfAnotherSpeaker_SharingAStockPhrase_IsNotAttached()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", "The minister, Paul Grant, defended the plan. “We are not going to halve the grant. That figure was never on the table, and I regret that growers were told it was,” Grant said."),
            Doc("b", "Paul Grant told the committee: “We are not going to halve the grant. That figure was never on the table, and I regret that growers were told it was.”"),
            Doc("c", "A grower, Lena Voss, was scathing. “Ten percent less is still ten percent less bread on the table,” Lena Voss said."),
        ]);

        var grant = Assert.Single(report.Statements, s => s.Witnesses.Any(w => w.DocumentId == "a"));
        Assert.DoesNotContain(grant.Witnesses, w => w.DocumentId == "c");
    }

    [Theory]
    [InlineData("a word, not a guarantee", "en")]
    [InlineData("a promise, not a plan", "en")]
    [InlineData("Não vamos cortar as quotas pela metade, e isso é tudo o que posso dizer", "pt")]
    public void Detect_ShortEnglishWithArticles_IsNotPortuguese(string text, string? language) => Assert.Equal(language, LanguageDetector.Detect(text));

    // Rule 7: where a fragment inside reported speech stops.
    [Fact]
    public void Fragment_StoppingInsideASentence_IsTruncatedDespiteASpellingTieInTheCut()
    {
        const string full = "I want to thank the staff, the volunteers and the families for their patience over the summer. We will do better.";
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", $"The director, Selma Quist, wrote to parents. “{full}” Quist wrote."),
            Doc("b", "The director, Selma Quist, wrote to parents. “I want to thank the staff, the volunteers and the families for their patience over the summer. We will do better,” Quist wrote, in a letter seen by the paper."),
            Doc("c", "Selma Quist wrote to parents. “I want to thank the staff, the volunteers and the families for their patience over the summer. We will do better,” Quist wrote."),
            Doc("d", "Quist said she wanted “to thank the staff, the volunteers and the families” for bearing with the school."),
        ]);

        var cuts = Corpus.Witness(report, "d").Discrepancies.Where(d => d.Kind == DiscrepancyKind.Truncation && d.Weight > 0).ToList();
        Assert.Contains(cuts, d => d.Expected.Contains("patience", StringComparison.Ordinal));
    }

    [Fact]
    public void Fragment_OfAStatementTwoDocumentsQuote_IsAnExcerptNotATruncation()
    {
        var report = Corpus.Engine.CrossCheck(
        [
            Doc("a", "The union's organiser, Dev Kapoor, was unconvinced. “Retraining is a promise, not a plan,” Kapoor said."),
            Doc("b", "But the organiser, Dev Kapoor, said retraining was “a promise, not a plan”."),
        ]);

        var fragment = Corpus.Witness(report, "b");
        Assert.Empty(Corpus.Counted(fragment));
    }

    private static Scandal.Core.Extraction.Quote Quote(string text)
    {
        var article = Article.FromText("x", "Ruth Adeyemi spoke on Friday. " + text);
        var report = Corpus.Engine.CrossCheck([article]);
        return Assert.Single(report.Quotes);
    }

    private static List<QuoteToken> Tokenize(Scandal.Core.Extraction.Quote quote) => WordTokenizer.Tokenize(quote.Pieces, quote.Spans);
}
