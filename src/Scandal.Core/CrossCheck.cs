using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core;

/// <summary>
/// The static door for the common case, over a shared default <see cref="ScandalEngine"/>.
/// For custom settings or dependency injection, build a <see cref="ScandalEngine"/> (or call <c>AddScandal</c>).
/// </summary>
public static class CrossCheck
{
    private static readonly ScandalEngine DefaultEngine = new();

    /// <summary>Finds the quotations in one article with the default settings.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The quotations and diagnostics.</returns>
    public static ExtractionResult Extract(Article article) => DefaultEngine.Extract(article);

    /// <summary>Cross-checks a batch of articles about one event with the default settings.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <returns>The report.</returns>
    public static CrossCheckReport Run(IEnumerable<Article> articles) => DefaultEngine.CrossCheck(articles);

    /// <summary>Cross-checks a batch of articles against known original texts, with the default settings.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <param name="references">Known original texts, which take precedence over the outlets' consensus where they apply.</param>
    /// <returns>The report.</returns>
    public static CrossCheckReport Run(IEnumerable<Article> articles, IEnumerable<Article> references) => DefaultEngine.CrossCheck(articles, references);

    /// <summary>Cross-checks a batch of articles with the default settings, stopping when asked.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <param name="cancellationToken">Stops the run (checked between documents, statements and stages).</param>
    /// <returns>The report.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled before the report is complete.</exception>
    public static CrossCheckReport Run(IEnumerable<Article> articles, CancellationToken cancellationToken) => DefaultEngine.CrossCheck(articles, null, null, cancellationToken);

    /// <summary>Cross-checks a batch of articles with the default settings, reporting progress and stopping when asked.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <param name="references">Known original texts, which take precedence over the outlets' consensus where they apply, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the stage and the documents done (see <see cref="CrossCheckProgress"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run (checked between documents, statements and stages).</param>
    /// <returns>The report.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled before the report is complete.</exception>
    public static CrossCheckReport Run(IEnumerable<Article> articles, IEnumerable<Article>? references, IProgress<CrossCheckProgress>? progress, CancellationToken cancellationToken) =>
        DefaultEngine.CrossCheck(articles, references, progress, cancellationToken);

    /// <summary>Cross-checks a batch of articles with the default settings on the thread pool, off the caller's thread.</summary>
    /// <param name="articles">The articles; their order does not change the result. They are enumerated on the thread pool too.</param>
    /// <param name="references">Known original texts, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the stage and the documents done (see <see cref="CrossCheckProgress"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report; the task is cancelled when <paramref name="cancellationToken"/> is.</returns>
    public static Task<CrossCheckReport> RunAsync(IEnumerable<Article> articles, IEnumerable<Article>? references = null, IProgress<CrossCheckProgress>? progress = null, CancellationToken cancellationToken = default) =>
        DefaultEngine.CrossCheckAsync(articles, references, progress, cancellationToken);

    /// <summary>Reads every <c>*.txt</c> and <c>*.md</c> file of a folder (sorted by name) and cross-checks them.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    public static CrossCheckReport RunFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.GetFiles(folder, "*.txt").Concat(Directory.GetFiles(folder, "*.md")).Order(StringComparer.Ordinal);
        return Run(files.Select(Article.FromFile));
    }
}
