using Scandal.Core.Benchmarks.Accuracy;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Accuracy;

/// <summary>The speaker evaluator's matching and normalisation, on tiny invented cases.</summary>
public class SpeakerEvaluationTests
{
    [Theory]
    [InlineData(0, 10, 5, 20, true)] // overlap 5 = half of the shorter (10)
    [InlineData(0, 10, 6, 20, false)] // overlap 4 < 5
    [InlineData(10, 14, 0, 100, true)] // a short span inside a long one
    [InlineData(0, 10, 10, 20, false)] // touching is not overlapping
    [InlineData(0, 9, 5, 14, false)] // overlap 4, shorter 9: 8 < 9
    public void SpansMatch_NeedsHalfOfTheShorterSpan(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        Assert.Equal(expected, SpeakerEvaluation.SpansMatch(new TextSpan(aStart, aEnd), new TextSpan(bStart, bEnd)));
        Assert.Equal(expected, SpeakerEvaluation.SpansMatch(new TextSpan(bStart, bEnd), new TextSpan(aStart, aEnd)));
    }

    [Theory]
    [InlineData("The company", "company")]
    [InlineData("  Ann   KOWAL ", "ann kowal")]
    [InlineData("Dr. Ann Kowal", "ann kowal")]
    [InlineData("Coastal Nurses' Union", "coastal nurses union")]
    [InlineData("Marsh-Okoro", "marsh okoro")]
    [InlineData("a Screen Stars insider", "screen stars insider")]
    [InlineData("The", "the")]
    [InlineData("Benoît Lacasse", "benoît lacasse")]
    public void Normalize_FoldsCasePunctuationSpacesAndALeadingArticle(string speaker, string expected) =>
        Assert.Equal(expected, SpeakerEvaluation.Normalize(speaker));

    [Fact]
    public void SpeakerRight_AcceptsAliasesAndRequiresNullForNull()
    {
        var judge = Gold("a", 0, 5, "the Calder Falls judge", aliases: ["the judge"]);
        var unattributed = Gold("a", 0, 5, null);

        Assert.True(SpeakerEvaluation.SpeakerRight(judge, "The Calder Falls Judge"));
        Assert.True(SpeakerEvaluation.SpeakerRight(judge, "judge"));
        Assert.False(SpeakerEvaluation.SpeakerRight(judge, "Calder Falls"));
        Assert.False(SpeakerEvaluation.SpeakerRight(judge, null));
        Assert.True(SpeakerEvaluation.SpeakerRight(unattributed, null));
        Assert.False(SpeakerEvaluation.SpeakerRight(unattributed, "Signs"));
    }

    [Fact]
    public void SpeakerRight_DoesNotAcceptAPartOfTheName()
    {
        var gold = Gold("a", 0, 5, "Marieke de Wit");

        Assert.False(SpeakerEvaluation.SpeakerRight(gold, "Marieke"));
        Assert.False(SpeakerEvaluation.SpeakerRight(gold, "Coronan Dairy Federation director Marieke de Wit"));
        Assert.True(SpeakerEvaluation.SpeakerRight(gold, "marieke de wit"));
    }

    [Fact]
    public void BestMatch_PrefersTheQuoteCoveringTheFirstPiece()
    {
        var gold = Gold("a", 10, 30, "Ana Ruiz", pieces: [new TextSpan(50, 70)]);
        var second = Found("a", "Someone Else", QuoteKind.Direct, (50, 70));
        var first = Found("a", "Ana Ruiz", QuoteKind.Direct, (10, 30));
        var elsewhere = Found("b", "Ana Ruiz", QuoteKind.Direct, (10, 30));

        Assert.Same(first, SpeakerEvaluation.BestMatch(gold, [second, first, elsewhere]));
        Assert.Same(second, SpeakerEvaluation.BestMatch(gold, [second, elsewhere]));
        Assert.Null(SpeakerEvaluation.BestMatch(gold, [elsewhere]));
    }

    [Fact]
    public void Evaluate_CountsRecallPrecisionAndSpeakers()
    {
        IReadOnlyList<GoldQuote> gold =
        [
            Gold("a", 0, 40, "Tim Guest", pattern: "appositive"),
            Gold("a", 50, 90, "Tim Guest", pattern: "continuation"),
            Gold("a", 100, 110, null, kind: "title", pattern: "trap"),
            Gold("a", 120, 160, "zentro", pattern: "organisation", style: "press-release"),
            Gold("a", 170, 200, null, pattern: "unattributed"),
        ];
        IReadOnlyList<FoundQuote> found =
        [
            Found("a", "Tim Guest", QuoteKind.Direct, (0, 40)),
            Found("a", "Health Authority", QuoteKind.Direct, (50, 90)),
            Found("a", null, QuoteKind.Direct, (100, 110)), // a title taken for a quote
            Found("a", null, QuoteKind.Direct, (300, 320)), // nothing labelled there
            Found("a", null, QuoteKind.Fragment, (170, 200)),
        ];

        var report = SpeakerEvaluation.Evaluate(gold, found);

        Assert.Equal(new Tally(3, 4), report.Recall);
        Assert.Equal(new Tally(2, 4), report.Precision);
        Assert.Equal(1, report.DirectOnTraps);
        Assert.Equal(1, report.DirectOnNothing);
        Assert.Equal(new Tally(1, 1), report.TrapsExtracted);
        Assert.Equal(new Tally(2, 3), report.Speaker);
        Assert.Equal(new GroupFigures(new Tally(0, 1), 1), report.ByPattern["continuation"]);
        Assert.Equal(new GroupFigures(new Tally(0, 0), 1), report.ByPattern["organisation"]);
        Assert.Equal(1, report.ByPattern["organisation"].NotFound);
        Assert.Equal(new GroupFigures(new Tally(2, 3), 3), report.ByStyle["wire"]);
        Assert.False(report.ByPattern.ContainsKey("trap"));
        Assert.Collection(
            report.Misses,
            m => Assert.Equal(("Tim Guest", true, "Health Authority"), (m.Gold.Speaker, m.Found, m.Got)),
            m => Assert.Equal(("zentro", false), (m.Gold.Speaker, m.Found)));
    }

    [Fact]
    public void Evaluate_NestedQuoteFoundInsideItsQuotation_TakesTheOuterSpeaker()
    {
        IReadOnlyList<GoldQuote> gold =
        [
            Gold("a", 0, 100, "Marta Kovač"),
            Gold("a", 40, 60, "Marta Kovač", kind: "nested", aliases: ["Nima Dorje Sherpa"]),
        ];

        var report = SpeakerEvaluation.Evaluate(gold, [Found("a", "Marta Kovač", QuoteKind.Direct, (0, 100))]);

        Assert.Equal(new Tally(2, 2), report.Recall);
        Assert.Equal(new Tally(2, 2), report.Speaker);
        Assert.Equal(new Tally(1, 1), report.Precision);
    }

    [Fact]
    public void ReadGold_ReadsPiecesAliasesAndNullSpeakers()
    {
        const string Lines = """
            {"article": "x.txt", "start": 3, "end": 9, "text": "abcdef", "kind": "direct", "speaker": "Ann Kowal", "aliases": ["Dr. Kowal"], "pattern": "split", "style": "wire", "pieces": [{"start": 20, "end": 25, "text": "ghijk"}]}

            {"article": "x.txt", "start": 30, "end": 35, "text": "lmnop", "kind": "scare", "speaker": null, "pattern": "trap", "style": "wire"}
            """;

        var gold = SpeakerEvaluation.ReadGold(new StringReader(Lines));

        Assert.Equal(2, gold.Count);
        Assert.Equal([new TextSpan(3, 9), new TextSpan(20, 25)], gold[0].Spans);
        Assert.Equal(["Dr. Kowal"], gold[0].Aliases);
        Assert.True(gold[0].IsReal);
        Assert.Null(gold[1].Speaker);
        Assert.False(gold[1].IsReal);
        Assert.Throws<FormatException>(() => SpeakerEvaluation.ReadGold(new StringReader(Lines.Replace("scare", "joke", StringComparison.Ordinal))));
    }

    private static GoldQuote Gold(string article, int start, int end, string? speaker, string kind = "direct", string pattern = "name-verb", string style = "wire", string[]? aliases = null, TextSpan[]? pieces = null) =>
        new(article, [new TextSpan(start, end), .. pieces ?? []], "words", kind, speaker, aliases ?? [], pattern, style);

    private static FoundQuote Found(string article, string? speaker, QuoteKind kind, params (int Start, int End)[] spans) =>
        new(article, speaker, kind, spans.Select(s => new TextSpan(s.Start, s.End)).ToList());
}
