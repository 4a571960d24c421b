using BenchmarkDotNet.Attributes;
using FuzzySharp;
using FuzzySharp.PreProcess;
using Fuzz = FuzzySharp.Fuzz;
using Process = FuzzySharp.Process;
using Scandal.Core.Matching;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// One scorer family per class, ours against raw FuzzySharp 2.0.2 (the baseline, no preprocessing) on the fixed pairs.
/// Each operation scores the 16 pairs of a case; Mean is per call (OperationsPerInvoke = 16).
/// </summary>
public abstract class ScorerBenchmarkBase
{
    private (string A, string B)[] pairs = [];

    /// <summary>The input case: L40/L120/L240/L400 (sentence vs mutated copy), P40x240/P60x400 (fragment vs text).</summary>
    public abstract string Case { get; set; }

    [GlobalSetup]
    public void Setup() => pairs = ScorerInputs.Case(Case);

    protected int RunOurs(Func<string, string, double> score)
    {
        var sum = 0;
        foreach (var (a, b) in pairs)
        {
            sum += (int)score(a, b);
        }

        return sum;
    }

    protected int RunTheirs(Func<string, string, int> score)
    {
        var sum = 0;
        foreach (var (a, b) in pairs)
        {
            sum += score(a, b);
        }

        return sum;
    }
}

[MemoryDiagnoser]
public class RatioScorerBenchmarks : ScorerBenchmarkBase
{
    [Params("L40", "L120", "L240", "L400")]
    public override string Case { get; set; } = "L120";

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int FuzzySharp() => RunTheirs((a, b) => Fuzz.Ratio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ours() => RunOurs((a, b) => FuzzyScorer.Ratio(a, b));
}

[MemoryDiagnoser]
public class PartialRatioScorerBenchmarks : ScorerBenchmarkBase
{
    [Params("L40", "L120", "L400", "P40x240", "P60x400")]
    public override string Case { get; set; } = "L120";

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int FuzzySharp() => RunTheirs((a, b) => Fuzz.PartialRatio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ours() => RunOurs((a, b) => FuzzyScorer.PartialRatio(a, b));
}

[MemoryDiagnoser]
public class TokenScorerBenchmarks : ScorerBenchmarkBase
{
    [Params("L40", "L120", "L240")]
    public override string Case { get; set; } = "L120";

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int FuzzySharpTokenSet() => RunTheirs((a, b) => Fuzz.TokenSetRatio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int OursTokenSet() => RunOurs((a, b) => FuzzyScorer.TokenSetRatio(a, b));

    [Benchmark(OperationsPerInvoke = 16)]
    public int FuzzySharpTokenSort() => RunTheirs((a, b) => Fuzz.TokenSortRatio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int OursTokenSort() => RunOurs((a, b) => FuzzyScorer.TokenSortRatio(a, b));
}

[MemoryDiagnoser]
public class WRatioScorerBenchmarks : ScorerBenchmarkBase
{
    [Params("L40", "L120", "L240", "L400")]
    public override string Case { get; set; } = "L120";

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int FuzzySharp() => RunTheirs((a, b) => Fuzz.WeightedRatio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ours() => RunOurs((a, b) => FuzzyScorer.WRatio(a, b));
}

/// <summary>Best of the 10,000 choices for the query with WRatio and a cutoff of 80. FuzzySharp takes about half a minute per call.</summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ExtractScorerBenchmarks
{
    private string query = string.Empty;
    private string[] choices = [];

    [GlobalSetup]
    public void Setup()
    {
        query = ScorerInputs.Query;
        choices = ScorerInputs.Choices;
    }

    [Benchmark(Baseline = true)]
    public int FuzzySharp() => Process.ExtractOne(query, choices, s => s, global::FuzzySharp.SimilarityRatio.ScorerCache.Get<global::FuzzySharp.SimilarityRatio.Scorer.Composite.WeightedRatioScorer>(), 80)?.Index ?? -1;

    [Benchmark]
    public int Ours() => Extract.OneWRatio(query, choices, 80).Index;
}
