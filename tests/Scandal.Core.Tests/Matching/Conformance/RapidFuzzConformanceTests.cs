using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching.Conformance;

/// <summary>
/// Cases transcribed from RapidFuzz's public test suite (tests/test_fuzz.py, "RF") and rapidfuzz-cpp's
/// (test/tests-fuzz.cpp, "RF-cpp"): inputs and expected values are theirs, the tests ours. Our scorers follow RapidFuzz's
/// definitions, so every case is expected to hold, unrounded (to the precision the source states).
/// RapidFuzz's <c>token_ratio</c>, <c>partial_token_ratio</c> and <c>partial_ratio_alignment</c> are not public here and
/// their cases are left out.
/// </summary>
public class RapidFuzzConformanceTests
{
    private const string S1 = "new york mets";
    private const string S2 = "new YORK mets";
    private const string S3 = "the wonderful new york mets";
    private const string S4 = "new york mets vs atlanta braves";
    private const string S5 = "atlanta braves vs new york mets";
    private const string S7 = "new york city mets - atlanta braves";

    public static TheoryData<Scorer> AllScorers => new(Enum.GetValues<Scorer>());

    [Theory] // RF test_no_processor, RF-cpp testEqual
    [InlineData(S1, S1)]
    [InlineData("test", "test")]
    [InlineData("{", "{")]
    [InlineData("{a", "{a")]
    public void Ratio_EqualStrings_Is100(string a, string b) => Assert.Equal(100, Fuzz.Ratio(a, b));

    [Theory] // RF test_no_processor, test_ratio_case_censitive
    [InlineData(Preprocess.None)]
    public void Ratio_CaseDiffersWithoutProcessor_IsBelow100(Preprocess processor) => Assert.NotEqual(100, Fuzz.Ratio(S1, S2, processor));

    [Fact] // RF test_partial_ratio, RF-cpp testPartialRatio
    public void PartialRatio_ContainedString_Is100()
    {
        Assert.Equal(100, Fuzz.PartialRatio(S1, S3));
        Assert.Equal(100, Fuzz.PartialRatio(S1, S1));
        Assert.NotEqual(100, Fuzz.Ratio(S1, S3));
    }

    [Fact] // RF test_token_sort_ratio, RF-cpp testTokenSortRatio
    public void TokenSortRatio_Cases()
    {
        Assert.Equal(100, Fuzz.TokenSortRatio(S1, S1));
        Assert.True(Fuzz.TokenSortRatio("metss new york hello", "metss new york hello") > 90);
    }

    [Theory] // RF testPartialTokenSortRatio
    [InlineData(S1, S1)]
    [InlineData(S4, S5)]
    public void PartialTokenSortRatio_SameWords_Is100(string a, string b) => Assert.Equal(100, Fuzz.PartialTokenSortRatio(a, b));

    [Theory] // RF testTokenSetRatio, RF-cpp testTokenSetRatio
    [InlineData(S4, S5, 100)]
    [InlineData("js", "vue js", 100)]
    [InlineData("{", "{", 100)]
    [InlineData("{a", "{a", 100)]
    [InlineData("a{", "{b", 50)]
    public void TokenSetRatio_Cases(string a, string b, double expected) => Assert.Equal(expected, Fuzz.TokenSetRatio(a, b), 4);

    [Theory] // RF testPartialTokenSetRatio, RF-cpp testPartialTokenSetRatio
    [InlineData(S4, S5)]
    [InlineData(S4, S7)]
    public void PartialTokenSetRatio_SharedWords_Is100(string a, string b) => Assert.Equal(100, Fuzz.PartialTokenSetRatio(a, b));

    [Theory] // RF testQuickRatioEqual, testQuickRatioCaseInsensitive (default_process)
    [InlineData(S1, S1)]
    [InlineData(S1, S2)]
    public void QRatio_WithDefaultProcess_Is100(string a, string b) => Assert.Equal(100, Fuzz.QRatio(a, b, Preprocess.UnicodeAlphanumeric));

    [Fact] // RF testQuickRatioNotEqual
    public void QRatio_PartialMatch_IsBelow100() => Assert.NotEqual(100, Fuzz.QRatio(S1, S3));

    [Theory] // RF testWRatioEqual, testWRatioCaseInsensitive (default_process), testWRatioUnicode
    [InlineData(S1, S1, Preprocess.UnicodeAlphanumeric)]
    [InlineData(S1, S2, Preprocess.UnicodeAlphanumeric)]
    [InlineData(S1, S1, Preprocess.None)]
    public void WRatio_EqualAfterProcessing_Is100(string a, string b, Preprocess processor) => Assert.Equal(100, Fuzz.WRatio(a, b, processor));

    [Fact] // RF testWRatioPartialMatch, RF-cpp testWRatioPartialMatch: a partial match is scaled by 0.9
    public void WRatio_PartialMatch_Is90() => Assert.Equal(90, Fuzz.WRatio(S1, S3), 9);

    [Fact] // RF testWRatioMisorderedMatch, RF-cpp: misordered full matches are scaled by 0.95
    public void WRatio_MisorderedMatch_Is95() => Assert.Equal(95, Fuzz.WRatio(S4, S5), 9);

    [Theory] // RF test_issue76, test_issue90, test_issue257, RF-cpp testPartialRatioShortNeedle
    [InlineData("physics 2 vid", "study physics physics 2", 81.81818)]
    [InlineData("physics 2 vid", "study physics physics 2 video", 100)]
    [InlineData("ax b", "a b a c b", 85.71428)]
    [InlineData("001", "220222", 33.33333)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaabacaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb", "aaaaaaaaaaaaaaaaaaaaaaaababaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb", 98.46154)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaababaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb", "aaaaaaaaaaaaaaaaaaaaaaaabacaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb", 98.46154)]
    public void PartialRatio_IssueCases(string a, string b, double expected) => Assert.Equal(expected, Fuzz.PartialRatio(a, b), 4);

    [Fact] // RF test_issue138: a pattern beyond Latin-1 of 65 characters
    public void PartialRatio_Issue138() =>
        Assert.Equal(99.22481, Fuzz.PartialRatio(new string('a', 65), "a" + (char)256 + new string('a', 63)), 4);

    [Fact] // RF test_issue196
    public void WRatio_Issue196_CutoffAboveTheScore_GivesZero()
    {
        Assert.Equal(81.81818, Fuzz.WRatio("South Korea", "North Korea"), 4);
        Assert.Equal(0, Fuzz.WRatio("South Korea", "North Korea", scoreCutoff: 85.4));
        Assert.Equal(0, Fuzz.WRatio("South Korea", "North Korea", scoreCutoff: 85.5));
    }

    [Fact] // RF-cpp testIssue206
    public void TokenSetRatio_Issue206() {
        Assert.Equal(81.81818, Fuzz.TokenSetRatio("South Korea", "North Korea"), 4);
        Assert.Equal(81.81818, Fuzz.TokenSetRatio("South Korea", "North Korea", scoreCutoff: 80), 4);
    }

    [Theory] // RF testIssue206: a cutoff just below the score keeps it
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_CutoffJustBelowScore_KeepsIt(Scorer scorer)
    {
        var score = Score(scorer, "South Korea", "North Korea", Preprocess.None, 0);
        Assert.Equal(score, Score(scorer, "South Korea", "North Korea", Preprocess.None, score - 0.0001));
    }

    [Theory] // RF test_empty_string, RF-cpp testTwoEmptyStrings
    [InlineData(Scorer.Ratio, 100)]
    [InlineData(Scorer.PartialRatio, 100)]
    [InlineData(Scorer.TokenSortRatio, 100)]
    [InlineData(Scorer.PartialTokenSortRatio, 100)]
    [InlineData(Scorer.WRatio, 0)]
    [InlineData(Scorer.QRatio, 0)]
    [InlineData(Scorer.TokenSetRatio, 0)]
    [InlineData(Scorer.PartialTokenSetRatio, 0)]
    public void AnyScorer_TwoEmptyStrings(Scorer scorer, double expected) => Assert.Equal(expected, Score(scorer, "", "", Preprocess.None, 0));

    [Theory] // RF test_empty_string: no words at all
    [InlineData(Scorer.TokenSetRatio)]
    [InlineData(Scorer.PartialTokenSetRatio)]
    public void TokenSet_OnlyWhiteSpace_IsZero(Scorer scorer) => Assert.Equal(0, Score(scorer, "    ", "    ", Preprocess.None, 0));

    [Theory] // RF-cpp testFirstStringEmpty, testSecondStringEmpty
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_OneEmptyString_IsZero(Scorer scorer)
    {
        Assert.Equal(0, Score(scorer, "test", "", Preprocess.None, 0));
        Assert.Equal(0, Score(scorer, "", "test", Preprocess.None, 0));
    }

    [Theory] // RF test_none_string
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_NullString_IsZero(Scorer scorer)
    {
        Assert.Equal(0, new CachedScorer("test", scorer).Score((string?)null));
        Assert.Equal(0, StringOverload(scorer, "test", null));
        Assert.Equal(0, StringOverload(scorer, null, "test"));
    }

    [Theory] // RF test_simple_unicode_tests
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_SimpleUnicode(Scorer scorer)
    {
        Assert.Equal(0, Score(scorer, "ÁÄ", "ABCD", Preprocess.None, 0));
        Assert.Equal(100, Score(scorer, "ÁÄ", "ÁÄ", Preprocess.None, 0));
    }

    [Theory] // RF test_scorer_case_insensitive (default_process)
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_DefaultProcess_IgnoresCase(Scorer scorer) => Assert.Equal(100, Score(scorer, S1, S2, Preprocess.UnicodeAlphanumeric, 0));

    [Theory] // RF test_bytes / test_array: identical strings
    [MemberData(nameof(AllScorers))]
    public void AnyScorer_IdenticalStrings_Is100(Scorer scorer) => Assert.Equal(100, Score(scorer, "the wonderful new york mets", "the wonderful new york mets", Preprocess.None, 0));

    /// <summary>Both doors: the span method and the cached scorer must agree; returns the span method's score.</summary>
    internal static double Score(Scorer scorer, string a, string b, Preprocess processor, double cutoff)
    {
        var direct = Fuzz.Raw(scorer, Processed(processor, a), Processed(processor, b), cutoff);
        var cached = new CachedScorer(a, scorer, processor).Score(b.AsSpan(), cutoff);
        Assert.Equal(direct, cached, 9);
        Assert.Equal(direct, StringOverload(scorer, a, b, processor, cutoff), 9);
        return direct;
    }

    private static string Processed(Preprocess processor, string s) => Preprocessing.ToString(processor, s);

    internal static double StringOverload(Scorer scorer, string? a, string? b, Preprocess processor = Preprocess.None, double cutoff = 0) => scorer switch
    {
        Scorer.Ratio => Fuzz.Ratio(a, b, processor, cutoff),
        Scorer.PartialRatio => Fuzz.PartialRatio(a, b, processor, cutoff),
        Scorer.TokenSortRatio => Fuzz.TokenSortRatio(a, b, processor, cutoff),
        Scorer.TokenSetRatio => Fuzz.TokenSetRatio(a, b, processor, cutoff),
        Scorer.PartialTokenSortRatio => Fuzz.PartialTokenSortRatio(a, b, processor, cutoff),
        Scorer.PartialTokenSetRatio => Fuzz.PartialTokenSetRatio(a, b, processor, cutoff),
        Scorer.WRatio => Fuzz.WRatio(a, b, processor, cutoff),
        Scorer.QRatio => Fuzz.QRatio(a, b, processor, cutoff),
        _ => throw new ArgumentOutOfRangeException(nameof(scorer)),
    };
}
