using BenchmarkDotNet.Attributes;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// Quote extraction over the five seed articles (about 22 KB of text per operation).
/// Throughput in MB/s = total seed bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly QuoteExtractor extractor = new();
    private Article[] articles = [];

    /// <summary>Total characters of article text processed per operation.</summary>
    public int Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        articles = Directory.GetFiles(BenchmarkData.SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(Article.FromFile).ToArray();
        Characters = articles.Sum(a => a.Text.Length);
    }

    [Benchmark]
    public int ExtractSeeds()
    {
        var count = 0;
        foreach (var article in articles)
        {
            count += extractor.Extract(article).Quotes.Count;
        }

        return count;
    }
}
