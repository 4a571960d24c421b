using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>Runs the extractor on an invented article and finds a quotation by its words.</summary>
internal static class AttributionAssert
{
    private static readonly QuoteExtractor Extractor = new();

    public static ExtractionResult Run(string text) => Extractor.Extract(Article.FromText("doc", text));

    /// <summary>The single quotation whose text contains <paramref name="words"/>.</summary>
    public static Quote QuoteWith(ExtractionResult result, string words) =>
        Assert.Single(result.Quotes, q => q.Text.Contains(words, StringComparison.Ordinal));

    /// <summary>Asserts the speaker and the rule of the quotation holding <paramref name="words"/>, and that the cue span is in the text.</summary>
    public static Quote Speaker(string text, string words, string? speaker, string? rule = null)
    {
        var result = Run(text);
        var quote = QuoteWith(result, words);
        Assert.Equal(speaker, quote.Speaker);
        if (rule is not null)
        {
            Assert.NotNull(quote.Evidence);
            Assert.Equal(rule, quote.Evidence!.Rule);
        }

        if (quote.Evidence is { } e)
        {
            Assert.InRange(e.End, e.Start, text.Length);
        }

        return quote;
    }
}
