using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching.Conformance;

/// <summary>
/// Cases transcribed from thefuzz's public test suite (test_thefuzz.py, "TF"): its inputs and expected values, our tests.
/// thefuzz returns <c>int(round(score))</c> of RapidFuzz's scores, so we compare <c>Math.Round(ours)</c> (round half to
/// even, as Python rounds). Its default processing maps to our processors: <c>full_process</c> with
/// <c>force_ascii=True</c> (the default of its token scorers, QRatio and WRatio) to <see cref="Preprocess.AsciiAlphanumeric"/>,
/// with <c>force_ascii=False</c> to <see cref="Preprocess.UnicodeAlphanumeric"/>; its ratio and partial_ratio take no processor.
/// One case differs on purpose (thefuzz scores QRatio("", "") as 100, RapidFuzz as 0: we follow RapidFuzz, see the README).
/// </summary>
public class TheFuzzConformanceTests
{
    private const string S1 = "new york mets";
    private const string S2 = "new YORK mets";
    private const string S3 = "the wonderful new york mets";
    private const string S4 = "new york mets vs atlanta braves";
    private const string S5 = "atlanta braves vs new york mets";
    private const string S7 = "new york city mets - atlanta braves";
    private const Preprocess Ascii = Preprocess.AsciiAlphanumeric;
    private const Preprocess Unicode = Preprocess.UnicodeAlphanumeric;
    private const Preprocess None = Preprocess.None;

    private static readonly string[] Baseball =
    [
        "new york mets vs chicago cubs",
        "chicago cubs vs chicago white sox",
        "philladelphia phillies vs atlanta braves",
        "braves vs mets",
    ];

    private static readonly string[] Games =
    [
        "new york mets vs chicago cubs",
        "chicago cubs at new york mets",
        "atlanta braves vs pittsbugh pirates",
        "new york yankees vs boston red sox",
    ];

    private static double Rounded(double score) => Math.Round(score, MidpointRounding.ToEven);

    [Theory] // TF testEqual, testTokenSortRatio, testPartialRatio, testEmptyStringsScore100
    [InlineData(Scorer.Ratio, S1, S1, None, 100)]
    [InlineData(Scorer.Ratio, "{", "{", None, 100)]
    [InlineData(Scorer.Ratio, "{a", "{a", None, 100)]
    [InlineData(Scorer.Ratio, S1, S2, Unicode, 100)] // testCaseInsensitive: full_process on both
    [InlineData(Scorer.PartialRatio, S1, S3, None, 100)]
    [InlineData(Scorer.TokenSortRatio, S1, S1, Ascii, 100)]
    [InlineData(Scorer.Ratio, "", "", None, 100)]
    [InlineData(Scorer.PartialRatio, "", "", None, 100)]
    public void Scores_Equal(Scorer scorer, string a, string b, Preprocess processor, double expected) =>
        Assert.Equal(expected, Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, processor, 0)));

    [Fact] // TF testCaseInsensitive
    public void Ratio_CaseDiffers_IsBelow100() => Assert.NotEqual(100, Rounded(Fuzz.Ratio(S1, S2)));

    [Theory] // TF testPartialTokenSortRatio
    [InlineData(S1, S1, Ascii, 100)]
    [InlineData(S4, S5, Ascii, 100)]
    [InlineData("{", "{", None, 100)]
    [InlineData("{a", "{a", Ascii, 100)]
    [InlineData("{a", "{a", None, 100)]
    [InlineData("a{", "{b", None, 67)]
    [InlineData("{b", "a{", None, 67)]
    public void PartialTokenSortRatio_Cases(string a, string b, Preprocess processor, double expected) =>
        Assert.Equal(expected, Rounded(Fuzz.PartialTokenSortRatio(a, b, processor)));

    [Theory] // TF testTokenSetRatio
    [InlineData(S4, S5, Ascii, 100)]
    [InlineData("{", "{", None, 100)]
    [InlineData("{a", "{a", Ascii, 100)]
    [InlineData("{a", "{a", None, 100)]
    [InlineData("a{", "{b", None, 50)]
    public void TokenSetRatio_Cases(string a, string b, Preprocess processor, double expected) =>
        Assert.Equal(expected, Rounded(Fuzz.TokenSetRatio(a, b, processor)));

    [Fact] // TF testPartialTokenSetRatio
    public void PartialTokenSetRatio_SharedWords_Is100() => Assert.Equal(100, Rounded(Fuzz.PartialTokenSetRatio(S4, S7, Ascii)));

    [Theory] // TF testQuickRatioEqual, testQuickRatioCaseInsensitive, testWRatioEqual, testWRatioCaseInsensitive, testWRatioStr
    [InlineData(Scorer.QRatio, S1, S1)]
    [InlineData(Scorer.QRatio, S1, S2)]
    [InlineData(Scorer.WRatio, S1, S1)]
    [InlineData(Scorer.WRatio, S1, S2)]
    public void DefaultProcessed_SameWords_Is100(Scorer scorer, string a, string b) =>
        Assert.Equal(100, Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, Ascii, 0)));

    [Fact] // TF testQuickRatioNotEqual
    public void QRatio_PartialMatch_IsBelow100() => Assert.NotEqual(100, Rounded(Fuzz.QRatio(S1, S3, Ascii)));

    [Theory] // TF testWRatioPartialMatch (× 0.9), testWRatioMisorderedMatch (× 0.95)
    [InlineData(S1, S3, 90)]
    [InlineData(S4, S5, 95)]
    public void WRatio_Scaled(string a, string b, double expected) => Assert.Equal(expected, Rounded(Fuzz.WRatio(a, b, Ascii)));

    [Theory] // TF testIssueSeven
    [InlineData("HSINCHUANG", "SINJHUAN")]
    [InlineData("HSINCHUANG", "LSINJHUANG DISTRIC")]
    [InlineData("HSINCHUANG", "SINJHUANG DISTRICT")]
    public void PartialRatio_IssueSeven_Above75(string a, string b) => Assert.True(Rounded(Fuzz.PartialRatio(a, b)) > 75);

    [Theory] // TF testRatioUnicodeString, testPartialRatioUnicodeString, testWRatioUnicodeString, testQRatioUnicodeString
    [InlineData(Scorer.Ratio, None)]
    [InlineData(Scorer.PartialRatio, None)]
    [InlineData(Scorer.WRatio, Ascii)]
    [InlineData(Scorer.QRatio, Ascii)]
    public void AccentedLetterAgainstAscii_IsZero(Scorer scorer, Preprocess processor) =>
        Assert.Equal(0, Rounded(RapidFuzzConformanceTests.Score(scorer, "\u00C1", "ABCD", processor, 0)));

    [Theory] // TF testWRatioUnicodeString, testQRatioUnicodeString with force_ascii=False: Cyrillic and Chinese
    [InlineData(Scorer.WRatio, "\u043f\u0441\u0438\u0445\u043e\u043b\u043e\u0433", "\u043f\u0441\u0438\u0445\u043e\u0442\u0435\u0440\u0430\u043f\u0435\u0432\u0442")]
    [InlineData(Scorer.WRatio, "\u6211\u4e86\u89e3\u6570\u5b66", "\u6211\u5b66\u6570\u5b66")]
    [InlineData(Scorer.QRatio, "\u043f\u0441\u0438\u0445\u043e\u043b\u043e\u0433", "\u043f\u0441\u0438\u0445\u043e\u0442\u0435\u0440\u0430\u043f\u0435\u0432\u0442")]
    [InlineData(Scorer.QRatio, "\u6211\u4e86\u89e3\u6570\u5b66", "\u6211\u5b66\u6570\u5b66")]
    public void NonLatinScripts_WithUnicodeProcessor_AreNotZero(Scorer scorer, string a, string b) =>
        Assert.NotEqual(0, Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, Unicode, 0)));

    [Theory] // TF testQratioForceAscii, testQRatioForceAscii, testPartialTokenSetRatioForceAscii, testPartialTokenSortRatioForceAscii
    [InlineData(Scorer.QRatio, "ABCD\u00C1", "ABCD")]
    [InlineData(Scorer.WRatio, "ABCD\u00C1", "ABCD")]
    [InlineData(Scorer.PartialTokenSetRatio, "ABCD\u00C1 HELP\u00C1", "ABCD HELP")]
    [InlineData(Scorer.PartialTokenSortRatio, "ABCD\u00C1 HELP\u00C1", "ABCD HELP")]
    public void ForceAscii_DropsTheAccentedLetter(Scorer scorer, string a, string b)
    {
        Assert.Equal(100, Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, Ascii, 0)));
        Assert.True(Rounded(RapidFuzzConformanceTests.Score(scorer, a, b, Unicode, 0)) < 100);
    }

    [Theory] // TF testCheckForNone, testCheckEmptyString
    [InlineData(Scorer.Ratio, 100)]
    [InlineData(Scorer.PartialRatio, 100)]
    [InlineData(Scorer.TokenSortRatio, 100)]
    [InlineData(Scorer.PartialTokenSortRatio, 100)]
    [InlineData(Scorer.TokenSetRatio, 0)]
    [InlineData(Scorer.PartialTokenSetRatio, 0)]
    [InlineData(Scorer.WRatio, 0)]
    public void EmptyAndNull(Scorer scorer, double bothEmpty)
    {
        Assert.Equal(bothEmpty, RapidFuzzConformanceTests.Score(scorer, "", "", Ascii, 0));
        Assert.Equal(0, RapidFuzzConformanceTests.Score(scorer, "Some", "", Ascii, 0));
        Assert.Equal(0, RapidFuzzConformanceTests.Score(scorer, "", "Some", Ascii, 0));
        Assert.NotEqual(0, RapidFuzzConformanceTests.Score(scorer, "Some", "Some", Ascii, 0));
        Assert.Equal(0, RapidFuzzConformanceTests.StringOverload(scorer, null, null));
        Assert.Equal(0, RapidFuzzConformanceTests.StringOverload(scorer, "Some", null));
        Assert.Equal(0, RapidFuzzConformanceTests.StringOverload(scorer, null, "Some"));
    }

    [Fact] // TF testCheckEmptyString expects QRatio("", "") == 100; RapidFuzz (which we follow) gives 0
    public void QRatio_TwoEmptyStrings_IsZeroAsInRapidFuzzNotHundredAsInTheFuzz() => Assert.Equal(0, Fuzz.QRatio("", ""));

    [Theory] // TF testGetBestChoice1-4 (extractOne: WRatio, full_process)
    [InlineData("new york mets at atlanta braves", 3)]
    [InlineData("philadelphia phillies at atlanta braves", 2)]
    [InlineData("atlanta braves at philadelphia phillies", 2)]
    [InlineData("chicago cubs vs new york mets", 0)]
    public void ExtractOne_BestChoice(string query, int expected) =>
        Assert.Equal(Baseball[expected], Process.ExtractOne(query, Baseball, processor: Ascii)?.Choice);

    [Fact] // TF testWithProcessor: the selector picks the field to compare
    public void ExtractOne_WithSelector_ComparesTheSelectedField()
    {
        string[][] events =
        [
            ["chicago cubs vs new york mets", "CitiField", "2011-05-11", "8pm"],
            ["new york yankees vs boston red sox", "Fenway Park", "2011-05-11", "8pm"],
            ["atlanta braves vs pittsburgh pirates", "PNC Park", "2011-05-11", "8pm"],
        ];
        var best = Process.ExtractOne("new york mets vs chicago cubs", events, e => e[0], processor: Ascii);
        Assert.Same(events[0], best?.Choice);
    }

    [Fact] // TF testWithScorer
    public void ExtractOne_ScorerChangesTheBestChoice()
    {
        const string Query = "new york mets at chicago cubs";
        Assert.Equal(Games[1], Process.ExtractOne(Query, Games, processor: Ascii)?.Choice);
        Assert.Equal(Games[0], Process.ExtractOne(Query, Games, Scorer.QRatio, Ascii)?.Choice);
        Assert.Equal(Baseball[0], Process.ExtractOne(Query, Baseball, processor: Ascii)?.Choice);
    }

    [Fact] // TF testWithCutoff
    public void ExtractOne_NothingAboveTheCutoff_IsNull() =>
        Assert.Null(Process.ExtractOne("los angeles dodgers vs san francisco giants", Games, processor: Ascii, scoreCutoff: 50));

    [Fact] // TF testWithCutoff2
    public void ExtractOne_CutoffOf100_FindsTheExactChoice()
    {
        var best = Process.ExtractOne("new york mets vs chicago cubs", Games, processor: Ascii, scoreCutoff: 100);
        Assert.NotNull(best);
        Assert.Same(Games[0], best.Value.Choice);
        Assert.Equal(100, best.Value.Score);
    }

    [Fact] // TF testEmptyStrings, testNullStrings
    public void ExtractOne_SkipsEmptyAndNullChoices()
    {
        const string Query = "new york mets at chicago cubs";
        string[] empty = ["", "new york mets vs chicago cubs", "new york yankees vs boston red sox", "", ""];
        string?[] nulls = [null, "new york mets vs chicago cubs", "new york yankees vs boston red sox", null, null];
        Assert.Equal(1, Process.ExtractOne(Query, empty, processor: Ascii)?.Index);
        Assert.Equal(1, Process.ExtractOne(Query, nulls, processor: Ascii)?.Index);
    }

    [Fact] // TF test_list_like_extract: any enumerable, here a generator
    public void Extract_FromAGenerator_ReturnsMatches()
    {
        static IEnumerable<string> Generate()
        {
            yield return "a";
            yield return "Bb";
            yield return "CcC";
        }

        Assert.NotEmpty(Process.Extract("aaa", Generate(), processor: Ascii));
    }

    [Theory] // TF test_simplematch
    [InlineData(Scorer.Ratio)]
    [InlineData(Scorer.PartialRatio)]
    public void ExtractOne_SimpleMatch_Is100(Scorer scorer)
    {
        var best = Process.ExtractOne("a, b", ["a, b"], scorer);
        Assert.Equal(("a, b", 100.0), (best?.Choice, best?.Score));
    }
}
