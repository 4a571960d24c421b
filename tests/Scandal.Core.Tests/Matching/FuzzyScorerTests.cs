using System.Text;
using FuzzySharp;
using FuzzySharp.PreProcess;
using Fuzz = FuzzySharp.Fuzz;
using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching;

/// <summary>Our bit-parallel scorers against FuzzySharp 2.0.2 (the reference), on thousands of seeded pairs.</summary>
public class FuzzyScorerTests
{
    private static readonly string[] Vocabulary =
    [
        "the", "safety", "of", "children", "must", "be", "held", "with", "highest", "regard", "and", "any", "attempts",
        "café", "über", "naïve", "déjà", "vu", "—", "–", "&", "“quoted”", "it’s", "Köln", "Ελλάδα", "мир", "東京", "会議",
        "👏🏽", "🥟", "a", "I", "x", "zzz", "Balance", "BALANCE", "re-evaluating", "accountability", "never", "happened",
    ];

    public static IEnumerable<object[]> Pairs(int count, int seed, int maxWords)
    {
        var random = new Random(seed);
        for (var k = 0; k < count; k++)
        {
            var words = random.Next(1, maxWords);
            var sb = new StringBuilder();
            for (var w = 0; w < words; w++)
            {
                if (w > 0)
                {
                    sb.Append(random.Next(12) == 0 ? "  " : " ");
                }

                sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            }

            var a = sb.ToString();
            yield return [a, Mutate(a, random)];
        }
    }

    private static string Mutate(string s, Random random)
    {
        var chars = new StringBuilder(s);
        var edits = random.Next(0, Math.Max(1, s.Length / 6));
        for (var e = 0; e < edits && chars.Length > 1; e++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, Vocabulary[random.Next(Vocabulary.Length)][0]);
                    break;
                case 2:
                    chars[at] = "abcdeé —x"[random.Next(9)];
                    break;
                default:
                    var cut = random.Next(chars.Length);
                    var piece = chars.ToString(cut, chars.Length - cut);
                    chars.Remove(cut, piece.Length).Insert(0, piece + " ");
                    break;
            }
        }

        return random.Next(5) == 0 ? chars.ToString() + " " + s : chars.ToString();
    }

    [Fact]
    public void Ratio_ThousandsOfPairs_EqualsFuzzySharp()
    {
        foreach (var pair in Pairs(3000, 1, 40).Concat(Pairs(200, 2, 400)))
        {
            var (a, b) = ((string)pair[0], (string)pair[1]);
            Assert.Equal(Fuzz.Ratio(a, b, PreprocessMode.None), FuzzyScorer.RatioInt(a, b));
        }
    }

    [Fact]
    public void TokenSortAndTokenSet_ThousandsOfPairs_EqualFuzzySharp()
    {
        foreach (var pair in Pairs(2000, 3, 40))
        {
            var (a, b) = ((string)pair[0], (string)pair[1]);
            Assert.Equal(Fuzz.TokenSortRatio(a, b, PreprocessMode.None), (int)FuzzyScorer.TokenSortRatio(a, b));
            Assert.Equal(Fuzz.TokenSetRatio(a, b, PreprocessMode.None), (int)FuzzyScorer.TokenSetRatio(a, b));
        }
    }

    [Fact]
    public void PartialRatio_ThousandsOfPairs_EqualsFuzzySharpOrFindsTheBetterWindowItMissed()
    {
        var differ = 0;
        var total = 0;
        foreach (var pair in Pairs(2000, 4, 30))
        {
            var (a, b) = ((string)pair[0], (string)pair[1]);
            total++;
            var theirs = Fuzz.PartialRatio(a, b, PreprocessMode.None);
            var (ours, start, end) = FuzzyScorer.PartialRatioAlignment(a, b);
            if ((int)ours == theirs)
            {
                continue;
            }

            // FuzzySharp only tries windows at its matching blocks: ours must be higher, and the window we report must
            // really score that much by FuzzySharp's own ratio.
            differ++;
            Assert.True(ours > theirs, $"ours {ours} < FuzzySharp {theirs} for '{a}' / '{b}'");
            var shorter = a.Length < b.Length ? a : b;
            var longer = a.Length < b.Length ? b : a;
            var windowScore = Fuzz.Ratio(shorter, longer[start..end], PreprocessMode.None);
            Assert.True(windowScore >= ours || ours == 100, $"window [{start}..{end}) scores {windowScore}, reported {ours}");
        }

        Assert.True(differ * 5 < total, $"{differ} of {total} differ");
    }

    [Fact]
    public void PartialRatio_FragmentsInLongTexts_EqualTheExhaustiveSearch()
    {
        // The window search skips windows it can prove cannot win, reads one-word patterns four windows at a time and
        // starts from the most promising window: none of it may change the score or the (first) best window.
        var random = new Random(23);
        foreach (var pair in Pairs(400, 8, 90))
        {
            var text = (string)pair[0] + " " + (string)pair[1];
            var length = random.Next(1, Math.Min(text.Length, 150) + 1);
            var at = random.Next(text.Length - length + 1);
            var fragment = random.Next(4) == 0 ? (string)Pairs(1, random.Next(), 12).First()[0] : Mutate(text.Substring(at, length), random);

            var expected = ExhaustivePartial(fragment, text);
            var (score, start, end) = FuzzyScorer.PartialRatioAlignment(fragment, text);

            Assert.Equal(expected.Score, score);
            if (score > 0)
            {
                Assert.Equal((expected.Start, expected.End), (start, end));
            }
        }
    }

    [Fact]
    public void PartialRatio_ExactSubstring_Is100EvenWhereFuzzySharpMissesIt()
    {
        // A case of the class FuzzySharp gets wrong: the needle occurs verbatim, yet its matching blocks miss it.
        var (score, start, end) = FuzzyScorer.PartialRatioAlignment("ab", "aXbab");

        Assert.Equal(100, score);
        Assert.Equal("ab", "aXbab"[start..end]);
    }

    [Fact]
    public void WRatio_ThousandsOfPairs_EqualsFuzzySharpWhenPartialsAgree()
    {
        foreach (var pair in Pairs(1500, 5, 40))
        {
            var (a, b) = ((string)pair[0], (string)pair[1]);
            var theirs = Fuzz.WeightedRatio(a, b, PreprocessMode.None);
            var ours = (int)FuzzyScorer.WRatio(a, b);
            if (Fuzz.PartialRatio(a, b, PreprocessMode.None) == (int)FuzzyScorer.PartialRatio(a, b))
            {
                Assert.Equal(theirs, ours);
            }
            else
            {
                Assert.True(ours >= theirs);
            }
        }
    }

    [Theory]
    [InlineData("", "", 100)]
    [InlineData("abc", "", 0)]
    [InlineData("same", "same", 100)]
    [InlineData("abcd", "wxyz", 0)]
    public void Ratio_EdgeCases(string a, string b, double expected)
    {
        Assert.Equal(expected, FuzzyScorer.Ratio(a, b));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(126)]
    [InlineData(127)]
    [InlineData(130)]
    [InlineData(189)]
    [InlineData(190)]
    [InlineData(252)]
    [InlineData(253)]
    [InlineData(1025)]
    [InlineData(3000)]
    public void Ratio_AcrossBlockSizes_MatchesAPlainDynamicProgram(int length)
    {
        var random = new Random(length);
        var a = new string(Enumerable.Range(0, length).Select(_ => "abcdeé東👏 "[random.Next(10)]).ToArray());
        var b = Mutate(a, random);

        Assert.Equal(ReferenceLcs(a, b), Lcs.Length(a, b));
        Assert.Equal(ReferenceLevenshtein(a, b), FuzzyScorer.LevenshteinDistance(a, b));
        Assert.Equal(a.Length + b.Length - (2 * ReferenceLcs(a, b)), FuzzyScorer.IndelDistance(a, b));
    }

    [Fact]
    public void Scores_AreSymmetric()
    {
        foreach (var pair in Pairs(300, 6, 30))
        {
            var (a, b) = ((string)pair[0], (string)pair[1]);
            Assert.Equal(FuzzyScorer.Ratio(a, b), FuzzyScorer.Ratio(b, a));
            Assert.Equal(FuzzyScorer.TokenSetRatio(a, b), FuzzyScorer.TokenSetRatio(b, a));
            Assert.Equal(FuzzyScorer.TokenSortRatio(a, b), FuzzyScorer.TokenSortRatio(b, a));
        }
    }

    private static int ReferenceLcs(string a, string b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
            }
        }

        return dp[a.Length, b.Length];
    }

    private static int ReferenceLevenshtein(string a, string b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            dp[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            dp[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                dp[i, j] = Math.Min(Math.Min(dp[i - 1, j] + 1, dp[i, j - 1] + 1), dp[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return dp[a.Length, b.Length];
    }

    /// <summary>Every full window, then every shorter window at the end; the first best wins, as in our scorer.</summary>
    private static (double Score, int Start, int End) ExhaustivePartial(string a, string b)
    {
        var shorter = a.Length <= b.Length ? a : b;
        var longer = a.Length <= b.Length ? b : a;
        if (shorter.Length == 0)
        {
            return (0, 0, 0);
        }

        double best = -1;
        int bestStart = 0, bestEnd = 0;
        for (var start = 0; start + shorter.Length <= longer.Length; start++)
        {
            var score = FuzzyScorer.Ratio(shorter, longer.AsSpan(start, shorter.Length));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, start + shorter.Length);
                if (best > 99.5)
                {
                    return (100, bestStart, bestEnd);
                }
            }
        }

        for (var start = Math.Max(1, longer.Length - shorter.Length + 1); start < longer.Length; start++)
        {
            var score = FuzzyScorer.Ratio(shorter, longer.AsSpan(start));
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, longer.Length);
            }
        }

        return (best > 99.5 ? 100 : Math.Round(best), bestStart, bestEnd);
    }
}
