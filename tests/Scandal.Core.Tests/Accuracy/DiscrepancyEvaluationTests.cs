using System.Text.Json;
using Scandal.Core.Benchmarks.Accuracy;

namespace Scandal.Core.Tests.Accuracy;

/// <summary>The accuracy evaluator's matching, on tiny invented stories and hand-written report JSON.</summary>
public class DiscrepancyEvaluationTests
{
    private const string DocA = "The head teacher spoke on Monday. “We’ll not close the school,” Ms Adeyemi said.";
    private const string DocB = "“We will close the school,” Adeyemi said. “Thank you all for coming.”";
    private const string DocC = "«Non chiuderemo la scuola», ha detto Adeyemi.";

    private static readonly GoldStory Gold = GoldStory.Parse("school", """
        {
          "statements": [
            { "id": "school", "speaker": "Ada Adeyemi", "text": "We will not close the school.",
              "renderings": [ { "document": "a", "quote": "We’ll not close the school," }, { "document": "b", "quote": "We will close the school," } ] },
            { "id": "thanks", "speaker": "Ada Adeyemi", "text": "Thank you all for coming.",
              "renderings": [ { "document": "b", "quote": "Thank you all for coming." } ] }
          ],
          "discrepancies": [
            { "document": "b", "statement": "school", "kind": "Omission", "expected": "not", "actual": "", "material": true }
          ],
          "neutral": [
            { "document": "a", "statement": "school", "expected": "We will", "actual": "We’ll", "reason": "contraction" }
          ],
          "translations": [ { "document": "c", "statement": "school", "quote": "Non chiuderemo la scuola", "language": "it" } ],
          "claims": [ { "kind": "name", "values": ["Clinton", "Clifton"], "expect": "distinct" } ]
        }
        """);

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal) { ["a"] = DocA, ["b"] = DocB, ["c"] = DocC };

    [Fact]
    public void Words_TrimPunctuationAndBrackets_KeepCensoredForms_SplitOnDashes()
    {
        Assert.Equal(["he", "should", "pay", "for", "it"], DiscrepancyEvaluation.Words("He should pay [for] it,"));
        Assert.Equal(["i've", "so", "f***ing", "tired"], DiscrepancyEvaluation.Words("I’ve so f***ing tired"));
        Assert.Equal(["society", "period"], DiscrepancyEvaluation.Words("society—period"));
        Assert.Equal(["cast", "crew"], DiscrepancyEvaluation.Words("cast & crew"));
    }

    [Fact]
    public void FindQuoted_SkipsAnOccurrenceOutsideQuoteMarks()
    {
        const string text = "He said close the school twice. “close the school” he said.";
        var found = DiscrepancyEvaluation.FindQuoted(text, "close the school");
        Assert.Equal(text.IndexOf("“", StringComparison.Ordinal) + 1, found!.Value.Start);
        Assert.Null(DiscrepancyEvaluation.FindQuoted(text, "said close"));
    }

    [Fact]
    public void Evaluate_MatchesKindIgnoringCase_AndByOverlappingWords()
    {
        var result = Evaluate(Report(discrepanciesB: [Discrepancy("omission", "not", "", DocB, "close", weight: 1, material: true)]));

        var outcome = Assert.Single(result.Gold);
        Assert.True(outcome.Found);
        Assert.True(outcome.MaterialFlagged);
        Assert.True(Assert.Single(result.Predicted).Correct);
    }

    [Fact]
    public void Evaluate_OtherKindOrOtherWords_IsAMissAndAFalseAlarm()
    {
        var result = Evaluate(Report(discrepanciesB:
        [
            Discrepancy("substitution", "not", "", DocB, "close", weight: 1),
            Discrepancy("omission", "the", "", DocB, "the", weight: 1),
        ]));

        Assert.False(Assert.Single(result.Gold).Found);
        Assert.All(result.Predicted, p => Assert.False(p.Correct));
        Assert.Equal(2, result.Predicted.Count);
    }

    [Fact]
    public void Evaluate_WeightZeroIsNeitherFoundNorFalseAlarm_ButItsReasonIsRead()
    {
        var result = Evaluate(Report(
            discrepanciesA: [Discrepancy("typography", "We will", "We’ll", DocA, "We’ll", weight: 0, reason: "contraction")],
            discrepanciesB: [Discrepancy("omission", "not", "", DocB, "close", weight: 0)]));

        Assert.False(Assert.Single(result.Gold).Found);
        Assert.Empty(result.Predicted);
        var neutral = Assert.Single(result.Neutral);
        Assert.Null(neutral.AccusedBy);
        Assert.True(neutral.ReasonReported);
        Assert.True(result.ReportHasReasons);
    }

    [Fact]
    public void Evaluate_CountedDiscrepancyOnANeutralChange_Accuses()
    {
        var result = Evaluate(Report(discrepanciesA: [Discrepancy("substitution", "will", "We’ll", DocA, "We’ll", weight: 1)]));

        var neutral = Assert.Single(result.Neutral);
        Assert.NotNull(neutral.AccusedBy);
        Assert.Equal("substitution", neutral.AccusedBy!.Kind);
        Assert.False(neutral.ReasonReported);
    }

    [Fact]
    public void Evaluate_Grouping_OkOnlyWhenRenderingsShareOneStatementOfTheirOwn()
    {
        var together = Evaluate(Report());
        Assert.True(together.Grouping.Single(g => g.Statement == "school").Ok);
        Assert.True(together.Grouping.Single(g => g.Statement == "thanks").Ok);

        var split = Evaluate(Report(splitSchool: true));
        Assert.Contains("split", split.Grouping.Single(g => g.Statement == "school").Detail, StringComparison.Ordinal);

        var merged = Evaluate(Report(mergeThanks: true));
        Assert.False(merged.Grouping.Single(g => g.Statement == "school").Ok);
        Assert.False(merged.Grouping.Single(g => g.Statement == "thanks").Ok);
    }

    [Fact]
    public void Evaluate_WordSalad_IsAPairNoRenderingHas_UnlessAGapSeparatesIt()
    {
        // a has "We’ll not", b has "We will close": "will not" is in neither.
        var salad = Evaluate(Report(consensus: ["We", "will", "not", "close", "the", "school"]));
        Assert.Equal(1, salad.MultiSourceStatements);
        var pair = Assert.Single(salad.SaladPairs);
        Assert.Equal(("will", "not"), (pair.First, pair.Second));

        var gapped = Evaluate(Report(consensus: ["We", "will", "…", "not", "close", "the", "school"], gapAt: 2));
        Assert.Empty(gapped.SaladPairs);
        Assert.Empty(gapped.SaladStatements);

        var duplicated = Evaluate(Report(consensus: ["We", "We", "will", "close", "the", "school"]));
        Assert.Contains(duplicated.SaladPairs, p => p.First == "we" && p.Second == "we");
    }

    [Fact]
    public void Evaluate_Translation_DetectedFromTheTopLevelList()
    {
        Assert.False(Assert.Single(Evaluate(Report()).Translations).Detected);
        Assert.True(Assert.Single(Evaluate(Report(translationQuote: "c#q1")).Translations).Detected);
    }

    [Fact]
    public void Evaluate_Claims_TwoSurnamesReportedAsOneNameIsNotMet()
    {
        Assert.True(Assert.Single(Evaluate(Report()).Claims).Met);
        Assert.False(Assert.Single(Evaluate(Report(clintonClifton: true)).Claims).Met);
    }

    private static StoryEvaluation Evaluate(string json) => DiscrepancyEvaluation.Evaluate(Gold, Texts, json);

    private static Dictionary<string, object?> Discrepancy(string kind, string expected, string actual, string doc, string at, double weight, bool material = false, string? reason = null)
    {
        var start = doc.IndexOf(at, StringComparison.Ordinal);
        var d = new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["expected"] = expected,
            ["actual"] = actual,
            ["start"] = start,
            ["end"] = actual.Length == 0 ? start : start + at.Length,
            ["signalled"] = false,
            ["contested"] = false,
            ["weight"] = weight,
        };
        if (material)
        {
            d["material"] = true;
        }

        if (reason is not null)
        {
            d["reason"] = reason;
        }

        return d;
    }

    private static object Quote(string id, string doc, string text, string quoted)
    {
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        return new { id, documentId = doc, speaker = "Ada Adeyemi", kind = "direct", text = quoted, spans = new[] { new { start, end = start + quoted.Length } } };
    }

    private static object Witness(string quoteId, string doc, List<Dictionary<string, object?>>? discrepancies) =>
        new { quoteId, documentId = doc, fidelity = 1.0, coverage = 1.0, coveredWords = 5, discrepancies = discrepancies ?? [] };

    private static string Report(
        List<Dictionary<string, object?>>? discrepanciesA = null,
        List<Dictionary<string, object?>>? discrepanciesB = null,
        bool splitSchool = false,
        bool mergeThanks = false,
        string[]? consensus = null,
        int gapAt = -1,
        string? translationQuote = null,
        bool clintonClifton = false)
    {
        var words = (consensus ?? ["We", "will", "close", "the", "school"])
            .Select((w, i) => i == gapAt ? (object)new { text = w, documentIds = Array.Empty<string>(), covering = 0, gap = true } : new { text = w, documentIds = new[] { "a", "b" }, covering = 2 })
            .ToList();
        var witnessA = Witness("a#q1", "a", discrepanciesA);
        var witnessB = Witness("b#q1", "b", discrepanciesB);
        var witnessThanks = Witness("b#q2", "b", null);
        var statements = new List<object>();
        if (splitSchool)
        {
            statements.Add(new { id = "s1", singleSource = true, words, witnesses = new[] { witnessA } });
            statements.Add(new { id = "s2", singleSource = true, words, witnesses = new[] { witnessB } });
        }
        else
        {
            statements.Add(new { id = "s1", singleSource = false, words, witnesses = mergeThanks ? [witnessA, witnessB, witnessThanks] : new[] { witnessA, witnessB } });
        }

        if (!mergeThanks)
        {
            statements.Add(new { id = "s3", singleSource = true, words, witnesses = new[] { witnessThanks } });
        }

        var claims = clintonClifton
            ? new[]
            {
                new
                {
                    id = "c1", kind = "name", topic = "Clinton", consistent = false,
                    readings = new[]
                    {
                        new { value = "Jamal Clinton", documentIds = new[] { "a" }, mentions = new[] { new { documentId = "a", text = "Jamal Clinton", start = 0, end = 0 } } },
                        new { value = "Ross Clifton", documentIds = new[] { "b" }, mentions = new[] { new { documentId = "b", text = "Ross Clifton", start = 0, end = 0 } } },
                    },
                },
            }
            : [];
        var report = new Dictionary<string, object>
        {
            ["schemaVersion"] = 1,
            ["quotes"] = new[]
            {
                Quote("a#q1", "a", DocA, "We’ll not close the school,"),
                Quote("b#q1", "b", DocB, "We will close the school,"),
                Quote("b#q2", "b", DocB, "Thank you all for coming."),
                Quote("c#q1", "c", DocC, "Non chiuderemo la scuola"),
            },
            ["statements"] = statements,
            ["claims"] = claims,
        };
        if (translationQuote is not null)
        {
            report["translations"] = new[] { new { documentId = "c", quoteId = translationQuote, language = "it" } };
        }

        return JsonSerializer.Serialize(report);
    }
}
