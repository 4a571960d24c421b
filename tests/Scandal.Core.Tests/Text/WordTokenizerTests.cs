using Scandal.Core.Text;

namespace Scandal.Core.Tests.Text;

/// <summary>Word tokens with spans into the article text.</summary>
public class WordTokenizerTests
{
    [Fact]
    public void Tokenize_Sentence_SpansPointAtThePrintedWords()
    {
        const string text = "Mira’s team won — again.";
        var tokens = WordTokenizer.Tokenize(text, 100);

        Assert.NotEmpty(tokens);
        foreach (var t in tokens)
        {
            Assert.Equal(t.Printed, text.Substring(t.Span.Start - 100, t.Span.End - t.Span.Start));
        }

        Assert.Contains(tokens, t => t.Printed == "Mira’s");
        Assert.Contains(tokens, t => t.Printed == "again");
    }

    [Fact]
    public void Normalize_CurlyApostropheAndCase_EqualsStraightLowerCase()
    {
        Assert.Equal(WordTokenizer.Normalize("don't"), WordTokenizer.Normalize("Don’t"));
    }

    [Fact]
    public void Tokenize_EmptyText_IsEmpty()
    {
        Assert.Empty(WordTokenizer.Tokenize(string.Empty));
    }
}
