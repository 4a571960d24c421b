using Scandal.Core.Benchmarks.Accuracy;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Accuracy;

/// <summary>
/// Floors under the figures the <c>accuracy</c> command prints on the labelled development corpora, so that a change
/// that loses ground fails here instead of in a later measurement. The floors are what the code reached on 2026-12-01
/// (README, "Accuracy on the development corpora"; the speaker floors after the issue-9 resolver rules), not the
/// issues' goals: raise them as the figures rise.
/// </summary>
public sealed class AccuracyFloorTests
{
    private static readonly string Corpus = Path.Combine(TestPaths.Repository, "tests", "corpus");

    [Fact]
    public void SpeakerCorpus_ExtractionAndSpeakers_HoldTheirFloors()
    {
        var folder = Path.Combine(Corpus, "speakers");
        List<GoldQuote> gold;
        using (var reader = File.OpenText(Path.Combine(folder, "gold.jsonl")))
        {
            gold = SpeakerEvaluation.ReadGold(reader);
        }

        var found = new List<FoundQuote>();
        foreach (var name in gold.Select(g => g.Article).Distinct(StringComparer.Ordinal))
        {
            var result = CrossCheck.Extract(Article.FromFile(Path.Combine(folder, name)));
            found.AddRange(result.Quotes.Select(q => FoundQuote.From(name, q)));
        }

        // The development articles only: the held-out ones (HELD-OUT) have floors of their own (below).
        var heldOut = SpeakerEvaluation.ReadHeldOut(folder);
        Assert.NotEmpty(heldOut);
        var report = SpeakerEvaluation.EvaluateWhere(gold, found, a => !heldOut.Contains(a));

        Assert.True(report.Recall.Percent >= 98, $"extraction recall {report.Recall.Percent:0.0} %");
        Assert.True(report.Precision.Percent >= 96, $"Direct precision {report.Precision.Percent:0.0} %");
        // Articles 60-67 were written on 2026-12-01 by a second author who had not read the rules (35/69 right at
        // first, 68/69 after the fixes); the development articles measured 466/469 (99.4 %) with them. Articles 68, 74
        // and 75 (held out until rules were changed on them on 2026-12-01) joined them at 20/29: 486/498 (97.6 %) in all.
        Assert.True(report.Speaker.Percent >= 97.5, $"speaker accuracy {report.Speaker.Right}/{report.Speaker.Total}");
        // Misses allowed per pattern: those of articles 68 and 74, moved out of HELD-OUT with misses still open
        // ("according to a resolution seen by …", a club speaking through its statement over two paragraphs).
        foreach (var (pattern, misses) in new[]
                 {
                     ("according-to", 1), ("embedded-post", 0), ("media-not-speaker", 0), ("multi-paragraph", 1), ("organisation", 1),
                     ("split", 0), ("trap", 0), ("verb-descriptor-name", 0), ("verb-name", 0),
                 })
        {
            var figures = report.ByPattern[pattern].Speaker;
            Assert.True(figures.Right >= figures.Total - misses, $"{pattern}: {figures.Right}/{figures.Total}");
        }

        // The others at 85 % or above.
        foreach (var pattern in new[] { "appositive", "continuation", "honorific", "name-verb", "other-language", "pronoun", "role", "unattributed" })
        {
            var figures = report.ByPattern[pattern].Speaker;
            Assert.True(figures.Percent >= 85, $"{pattern}: {figures.Right}/{figures.Total}");
        }
    }

    /// <summary>
    /// The held-out speaker articles (<c>tests/corpus/speakers/HELD-OUT</c>, 68-77, written on 2026-12-01 by a fresh
    /// author and never tuned on): 66/97 right before that day's speaker rules, 68/97 after them. Rules were then
    /// changed on 68, 74 and 75, which left the list (development articles now); the seven still held out measure
    /// 53/68 (77.9 %), unchanged by those rules. The floor is that figure, so that a change losing ground on text
    /// nobody tuned on shows here.
    /// </summary>
    [Fact]
    public void HeldOutSpeakerArticles_HoldTheirFloors()
    {
        var folder = Path.Combine(Corpus, "speakers");
        List<GoldQuote> gold;
        using (var reader = File.OpenText(Path.Combine(folder, "gold.jsonl")))
        {
            gold = SpeakerEvaluation.ReadGold(reader);
        }

        var heldOut = SpeakerEvaluation.ReadHeldOut(folder);
        var found = new List<FoundQuote>();
        foreach (var name in heldOut.Order(StringComparer.Ordinal))
        {
            var result = CrossCheck.Extract(Article.FromFile(Path.Combine(folder, name)));
            found.AddRange(result.Quotes.Select(q => FoundQuote.From(name, q)));
        }

        var report = SpeakerEvaluation.EvaluateWhere(gold, found, heldOut.Contains);

        Assert.True(report.Recall.Total > 0);
        Assert.True(report.Recall.Percent >= 98, $"held-out extraction recall {report.Recall.Percent:0.0} %");
        Assert.True(report.Precision.Percent >= 96, $"held-out Direct precision {report.Precision.Percent:0.0} %");
        Assert.True(report.Speaker.Percent >= 77.9, $"held-out speaker accuracy {report.Speaker.Right}/{report.Speaker.Total}");
    }

    [Fact]
    public void StatementCorpus_ConsensusAndDiscrepancies_HoldTheirFloors()
    {
        // The development stories only: the held-out ones have floors of their own (below).
        var results = Evaluate(heldOut: false);
        var gold = results.SelectMany(r => r.Gold).ToList();
        var predicted = results.SelectMany(r => r.Predicted).ToList();
        var recall = (double)gold.Count(g => g.Found) / gold.Count;
        var precision = (double)predicted.Count(p => p.Correct) / predicted.Count;

        Assert.Empty(results.SelectMany(r => r.SaladPairs));
        Assert.DoesNotContain(results.SelectMany(r => r.Neutral), n => n.AccusedBy is not null);
        // One translation may go undetected: commissioner-quota-translations' broadcast prints an English rendering of a
        // French original without saying it was translated (nothing in the text tells it from an English statement).
        var translations = results.SelectMany(r => r.Translations).ToList();
        Assert.True(translations.Count(t => t.Detected) >= translations.Count - 1, string.Join("; ", translations.Where(t => !t.Detected).Select(t => t.Translation.ToString())));
        Assert.All(gold.Where(g => g.Gold.Material), g => Assert.True(g.MaterialFlagged, g.Gold.ToString()));
        Assert.True(recall >= 0.95, $"discrepancy recall {recall:P1}");
        Assert.True(precision >= 0.95, $"discrepancy precision {precision:P1}");
        // Three neutral changes may go without their reason: swimmer-retirement-post's magazine prints two sentences no
        // other outlet prints (centre/center, a dash: nothing to compare with), and its newspaper is the only outlet
        // printing `can't`, with its house apostrophe.
        var neutral = results.SelectMany(r => r.Neutral).ToList();
        Assert.True(neutral.Count(n => n.ReasonReported) >= neutral.Count - 3, string.Join("; ", neutral.Where(n => !n.ReasonReported).Select(n => n.Neutral.ToString())));
        // Four statements may be split: long posts no outlet prints whole (presenter-farewell-post,
        // swimmer-retirement-post), a lone rewording (museum-loan-interview) and a headline fragment of a Spanish
        // quotation with a wrong speaker (manager-penalty-rant).
        var grouping = results.SelectMany(r => r.Grouping).ToList();
        Assert.True(grouping.Count(g => g.Ok) >= grouping.Count - 4, string.Join("; ", grouping.Where(g => !g.Ok).Select(g => g.Statement + ": " + g.Detail)));

        // By kind: recall and precision at 85 % or more for every kind.
        foreach (var kind in GoldStory.Kinds)
        {
            var ofKind = gold.Where(g => g.Gold.Kind == kind).ToList();
            var found = (double)ofKind.Count(g => g.Found) / ofKind.Count;
            Assert.True(found >= 0.85, $"{kind} recall {found:P1}");
            var claimed = predicted.Where(p => string.Equals(p.Predicted.Kind, kind, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(claimed.Count(p => p.Correct) >= claimed.Count * 0.85, $"{kind} precision {claimed.Count(p => p.Correct)}/{claimed.Count}");
        }
    }

    /// <summary>
    /// The stories tagged <c>held-out-2</c> (written on 2026-12-01, 14:35 UTC, by a fresh author who had not read the
    /// rules) measure whether the rules generalise; nothing may be tuned on them. Their floors are what the code reached on
    /// them that day (recall 25/27, precision 25/31, grouping 17/17, translations 1/2, neutral reasons 18/18), so that a
    /// change that loses ground on them shows here; the invariants (no word salad, no neutral change accused, every
    /// material change flagged material) hold on them as on the rest.
    /// </summary>
    [Fact]
    public void HeldOutStatementStories_HoldTheirFloors()
    {
        var results = Evaluate(heldOut: true);
        Assert.NotEmpty(results);
        var gold = results.SelectMany(r => r.Gold).ToList();
        var predicted = results.SelectMany(r => r.Predicted).ToList();

        Assert.Empty(results.SelectMany(r => r.SaladPairs));
        Assert.DoesNotContain(results.SelectMany(r => r.Neutral), n => n.AccusedBy is not null);
        Assert.All(gold.Where(g => g.Gold.Material), g => Assert.True(g.MaterialFlagged, g.Gold.ToString()));
        Assert.True(gold.Count(g => g.Found) * 100 >= gold.Count * 92, $"held-out recall {gold.Count(g => g.Found)}/{gold.Count}");
        Assert.True(predicted.Count(p => p.Correct) * 100 >= predicted.Count * 80, $"held-out precision {predicted.Count(p => p.Correct)}/{predicted.Count}");
        var grouping = results.SelectMany(r => r.Grouping).ToList();
        Assert.All(grouping, g => Assert.True(g.Ok, g.Statement + ": " + g.Detail));
        var translations = results.SelectMany(r => r.Translations).ToList();
        Assert.True(translations.Count(t => t.Detected) * 2 >= translations.Count, $"held-out translations {translations.Count(t => t.Detected)}/{translations.Count}");
        Assert.All(results.SelectMany(r => r.Neutral), n => Assert.True(n.ReasonReported, n.Neutral.ToString()));
    }

    // The statement stories, each cross-checked on its own: the development stories, or those tagged held-out.
    private static List<StoryEvaluation> Evaluate(bool heldOut)
    {
        var results = new List<StoryEvaluation>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Corpus, "statements")).Order(StringComparer.Ordinal))
        {
            var story = GoldStory.Parse(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "gold.json")));
            if (story.Shapes.Any(s => s.StartsWith("held-out", StringComparison.Ordinal)) != heldOut)
            {
                continue;
            }

            var articles = Directory.GetFiles(dir, "*.txt").Select(Article.FromFile).ToList();
            var report = Support.Corpus.Engine.CrossCheck(articles);
            results.Add(DiscrepancyEvaluation.Evaluate(story, articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), JsonReportWriter.Write(report)));
        }

        return results;
    }
}
