using BenchmarkDotNet.Attributes;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// Issue 12, defect 7, end to end through <see cref="ScandalEngine"/>: three outlets quoting a text of
/// <see cref="Words"/> words, one with a changed word. Past four million cells the aligner works between anchors
/// (unique word trigrams): the time should roughly double with the words. The text is invented filler.
/// </summary>
[MemoryDiagnoser]
public class LongQuoteBenchmarks
{
    private static readonly ScandalEngine Engine = new(new ScandalOptions
    {
        MaxDegreeOfParallelism = 1,
        CheckClaims = false,
        Extraction = new ExtractionOptions { MaxQuoteLength = 400_000 },
    });

    private Article[] articles = [];

    /// <summary>How many words the quotation has.</summary>
    [Params(1000, 2000, 4000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] vocabulary = ["the", "river", "authority", "reviewed", "every", "pumping", "station", "along", "valley", "found", "ageing", "pipes", "lose", "nearly", "third", "of", "treated", "water", "before", "homes", "engineers", "recommend", "replacing", "mains", "under", "market", "towns"];
        var random = new Random(12);
        var words = Enumerable.Range(0, Words).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
        var original = string.Join(' ', words);
        words[Words / 2] = "scarcely";
        articles =
        [
            Article.FromText("a", $"The minister read the report aloud. “{original}” the minister said."),
            Article.FromText("b", $"The minister read the report aloud. “{original}” the minister said."),
            Article.FromText("c", $"The minister read the report aloud. “{string.Join(' ', words)}” the minister said."),
        ];
    }

    [Benchmark]
    public int LongQuotation() => Engine.CrossCheck(articles).Statements.Count;
}
