using Scandal.Core.Matching;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.Matching;

public class ExtractTests
{
    private static readonly string Data = Path.Combine(TestPaths.Repository, "benchmarks", "Scandal.Core.Benchmarks", "data");

    [Fact]
    public void OneWRatio_BenchmarkInputs_EqualsScoringEveryChoice()
    {
        var query = File.ReadAllText(Path.Combine(Data, "query.txt")).TrimEnd('\r', '\n');
        var choices = File.ReadAllLines(Path.Combine(Data, "choices.txt"));

        var (index, score) = Extract.OneWRatio(query, choices, 80);

        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < choices.Length; i++)
        {
            var s = FuzzyScorer.WRatio(query, choices[i]);
            if (s >= 80 && s > bestScore)
            {
                (best, bestScore) = (i, s);
            }
        }

        Assert.Equal((best, bestScore), (index, score));
        Assert.True(index >= 0);
    }

    [Fact]
    public void OneWRatio_NothingAboveCutoff_ReturnsMinusOne()
    {
        var (index, score) = Extract.OneWRatio("completely different words", ["zzz qqq", "xxx yyy www"], 90);

        Assert.Equal((-1, 0.0), (index, score));
    }

    [Fact]
    public void CachedWRatio_WithoutCutoff_EqualsWRatio()
    {
        var cached = new CachedWRatio("the safety of children must be held with the highest regard");
        foreach (var pair in FuzzyScorerTests.Pairs(300, 9, 30))
        {
            var choice = (string)pair[1];
            Assert.Equal(FuzzyScorer.WRatio("the safety of children must be held with the highest regard", choice), cached.Score(choice, 0));
        }
    }
}
