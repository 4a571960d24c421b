using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching;

public class ProcessTests
{
    private static readonly string[] Choices =
    [
        "the council approved the budget",
        "council approves budget",
        "the budget was approved by the council",
        "weather warning for the coast",
        "the council approved the budget",
        "budget",
    ];

    [Theory]
    [InlineData(Scorer.Ratio)]
    [InlineData(Scorer.PartialRatio)]
    [InlineData(Scorer.TokenSetRatio)]
    [InlineData(Scorer.WRatio)]
    public void ExtractAll_EqualsScoringEveryChoiceSortedByScoreThenIndex(Scorer scorer)
    {
        const string Query = "The Council approved the budget.";
        var expected = Choices
            .Select((c, i) => new FuzzyMatch<string>(c, RapidFuzzConformanceTestsScore(scorer, Query, c), i))
            .Where(m => m.Score >= 40)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Index)
            .ToArray();

        var all = Process.ExtractAll(Query, Choices, scorer, Preprocess.UnicodeAlphanumeric, 40);

        Assert.Equal(expected, all);
        Assert.Equal(expected.Take(3), Process.Extract(Query, Choices, 3, scorer, Preprocess.UnicodeAlphanumeric, 40));
        Assert.Equal(expected[0], Process.ExtractOne(Query, Choices, scorer, Preprocess.UnicodeAlphanumeric, 40));
    }

    [Fact]
    public void ExtractOne_Ties_KeepTheFirst()
    {
        var best = Process.ExtractOne("the council approved the budget", Choices, Scorer.Ratio);
        Assert.Equal((0, 100.0), (best?.Index, best?.Score));
    }

    [Fact]
    public void Extract_WithSelector_ReturnsTheItems()
    {
        var people = new[] { (Id: 1, Name: "Maria Schmidt"), (Id: 2, Name: "Mario Smith"), (Id: 3, Name: "Anna Kowalska") };
        var matches = Process.Extract("maria schmitt", people, p => p.Name, limit: 2, processor: Preprocess.UnicodeAlphanumeric);
        Assert.Equal([1, 2], matches.Select(m => m.Choice.Id));
        Assert.True(matches[0].Score > matches[1].Score);
    }

    [Fact]
    public void Extract_LimitBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Process.Extract("q", Choices, limit: 0));

    [Fact]
    public void ExtractOne_NoChoices_IsNull() => Assert.Null(Process.ExtractOne("anything", Array.Empty<string>()));

    [Theory]
    [InlineData(Scorer.Ratio)]
    [InlineData(Scorer.WRatio)]
    public void ExtractOne_AllocationDoesNotGrowWithTheChoices(Scorer scorer)
    {
        var random = new Random(3);
        var choices = Enumerable.Range(0, 4000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(20, 300)).Select(_ => (char)random.Next('a', 'k')))).ToArray();
        var query = choices[17][..Math.Min(200, choices[17].Length)];
        var few = choices[..1000];

        // The first passes include the JIT's own allocations (call counting and tiering up mid-loop, which happen in the
        // background after a delay): give it time between attempts and measure once they are over.
        long forFew = -1, forMany = -2;
        for (var attempt = 0; attempt < 100 && forFew != forMany; attempt++)
        {
            if (attempt > 0)
            {
                Thread.Sleep(100);
            }

            Process.ExtractOne(query, choices, scorer);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Process.ExtractOne(query, few, scorer);
            forFew = GC.GetAllocatedBytesForCurrentThread() - before;
            before = GC.GetAllocatedBytesForCurrentThread();
            Process.ExtractOne(query, choices, scorer);
            forMany = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // 3,000 more choices: growth would be kilobytes at least; a tier-up on a loaded machine can still leave a few
        // hundred bytes of JIT allocation in one measurement.
        Assert.InRange(forMany - forFew, -1024, 1024);
    }

    private static double RapidFuzzConformanceTestsScore(Scorer scorer, string a, string b) =>
        Conformance.RapidFuzzConformanceTests.Score(scorer, a, b, Preprocess.UnicodeAlphanumeric, 0);
}
