using Scandal.Core.Matching;
using Scandal.Core.Tests.Matching.Conformance;

namespace Scandal.Core.Tests.Matching;

/// <summary>The public scorers against <see cref="NaiveScorers"/> on seeded random pairs, with and without cutoffs.</summary>
public class FuzzTests
{
    public static TheoryData<Scorer> AllScorers => new(Enum.GetValues<Scorer>());

    [Theory]
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_RandomPairs_EqualsTheNaiveDefinition(Scorer scorer)
    {
        var random = new Random(11);
        for (var i = 0; i < 400; i++)
        {
            var a = RandomText(random, random.Next(0, i < 360 ? 24 : 80));
            var b = random.Next(3) == 0 ? Mutate(random, a) : RandomText(random, random.Next(0, i < 360 ? 60 : 120));
            var expected = Naive(scorer, a, b);
            var actual = RapidFuzzConformanceTests.Score(scorer, a, b, Preprocess.None, 0);
            Assert.True(Math.Abs(expected - actual) < 1e-9, $"{scorer}('{a}', '{b}'): naive {expected}, ours {actual}");

            // A cutoff never changes a score at or above it, and zeroes one below it (a score within rounding noise of
            // the cutoff may fall either way: the two sides compute it in different orders).
            var cutoff = random.Next(0, 101);
            var withCutoff = RapidFuzzConformanceTests.Score(scorer, a, b, Preprocess.None, cutoff);
            if (Math.Abs(expected - cutoff) > 1e-9)
            {
                Assert.Equal(expected >= cutoff ? actual : 0, withCutoff, 9);
            }
        }
    }

    [Theory]
    [InlineData(Preprocess.AsciiAlphanumeric, "  Café—au LAIT!  ", "caf  au lait")]
    [InlineData(Preprocess.UnicodeAlphanumeric, "  Café—au LAIT!  ", "café au lait")]
    [InlineData(Preprocess.UnicodeAlphanumeric, "Ὀδυσσεύς, 𝒳 ok", "ὀδυσσεύς  𝒳 ok")]
    [InlineData(Preprocess.None, " A-b ", " A-b ")]
    public void Preprocess_Modes_ProduceTheDocumentedText(Preprocess mode, string input, string expected) =>
        Assert.Equal(expected, new CachedScorer(input, Scorer.Ratio, mode).Query);

    [Fact]
    public void Ratio_ProcessorsDiffer_OnAccentedText()
    {
        Assert.Equal(100, Fuzz.Ratio("CAFÉ", "café", Preprocess.UnicodeAlphanumeric));
        Assert.True(Fuzz.Ratio("CAFÉ", "café") < 100);
    }

    [Theory]
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_LongStrings_UsePooledBuffersAndStillMatchTheNaiveDefinition(Scorer scorer)
    {
        var random = new Random(7);
        var a = RandomText(random, 300);
        var b = Mutate(random, a) + " " + RandomText(random, 450);

        // Lower-case letters and spaces only: the Unicode processor just trims.
        Assert.Equal(Naive(scorer, a.Trim(), b.Trim()), RapidFuzzConformanceTests.Score(scorer, a, b, Preprocess.UnicodeAlphanumeric, 0), 9);
        Assert.Equal(Naive(scorer, a, b), RapidFuzzConformanceTests.Score(scorer, a, b, Preprocess.None, 0), 9);
    }

    [Fact]
    public void PairCalls_AllocateNothing()
    {
        var a = "The minister said the budget would be balanced by next spring";
        var b = "the budget will be balanced by spring, the Minister said on Tuesday";
        var cached = new CachedScorer(a, Scorer.WRatio, Preprocess.UnicodeAlphanumeric);
        var scorers = Enum.GetValues<Scorer>();
        foreach (var scorer in scorers)
        {
            RapidFuzzConformanceTests.StringOverload(scorer, a, b, Preprocess.UnicodeAlphanumeric);
        }

        cached.Score(b);

        // Tiered compilation allocates on this thread while methods are call-counted and promoted (measured: about 200 B
        // per call before promotion, 0 after; none with DOTNET_TieredCompilation=0). Promotion happens in the background
        // after a delay, so give it time between rounds and measure until one round runs on settled code. An allocation
        // per call would show in every round.
        var sum = 0.0;
        long allocated = -1;
        for (var round = 0; round < 100 && allocated != 0; round++)
        {
            if (round > 0)
            {
                Thread.Sleep(100);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                foreach (var scorer in scorers)
                {
                    sum += RapidFuzzConformanceTests.StringOverload(scorer, a, b, Preprocess.UnicodeAlphanumeric);
                    sum += RapidFuzzConformanceTests.StringOverload(scorer, a, b);
                }

                sum += cached.Score(b);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    internal static double Naive(Scorer scorer, string a, string b) => scorer switch
    {
        Scorer.Ratio => NaiveScorers.Ratio(a, b),
        Scorer.PartialRatio => NaiveScorers.PartialRatio(a, b),
        Scorer.TokenSortRatio => NaiveScorers.TokenSortRatio(a, b),
        Scorer.TokenSetRatio => NaiveScorers.TokenSetRatio(a, b),
        Scorer.PartialTokenSortRatio => NaiveScorers.PartialTokenSortRatio(a, b),
        Scorer.PartialTokenSetRatio => NaiveScorers.PartialTokenSetRatio(a, b),
        Scorer.WRatio => NaiveScorers.WRatio(a, b),
        Scorer.QRatio => NaiveScorers.QRatio(a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(scorer)),
    };

    /// <summary>Words from a small alphabet (so they repeat and share letters), sometimes with a letter beyond Latin-1.</summary>
    private static string RandomText(Random random, int length)
    {
        const string Alphabet = "abcdeé  ";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(40) == 0 ? 'ж' : Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Mutate(Random random, string s)
    {
        var chars = s.ToList();
        for (var k = random.Next(0, 4); k > 0 && chars.Count > 0; k--)
        {
            chars[random.Next(chars.Count)] = 'x';
        }

        return new string(chars.ToArray());
    }
}
