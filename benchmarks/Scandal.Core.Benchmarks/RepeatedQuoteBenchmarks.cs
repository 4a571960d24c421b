using BenchmarkDotNet.Attributes;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// Issue 12, defect 1, end to end through <see cref="ScandalEngine"/>: a live blog repeating one quotation
/// <see cref="Repeats"/> times beside two outlets quoting it once. Each document votes once per column, counted in one
/// pass, and each distinct rendering is aligned once: the time should double with the repeats, not quadruple.
/// All text is invented.
/// </summary>
[MemoryDiagnoser]
public class RepeatedQuoteBenchmarks
{
    private const string Said = "The reservoir is at its lowest level in thirty years and every household must cut its water use.";

    private static readonly ScandalEngine Engine = new(new ScandalOptions { MaxDegreeOfParallelism = 1, CheckClaims = false });

    private Article[] blog = [];

    /// <summary>How many times the live blog repeats the quotation.</summary>
    [Params(500, 1000, 2000)]
    public int Repeats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        blog =
        [
            Article.FromText("liveblog", string.Join("\n\n", Enumerable.Range(1, Repeats).Select(i => $"Update {i}: “{Said}” the utility said."))),
            Article.FromText("daily", $"The utility warned residents. “{Said.Replace("thirty", "forty", StringComparison.Ordinal)}” the utility said."),
            Article.FromText("weekly", $"The utility warned residents. “{Said}” the utility said."),
        ];
    }

    [Benchmark]
    public int LiveBlogRepeats() => Engine.CrossCheck(blog).Statements.Count;
}
