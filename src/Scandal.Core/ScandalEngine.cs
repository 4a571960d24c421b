using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core;

/// <summary>
/// The pipeline, built once from <see cref="ScandalOptions"/> and reused: extract → align → classify → score → report.
/// </summary>
/// <remarks>An engine holds no mutable state: it is thread-safe.</remarks>
public sealed class ScandalEngine
{
    private readonly int maxDegreeOfParallelism;

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">When a setting is out of range.</exception>
    public ScandalEngine(ScandalOptions? options = null)
    {
        options ??= new ScandalOptions();
        options.Validate();
        Extractor = new QuoteExtractor(options.Extraction);
        maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
    }

    /// <summary>The quote extractor this engine uses.</summary>
    public QuoteExtractor Extractor { get; }

    /// <summary>Finds the quotations in one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The quotations and diagnostics.</returns>
    public ExtractionResult Extract(Article article) => Extractor.Extract(article);

    /// <summary>Runs the pipeline over a batch of articles about one event.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">When two articles share an <see cref="Article.Id"/>.</exception>
    public CrossCheckReport CrossCheck(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Id, ordered[i].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two articles share the id '{ordered[i].Id}'.", nameof(articles));
            }
        }

        var results = new ExtractionResult[ordered.Length];
        Parallel.For(0, ordered.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => results[i] = Extractor.Extract(ordered[i]));
        return CrossCheckReport.Create(results);
    }
}
