using BenchmarkDotNet.Attributes;
using FuzzySharp.PreProcess;
using Scandal.Core.Matching;
using SharpFuzz = FuzzySharp.Fuzz;
using SharpProcess = FuzzySharp.Process;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// The public API (<see cref="Fuzz"/>: RapidFuzz's definitions, unrounded) on the same fixed pairs as the internal
/// scorers, against raw FuzzySharp 2.0.2 WeightedRatio (the baseline). Mean is per call (OperationsPerInvoke = 16).
/// </summary>
[MemoryDiagnoser]
public class PublicScorerBenchmarks : ScorerBenchmarkBase
{
    [Params("L40", "L120", "L240", "L400", "P60x400")]
    public override string Case { get; set; } = "L120";

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int FuzzySharpWRatio() => RunTheirs(static (a, b) => SharpFuzz.WeightedRatio(a, b, PreprocessMode.None));

    [Benchmark(OperationsPerInvoke = 16)]
    public int WRatio() => RunOurs(static (a, b) => Fuzz.WRatio(a, b));

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ratio() => RunOurs(static (a, b) => Fuzz.Ratio(a, b));

    [Benchmark(OperationsPerInvoke = 16)]
    public int PartialRatio() => RunOurs(static (a, b) => Fuzz.PartialRatio(a, b));

    [Benchmark(OperationsPerInvoke = 16)]
    public int TokenSetRatio() => RunOurs(static (a, b) => Fuzz.TokenSetRatio(a, b));
}

/// <summary>Best of the 10,000 choices through the public <see cref="Process"/>: ratio (no cutoff) and WRatio (cutoff 80).</summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class PublicExtractBenchmarks
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
    public int FuzzySharpRatio() => SharpProcess.ExtractOne(query, choices, s => s, global::FuzzySharp.SimilarityRatio.ScorerCache.Get<global::FuzzySharp.SimilarityRatio.Scorer.StrategySensitive.DefaultRatioScorer>())?.Index ?? -1;

    [Benchmark]
    public int Ratio() => Process.ExtractOne(query, choices, Scorer.Ratio)?.Index ?? -1;

    [Benchmark]
    public int WRatioCutoff80() => Process.ExtractOne(query, choices, Scorer.WRatio, scoreCutoff: 80)?.Index ?? -1;
}
