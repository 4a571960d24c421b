using Scandal.Core.Text;

namespace Scandal.Core.Tests.Text;

/// <summary>A censored word is one token, and dashes between words stay punctuation.</summary>
public class CensoredWordTokenizerTests
{
    [Theory]
    [InlineData("What a f***ing mess this is.", "f***ing")]
    [InlineData("It is f**k all, frankly.", "f**k")]
    [InlineData("They took no s--- from anyone.", "s---")]
    [InlineData("What the f— happened here?", "f—")]
    [InlineData("This f---ing weather again.", "f---ing")]
    public void Tokenize_CensoredWord_IsOneToken(string text, string censored)
    {
        var tokens = WordTokenizer.Tokenize(text);

        var token = Assert.Single(tokens, t => t.Printed == censored);
        Assert.Equal(censored, text[token.Span.Start..token.Span.End]);
        Assert.DoesNotContain(tokens, t => t.Printed is "ing" or "k");
    }

    [Theory]
    [InlineData("It was society—period, she said.")]
    [InlineData("I—I don't know what to say.")]
    [InlineData("We paid a—well, a lot.")]
    public void Tokenize_DashBetweenWords_IsNotCensoring(string text)
    {
        Assert.DoesNotContain(WordTokenizer.Tokenize(text), t => t.Printed.Contains('—', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("f***ing", "fucking", true)]
    [InlineData("s---", "shit", true)]
    [InlineData("f—", "fuck", true)]
    [InlineData("f**k", "fork", true)]
    [InlineData("f***ing", "sitting", false)]
    [InlineData("f**k", "bank", false)]
    [InlineData("f---ing", "fucking", true)]
    [InlineData("f---ing", "f***ing", true)]
    [InlineData("well-being", "wellbeing", false)]
    public void CensoredWord_Matches_TheWordWithThoseLetters(string censored, string word, bool expected)
    {
        Assert.Equal(expected, CensoredWord.Matches(censored, word));
    }
}
