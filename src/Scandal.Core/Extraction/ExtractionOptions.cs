namespace Scandal.Core.Extraction;

/// <summary>Settings for <see cref="QuoteExtractor"/>.</summary>
/// <remarks>This type is immutable once built and thread-safe.</remarks>
public sealed class ExtractionOptions
{
    /// <summary>The default settings.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Quotations with at most this many words are <see cref="QuoteKind.Fragment"/>s unless they form a sentence.</summary>
    /// <value>Defaults to 6.</value>
    public int FragmentMaxWords { get; init; } = 6;

    /// <summary>The longest quotation, in characters, before an unclosed quote mark is treated as stray.</summary>
    /// <value>Defaults to 5,000.</value>
    public int MaxQuoteLength { get; init; } = 5000;
}
