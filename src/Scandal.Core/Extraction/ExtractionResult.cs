using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>The quotations found in one article, with the problems met while finding them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExtractionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="article">The article that was read.</param>
    /// <param name="quotes">The quotations, in article order.</param>
    /// <param name="diagnostics">The article's reading diagnostics followed by the extraction diagnostics.</param>
    public ExtractionResult(Article article, IReadOnlyList<Quote> quotes, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Article = article;
        Quotes = ReadOnly.Copy(quotes);
        Diagnostics = ReadOnly.Copy(diagnostics);
    }

    /// <summary>The article that was read.</summary>
    public Article Article { get; }

    /// <summary>The quotations, in article order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The article's reading diagnostics followed by the extraction diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
