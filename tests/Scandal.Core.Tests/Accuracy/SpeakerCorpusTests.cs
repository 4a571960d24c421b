using System.Text;
using System.Text.Json;
using Scandal.Core.Benchmarks.Accuracy;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Accuracy;

/// <summary>
/// Integrity of the labelled speaker corpus (tests/corpus/speakers): size and coverage, and that every gold span points
/// at the words it claims, between quotation marks. No accuracy level is asserted here.
/// </summary>
public class SpeakerCorpusTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Repository, "tests", "corpus", "speakers");

    private static readonly string[] Styles = ["wire", "tabloid", "broadcast", "profile", "press-release", "live-blog"];

    private static readonly string[] Patterns =
    [
        "name-verb", "verb-name", "verb-descriptor-name", "appositive", "according-to", "honorific", "continuation",
        "pronoun", "media-not-speaker", "organisation", "role", "other-language", "split", "multi-paragraph",
        "embedded-post", "unattributed", "trap",
    ];

    private static readonly Lazy<List<GoldQuote>> Gold = new(() =>
    {
        using var reader = File.OpenText(Path.Combine(Folder, "gold.jsonl"));
        return SpeakerEvaluation.ReadGold(reader);
    });

    private static readonly Dictionary<string, string> Texts = [];

    [Fact]
    public void Corpus_HasFortyArticlesThreeHundredQuotationsAndSixStyles()
    {
        var gold = Gold.Value;

        Assert.True(gold.Select(g => g.Article).Distinct().Count() >= 40, "at least 40 labelled articles");
        Assert.True(gold.Count >= 300, $"at least 300 labelled quotations, found {gold.Count}");
        Assert.All(Styles, style => Assert.Contains(gold, g => g.Style == style));
        Assert.True(gold.Count(g => g.IsReal) >= 300, "at least 300 of them are real quotations, not traps");
    }

    [Fact]
    public void Corpus_EveryPatternAtLeastEightTimes_AndNoUnknownPattern()
    {
        var counts = Gold.Value.GroupBy(g => g.Pattern).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Patterns, p => Assert.True(counts.GetValueOrDefault(p) >= 8, $"pattern {p}: {counts.GetValueOrDefault(p)} quotations"));
        Assert.All(counts.Keys, p => Assert.Contains(p, Patterns));
    }

    [Fact]
    public void Corpus_HasEveryKindOfTrap_AndArticlesInOtherLanguages()
    {
        var gold = Gold.Value;

        Assert.All(new[] { "scare", "title", "nickname", "nested", "post", "fragment" }, kind => Assert.Contains(gold, g => g.Kind == kind));
        Assert.All(gold.Where(g => !g.IsReal), g => Assert.Null(g.Speaker));
        Assert.True(gold.Where(g => g.Pattern == "other-language").Select(g => g.Article).Distinct().Count() >= 2, "at least two articles in another language");
    }

    [Fact]
    public void Files_AreUtf8WithLfAndNoBom_AndEveryArticleIsLabelled()
    {
        var labelled = Gold.Value.Select(g => g.Article).ToHashSet();
        var files = Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).ToList();

        Assert.Equal(labelled.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Folder, file!));
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{file} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Empty(Article.FromFile(Path.Combine(Folder, file!)).Diagnostics);
        }
    }

    [Fact]
    public void EverySpan_HoldsItsText()
    {
        foreach (var line in File.ReadLines(Path.Combine(Folder, "gold.jsonl")).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            var text = Text(o.GetProperty("article").GetString()!);
            Assert.Equal(o.GetProperty("text").GetString(), Slice(text, o.GetProperty("start").GetInt32(), o.GetProperty("end").GetInt32()));
            if (o.TryGetProperty("pieces", out var pieces))
            {
                foreach (var p in pieces.EnumerateArray())
                {
                    Assert.Equal(p.GetProperty("text").GetString(), Slice(text, p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32()));
                }
            }
        }
    }

    [Fact]
    public void EverySpan_LiesBetweenQuotationMarks()
    {
        foreach (var g in Gold.Value)
        {
            var text = Text(g.Article);
            for (var i = 0; i < g.Spans.Count; i++)
            {
                var span = g.Spans[i];
                var where = $"{g.Article} {span} '{g.Text}'";
                Assert.False(span.IsEmpty, where);
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"{where}: span has white space at an edge");
                var opens = IsMark(Before(text, span.Start));
                var closes = IsMark(After(text, span.End));
                if (g.Kind == "post" && !opens)
                {
                    // A post copied as a paragraph of its own, without quotation marks.
                    Assert.True(AtParagraphStart(text, span.Start), $"{where}: an unquoted post starts a paragraph");
                    continue;
                }

                Assert.True(opens, $"{where}: no opening mark");

                // A piece that runs on into another paragraph ends at its paragraph's end, without a closing mark.
                var runsOn = i < g.Spans.Count - 1 && span.End < text.Length && text[span.End] == '\n';
                Assert.True(closes || runsOn, $"{where}: no closing mark");
            }
        }
    }

    [Fact]
    public void Spans_DoNotOverlap_ExceptNestedQuotesInsideTheirQuotation()
    {
        foreach (var article in Gold.Value.GroupBy(g => g.Article))
        {
            var pieces = article.SelectMany(g => g.Spans.Select(s => (Gold: g, Span: s))).OrderBy(p => p.Span.Start).ToList();
            for (var i = 1; i < pieces.Count; i++)
            {
                var (a, b) = (pieces[i - 1], pieces[i]);
                if (a.Span.Overlaps(b.Span))
                {
                    var inner = a.Span.Contains(b.Span) ? b : a;
                    var outer = inner == b ? a : b;
                    Assert.True(outer.Span.Contains(inner.Span), $"{article.Key}: {a.Span} and {b.Span} cross");
                    Assert.True(inner.Gold.Kind is "nested" or "scare" or "title" or "nickname", $"{article.Key}: {inner.Span} inside a quotation is labelled {inner.Gold.Kind}");
                }
            }
        }
    }

    [Fact]
    public void EveryNamedSpeaker_IsMentionedInItsArticle()
    {
        foreach (var g in Gold.Value.Where(g => g.Speaker is not null))
        {
            var text = Text(g.Article);
            var names = g.Aliases.Prepend(g.Speaker!).ToList();
            var mentioned = names.Exists(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))
                || text.Contains(g.Speaker!.Split(' ')[^1], StringComparison.Ordinal);
            Assert.True(mentioned, $"{g.Article}: speaker '{g.Speaker}' of '{g.Text}' is not in the article");
        }
    }

    private static string Text(string article)
    {
        lock (Texts)
        {
            if (!Texts.TryGetValue(article, out var text))
            {
                text = Article.FromFile(Path.Combine(Folder, article)).Text;
                Texts[article] = text;
            }

            return text;
        }
    }

    private static string Slice(string text, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        return text[start..end];
    }

    /// <summary>The character before <paramref name="start"/>, skipping one space (French « texte »).</summary>
    private static char Before(string text, int start)
    {
        var k = start - 1;
        if (k >= 1 && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
        }

        return k >= 0 ? text[k] : '\0';
    }

    private static char After(string text, int end)
    {
        var k = end;
        if (k < text.Length - 1 && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
        }

        return k < text.Length ? text[k] : '\0';
    }

    private static bool IsMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB';

    private static bool AtParagraphStart(string text, int start) => start == 0 || text[start - 1] == '\n';
}
