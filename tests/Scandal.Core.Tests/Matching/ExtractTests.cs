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

    [Fact]
    public void CachedWRatio_WithCutoffs_EqualsWRatioAboveTheCutoffAndZeroBelow()
    {
        // The cutoff lets the cached query skip components by bounds (shared characters, token lengths, window counts);
        // none of it may change a score that reaches the cutoff. Queries and choices repeat tokens and differ in length,
        // so that token_set's deduplication and the partial ratios are exercised.
        var random = new Random(17);
        var pairs = FuzzyScorerTests.Pairs(120, 21, 40).Select(p => ((string)p[0], (string)p[1])).ToList();
        foreach (var (query, _) in pairs.Take(12))
        {
            var repeated = query + " " + query.Split(' ')[0];
            foreach (var q in new[] { query, repeated })
            {
                var cached = new CachedWRatio(q);
                foreach (var (a, b) in pairs)
                {
                    var choice = random.Next(3) switch
                    {
                        0 => b,
                        1 => q[..Math.Max(1, q.Length / 2)] + " " + a,
                        _ => a + " " + a,
                    };
                    var exact = FuzzyScorer.WRatio(q, choice);
                    foreach (var cutoff in new[] { 30.0, 60.0, 80.0, 90.0, 99.0 })
                    {
                        var got = cached.Score(choice, cutoff);
                        Assert.True((exact >= cutoff ? exact : 0) == got, $"cutoff {cutoff}: exact {exact}, cached {got} for \u0027{q}\u0027 / \u0027{choice}\u0027");
                    }
                }
            }
        }
    }
}
