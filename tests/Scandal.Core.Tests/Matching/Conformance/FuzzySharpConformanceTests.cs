using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching.Conformance;

/// <summary>
/// Cases transcribed from FuzzySharp's public test suite (FuzzySharp.Test/FuzzyTests/RatioTests.cs and ProcessTests.cs,
/// "FS"): its inputs and expected integers, our tests. FuzzySharp rounds to integers; we compare <c>Math.Round(ours)</c>.
/// Its <c>PreprocessMode.Full</c> is our <see cref="Preprocess.AsciiAlphanumeric"/>; its <c>Fuzz</c> methods default to
/// no processing and its <c>Process</c> methods to Full. Where FuzzySharp differs from RapidFuzz we follow RapidFuzz and
/// say so in the test's name (see the README's migration table).
/// </summary>
public class FuzzySharpConformanceTests
{
    private const string S1 = "new york mets";
    private const string S2 = "new YORK mets";
    private const string S3 = "the wonderful new york mets";
    private const string S4 = "new york mets vs atlanta braves";
    private const string S5 = "atlanta braves vs new york mets";
    private const string S7 = "new york city mets - atlanta braves";
    private const Preprocess Full = Preprocess.AsciiAlphanumeric;
    private const Preprocess None = Preprocess.None;

    private static double Rounded(double score) => Math.Round(score, MidpointRounding.ToEven);

    [Theory] // FS Test_Equal, Test_Case_Insensitive, Test_Partial, TestTokenSortRatio, TestEmptyStringsScore100
    [InlineData(Scorer.Ratio, S1, S1, None, 100)]
    [InlineData(Scorer.Ratio, "{", "{", None, 100)]
    [InlineData(Scorer.Ratio, "{a", "{a", None, 100)]
    [InlineData(Scorer.Ratio, S1, S2, Full, 100)]
    [InlineData(Scorer.PartialRatio, S1, S3, None, 100)]
    [InlineData(Scorer.TokenSortRatio, S1, S1, None, 100)]
    [InlineData(Scorer.Ratio, "", "", None, 100)]
    [InlineData(Scorer.PartialRatio, "", "", None, 100)]
    [InlineData(Scorer.WRatio, S1, S1, None, 100)]
    [InlineData(Scorer.WRatio, S1, S2, Full, 100)]
    [InlineData(Scorer.WRatio, S1, S3, None, 90)]
    [InlineData(Scorer.WRatio, S4, S5, None, 95)]
    [InlineData(Scorer.Ratio, "\u00C1", "ABCD", None, 0)]
    [InlineData(Scorer.PartialRatio, "\u00C1", "ABCD", None, 0)]
    [InlineData(Scorer.WRatio, "\u00C1", "ABCD", None, 0)]
    public void Scores(Scorer scorer, string a, string b, Preprocess processor, double expected) =>
        Assert.Equal(expected, Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, processor, 0)));

    [Fact] // FS Test_Case_Insensitive
    public void Ratio_CaseDiffers_IsBelow100() => Assert.NotEqual(100, Rounded(Fuzz.Ratio(S1, S2)));

    [Theory] // FS TestPartialTokenSortRatio (all but the last case)
    [InlineData(S1, S1, Full)]
    [InlineData(S4, S5, Full)]
    [InlineData("{", "{", None)]
    [InlineData("{a", "{a", Full)]
    [InlineData("{a", "{a", None)]
    public void PartialTokenSortRatio_SameWords_Is100(string a, string b, Preprocess processor) =>
        Assert.Equal(100, Rounded(Fuzz.PartialTokenSortRatio(a, b, processor)));

    [Fact] // FS TestPartialTokenSortRatio expects 50 for ("a{", "{b"); thefuzz and RapidFuzz give 67: the window "{" at the start
    public void PartialTokenSortRatio_WindowAtTheStart_Is67AsInRapidFuzzNot50AsInFuzzySharp() =>
        Assert.Equal(66.66667, Fuzz.PartialTokenSortRatio("a{", "{b"), 4);

    [Theory] // FS TestTokenSetRatio
    [InlineData(S4, S5, Full, 100)]
    [InlineData("{", "{", None, 100)]
    [InlineData("{a", "{a", Full, 100)]
    [InlineData("{a", "{a", None, 100)]
    [InlineData("a{", "{b", None, 50)]
    public void TokenSetRatio_Cases(string a, string b, Preprocess processor, double expected) =>
        Assert.Equal(expected, Rounded(Fuzz.TokenSetRatio(a, b, processor)));

    [Fact] // FS TestPartialTokenSetRatio
    public void PartialTokenSetRatio_SharedWords_Is100() => Assert.Equal(100, Rounded(Fuzz.PartialTokenSetRatio(S4, S7)));

    [Theory] // FS TestIssueSeven
    [InlineData("HSINCHUANG", "SINJHUAN")]
    [InlineData("HSINCHUANG", "LSINJHUANG DISTRIC")]
    [InlineData("HSINCHUANG", "SINJHUANG DISTRICT")]
    public void PartialRatio_IssueSeven_Above75(string a, string b) => Assert.True(Fuzz.PartialRatio(a, b) > 75);

    [Theory] // FS TestWRatioUnicodeString: Cyrillic and Chinese, no processing
    [InlineData("\u043f\u0441\u0438\u0445\u043e\u043b\u043e\u0433", "\u043f\u0441\u0438\u0445\u043e\u0442\u0435\u0440\u0430\u043f\u0435\u0432\u0442")]
    [InlineData("\u6211\u4e86\u89e3\u6570\u5b66", "\u6211\u5b66\u6570\u5b66")]
    public void WRatio_NonLatinScripts_AreNotZero(string a, string b) => Assert.NotEqual(0, Rounded(Fuzz.WRatio(a, b)));

    [Fact] // FS TestWithScorer: a dictionary's values as the choices
    public void ExtractOne_DictionaryValues()
    {
        var choices = new Dictionary<int, string>
        {
            [1] = "new york mets vs chicago cubs",
            [2] = "chicago cubs vs chicago white sox",
            [3] = "philladelphia phillies vs atlanta braves",
            [4] = "braves vs mets",
        };
        var best = Process.ExtractOne("new york mets at chicago cubs", choices, kv => kv.Value, processor: Full);
        Assert.Equal(1, best?.Choice.Key);
    }

    [Fact] // FS TestWithCutoff (ExtractSorted with cutoff 50: nothing)
    public void ExtractAll_NothingAboveTheCutoff_IsEmpty()
    {
        string[] choices = ["new york mets vs chicago cubs", "chicago cubs at new york mets", "atlanta braves vs pittsbugh pirates", "new york yankees vs boston red sox"];
        Assert.Empty(Process.ExtractAll("los angeles dodgers vs san francisco giants", choices, processor: Full, scoreCutoff: 50));
    }

    [Fact] // FS TestWithCutoff2 (ExtractSorted with cutoff 100: the exact choice first)
    public void ExtractAll_CutoffOf100_FindsTheExactChoiceFirst()
    {
        string[] choices = ["new york mets vs chicago cubs", "chicago cubs at new york mets", "atlanta braves vs pittsbugh pirates", "new york yankees vs boston red sox"];
        var all = Process.ExtractAll("new york mets vs chicago cubs", choices, processor: Full, scoreCutoff: 100);
        Assert.Same(choices[0], all[0].Choice);
        Assert.All(all, m => Assert.Equal(100, m.Score));
    }
}
