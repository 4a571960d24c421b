using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Extraction;

/// <summary>The hard cases, on texts written for the tests (other people, other outlets, other marks).</summary>
public class QuoteExtractorTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static ExtractionResult Run(string text) => Extractor.Extract(Article.FromText("doc", text));

    private static void AssertSpans(ExtractionResult result)
    {
        foreach (var q in result.Quotes)
        {
            for (var i = 0; i < q.Pieces.Count; i++)
            {
                Assert.Equal(q.Pieces[i], q.Spans[i].Slice(result.Article.Text).ToString());
            }
        }
    }

    [Fact]
    public void Extract_SplitByAttribution_IsOneQuoteWithTwoPiecesAndNoAttributionWords()
    {
        const string text = "Mayor Elena Vasquez spoke on Monday.\n\"We did not ask for this storm,\" she told reporters at the pier, where the water had risen overnight, \"but we will rebuild every house.\"";

        var result = Run(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(["We did not ask for this storm,", "but we will rebuild every house."], quote.Pieces);
        Assert.Equal("Elena Vasquez", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.DoesNotContain("told", quote.Text, StringComparison.Ordinal);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_AttributionSentenceBetweenTwoQuotes_JoinsThem()
    {
        const string text = "Coach Tomas Berglund was blunt. “We lost our shape,” Berglund said after the match. “And that is on me.”";

        var quote = Assert.Single(Run(text).Quotes);

        Assert.Equal(2, quote.Pieces.Count);
        Assert.Equal("Tomas Berglund", quote.Speaker);
    }

    [Fact]
    public void Extract_NarrativeBetweenQuotes_KeepsThemApart()
    {
        const string text = "Priya Raman answered questions for an hour. “The budget is balanced.” The opposition disputed the figures on Tuesday, citing the auditor’s report. “We will publish every line,” Raman said.";

        var quotes = Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Pieces));
    }

    [Fact]
    public void Extract_QuoteOverSeveralParagraphs_IsOneQuoteWithAPiecePerParagraph()
    {
        const string text = "The governor, Alan Whitcombe, released a statement.\n\n“The first paragraph ends here.\n\n“The second one continues the statement.\n\n“And the third closes it.”\n\nReporters were not allowed questions.";

        var result = Run(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(["The first paragraph ends here.", "The second one continues the statement.", "And the third closes it."], quote.Pieces);
        Assert.Equal("Alan Whitcombe", quote.Speaker);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_UnclosedQuote_IsCutAtItsParagraphWithDiagnostic()
    {
        const string text = "Director Hana Sato said, \"the film is finished and we are proud\nThe festival opens on Friday. Tickets sold out in \"minutes\" according to organisers.";

        var result = Run(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("the film is finished and we are proud", result.Quotes[0].Text);
        Assert.Contains(result.Quotes, q => q.Text == "minutes");
        AssertSpans(result);
    }

    [Fact]
    public void Extract_ApostrophesInsideWords_AreNotQuoteMarks()
    {
        const string text = "The players’ union didn't object. Rosa O'Neill’s view: 'it’s the fans' game, not ours.'";

        var result = Run(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal("it’s the fans' game, not ours.", quote.Text);
    }

    [Fact]
    public void Extract_ScareQuoteMidSentence_IsFragmentWithoutSpeaker()
    {
        const string text = "Many shoppers think the new “premium” tier is expensive.";

        var quote = Assert.Single(Run(text).Quotes);

        Assert.Equal(QuoteKind.Fragment, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_FragmentAttributedInSentence_TakesTheSpeaker()
    {
        const string text = "Senator Joan Okonkwo arrived late. In a long interview, Okonkwo insisted that she was “deeply troubled” by the vote.";

        var quote = Assert.Single(Run(text).Quotes);

        Assert.Equal(QuoteKind.Fragment, quote.Kind);
        Assert.Equal("Joan Okonkwo", quote.Speaker);
    }

    [Fact]
    public void Extract_PronounCue_ResolvesToPreviousSpeaker()
    {
        const string text = "Chef Marco Bellini opened the restaurant in May. “We cook what the market gives us,” Bellini said.\nHe added, “Nothing is frozen here.”";

        var quotes = Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marco Bellini", q.Speaker));
    }

    [Fact]
    public void Extract_OrganisationCues_ResolveToTheOrganisation()
    {
        const string text = "Northwind apologised on Friday after the outage. Customers of Northwind lost access for a day.\n“We failed our customers this week,” the company said.\nThe note continued, “Every account will be credited.”\n“We are sorry,” it read.";

        var quotes = Run(text).Quotes;

        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Northwind", q.Speaker));
    }

    [Fact]
    public void Extract_EmbeddedPostOnItsOwnLine_IsEmbeddedPostWithSignedName()
    {
        const string text = "The singer replied within minutes.\nI never agreed to that contract — and my lawyers will say so.\n— Lena Brooks (@lenabrooks) March 3, 2024\nHer label has not commented.";

        var result = Run(text);

        var post = Assert.Single(result.Quotes);
        Assert.Equal(QuoteKind.EmbeddedPost, post.Kind);
        Assert.Equal("Lena Brooks", post.Speaker);
        Assert.Equal("I never agreed to that contract — and my lawyers will say so.", post.Text);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_EmbeddedPostAfterAVeryLongParagraph_IsStillFound()
    {
        // The signature pattern used to skip paragraphs over 100,000 characters (and any that hit its timeout).
        var filler = string.Concat(Enumerable.Repeat("minus - signs -- and (@ handles ", 4000));
        var text = "Readers reacted.\n" + filler + "I never agreed to that contract — and my lawyers will say so. — Lena Brooks (@lenabrooks) March 3, 2024\nHer label has not commented.";

        var result = Run(text);

        var post = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.EmbeddedPost);
        Assert.Equal("Lena Brooks", post.Speaker);
        Assert.EndsWith("my lawyers will say so.", post.Text, StringComparison.Ordinal);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_SignatureWithAHyphenDash_StartsAtTheHyphen()
    {
        const string text = "Fans answered at once.\nThis is the best news all year - Sam Ortiz (@samortiz) May 2, 2025\nThe club said nothing.";

        var result = Run(text);

        var post = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.EmbeddedPost);
        Assert.Equal("Sam Ortiz", post.Speaker);
        Assert.Equal("This is the best news all year", post.Text);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_EmbeddedPostWithSignatureOnSameLine_KeepsInnerQuoteAsFragment()
    {
        const string text = "Readers reacted.\nHow can they call this \"a minor delay\" with a straight face? 😤 #trains— Olu Ade 🚆 (@oluade) June 9, 2023\nThe operator apologised.";

        var result = Run(text);

        var post = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.EmbeddedPost);
        Assert.Equal("Olu Ade 🚆", post.Speaker);
        Assert.StartsWith("How can they call this", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("#trains", post.Text, StringComparison.Ordinal);
        var inner = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Fragment);
        Assert.Equal("a minor delay", inner.Text);
        Assert.True(post.Spans[0].Contains(inner.Spans[0]));
    }

    [Fact]
    public void Extract_QuotedNicknameInsideName_IsNotAQuote()
    {
        const string text = "The boxer Marvin \"The Hammer\" Okafor retired on Sunday.";

        Assert.Empty(Run(text).Quotes);
    }

    [Fact]
    public void Extract_ShoutedHeadlineQuoteBetweenCapitals_IsAQuoteNotANickname()
    {
        var result = Run("MAYOR 'FURIOUS AND EMBARRASSED' OVER FLOOD DELAY\n\nThe mayor said she was furious and embarrassed.");

        Assert.Equal("FURIOUS AND EMBARRASSED", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void Extract_ShoutedNicknameOfOneWord_IsStillANickname() =>
        Assert.Empty(Run("BOXER MARVIN 'HAMMER' OKAFOR RETIRES\n\nThe boxer retired on Sunday.").Quotes);

    [Theory]
    [InlineData("Der Minister sagte: „Wir werden das Gesetz ändern.“ Danach ging er.", "Wir werden das Gesetz ändern.")]
    [InlineData("Le ministre a déclaré : « Nous changerons la loi. » Puis il est parti.", "Nous changerons la loi.")]
    [InlineData("大臣は「法律を変える」と述べた。", "法律を変える")]
    [InlineData("El ministro dijo: “Cambiaremos la ley.” Luego se fue.", "Cambiaremos la ley.")]
    public void Extract_OtherLanguagesMarks_AreFound(string text, string expected)
    {
        var result = Run(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(expected, quote.Text);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_CrLfAndBom_SpansIndexTheDecodedText()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("Intro line.\r\n“First line of it.\r\n“Second line,” said Ines Duarte.\r\n")).ToArray();
        var article = Article.FromStream("crlf", new MemoryStream(bytes));

        var result = Extractor.Extract(article);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(["First line of it.", "Second line,"], quote.Pieces);
        Assert.Equal("Ines Duarte", quote.Speaker);
        foreach (var (piece, span) in quote.Pieces.Zip(quote.Spans))
        {
            Assert.Equal(piece, span.Slice(article.Text).ToString());
        }
    }

    [Fact]
    public void Extract_Empty_HasNoQuotesAndKeepsTheArticleDiagnostic()
    {
        var result = Run(string.Empty);

        Assert.Empty(result.Quotes);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyInput);
    }

    [Fact]
    public void Extract_MegabyteLineOfStrayMarks_FinishesWithBoundedResults()
    {
        var text = string.Concat(Enumerable.Repeat("word \" other “ more ' x ‘ ", 40_000));

        var result = Run(text);

        Assert.True(text.Length > 1_000_000);
        Assert.True(result.Quotes.Count < 100_000);
        Assert.NotEmpty(result.Diagnostics);
        AssertSpans(result);
    }

    [Fact]
    public void Extract_OneMegabyteQuoteNeverClosed_IsDroppedWithDiagnostic()
    {
        var text = "He said “" + string.Concat(Enumerable.Repeat("never closing words ", 60_000));

        var result = Run(text);

        Assert.Empty(result.Quotes);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OverlongText);
    }

    [Fact]
    public void Extract_QuoteIds_AreDocumentIdAndOrder()
    {
        var quotes = Run("A “one two three four five six seven.” B “eight nine ten eleven twelve thirteen.”").Quotes;

        Assert.Equal(["doc#q1", "doc#q2"], quotes.Select(q => q.Id));
    }
}
