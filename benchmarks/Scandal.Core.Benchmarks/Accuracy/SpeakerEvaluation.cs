using System.Globalization;
using System.Text;
using System.Text.Json;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks.Accuracy;

// Pure evaluation of quote extraction and speaker attribution against the labelled corpus in tests/corpus/speakers.
// This file is compiled into the benchmark program and, linked, into the test project: no BenchmarkDotNet here.

/// <summary>One labelled quotation of <c>gold.jsonl</c>.</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Spans">The span of each piece (UTF-16 indices into the article text, without the quotation marks); the first is the gold line's <c>start</c>/<c>end</c>, the others its optional <c>pieces</c>.</param>
/// <param name="Text">The first piece's words, for review.</param>
/// <param name="Kind">direct, fragment, post, nested (real quotations) or scare, title, nickname (not quotations).</param>
/// <param name="Speaker">Who said it, or null when the article does not say.</param>
/// <param name="Aliases">Other acceptable speaker strings.</param>
/// <param name="Pattern">The attribution pattern the quotation exercises.</param>
/// <param name="Style">The article's house style.</param>
internal sealed record GoldQuote(string Article, IReadOnlyList<TextSpan> Spans, string Text, string Kind, string? Speaker, IReadOnlyList<string> Aliases, string Pattern, string Style)
{
    /// <summary>The kinds that are quotations (counted for recall and speakers); the others are traps.</summary>
    public static readonly IReadOnlySet<string> RealKinds = new HashSet<string>(StringComparer.Ordinal) { "direct", "fragment", "post", "nested" };

    /// <summary>The kinds a quotation may have in the gold file.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "direct", "fragment", "post", "nested", "scare", "title", "nickname" };

    /// <summary>The span of the first piece.</summary>
    public TextSpan First => Spans[0];

    /// <summary>Whether this is a quotation (direct, fragment, post, nested) rather than a scare quote, title or nickname.</summary>
    public bool IsReal => RealKinds.Contains(Kind);
}

/// <summary>One quotation found by the extractor, reduced to what the evaluation needs.</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Speaker">The speaker found, or null.</param>
/// <param name="Kind">The kind found.</param>
/// <param name="Spans">The span of each piece.</param>
internal sealed record FoundQuote(string Article, string? Speaker, QuoteKind Kind, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Reduces an extracted quote of article file <paramref name="article"/>.</summary>
    public static FoundQuote From(string article, Quote quote) => new(article, quote.Speaker, quote.Kind, quote.Spans);
}

/// <summary>Right and total for one figure.</summary>
internal readonly record struct Tally(int Right, int Total)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Right / Total;

    public Tally Add(bool right) => new(Right + (right ? 1 : 0), Total + 1);
}

/// <summary>A gold quotation whose speaker was wrong, or that extraction missed (<see cref="Found"/> false).</summary>
internal sealed record SpeakerMiss(GoldQuote Gold, bool Found, string? Got);

/// <summary>Speaker figures of one group of gold quotations (a pattern or a style).</summary>
/// <param name="Speaker">Right speakers among the found real quotations.</param>
/// <param name="Labelled">Real quotations labelled in the group.</param>
internal readonly record struct GroupFigures(Tally Speaker, int Labelled)
{
    /// <summary>Real quotations of the group that extraction missed.</summary>
    public int NotFound => Labelled - Speaker.Total;
}

/// <summary>The figures of one evaluation.</summary>
internal sealed class SpeakerReport
{
    /// <summary>Real gold quotations found by extraction.</summary>
    public Tally Recall { get; init; }

    /// <summary>Extracted Direct quotes that match a real gold quotation.</summary>
    public Tally Precision { get; init; }

    /// <summary>Extracted Direct quotes on a scare quote, title or nickname.</summary>
    public int DirectOnTraps { get; init; }

    /// <summary>Extracted Direct quotes on no labelled quotation.</summary>
    public int DirectOnNothing { get; init; }

    /// <summary>Traps (scare quotes, titles, nicknames) that were extracted as any kind of quote.</summary>
    public Tally TrapsExtracted { get; init; }

    /// <summary>Right speakers among the real gold quotations found.</summary>
    public Tally Speaker { get; init; }

    /// <summary>Speaker figures per pattern, in ordinal order.</summary>
    public required IReadOnlyDictionary<string, GroupFigures> ByPattern { get; init; }

    /// <summary>Speaker figures per house style, in ordinal order.</summary>
    public required IReadOnlyDictionary<string, GroupFigures> ByStyle { get; init; }

    /// <summary>Wrong speakers and missed quotations, in gold order.</summary>
    public required IReadOnlyList<SpeakerMiss> Misses { get; init; }
}

/// <summary>Matching of extracted quotes to gold quotations and speaker comparison.</summary>
internal static class SpeakerEvaluation
{
    private static readonly string[] LeadingWords = ["the", "a", "an"];
    private static readonly string[] Honorifics = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"];

    /// <summary>
    /// The held-out articles of a speaker corpus: the file names listed in its <c>HELD-OUT</c> (one a line, <c>#</c>
    /// comments), or none. They are measured apart and never tuned on.
    /// </summary>
    public static HashSet<string> ReadHeldOut(string corpus)
    {
        var path = Path.Combine(corpus, "HELD-OUT");
        return File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The figures on the articles <paramref name="keep"/> accepts.</summary>
    public static SpeakerReport EvaluateWhere(IReadOnlyList<GoldQuote> gold, IReadOnlyList<FoundQuote> found, Func<string, bool> keep) =>
        Evaluate(gold.Where(g => keep(g.Article)).ToList(), found.Where(f => keep(f.Article)).ToList());

    /// <summary>Reads <c>gold.jsonl</c>: one JSON object per line, blank lines ignored.</summary>
    public static List<GoldQuote> ReadGold(TextReader reader)
    {
        var gold = new List<GoldQuote>();
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            var spans = new List<TextSpan> { new(o.GetProperty("start").GetInt32(), o.GetProperty("end").GetInt32()) };
            if (o.TryGetProperty("pieces", out var pieces))
            {
                spans.AddRange(pieces.EnumerateArray().Select(p => new TextSpan(p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32())));
            }

            var aliases = o.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var speaker = o.GetProperty("speaker");
            var kind = o.GetProperty("kind").GetString()!;
            if (!GoldQuote.Kinds.Contains(kind))
            {
                throw new FormatException($"gold line {number}: unknown kind '{kind}'");
            }

            gold.Add(new GoldQuote(
                o.GetProperty("article").GetString()!,
                spans,
                o.GetProperty("text").GetString()!,
                kind,
                speaker.ValueKind == JsonValueKind.Null ? null : speaker.GetString(),
                aliases,
                o.GetProperty("pattern").GetString()!,
                o.GetProperty("style").GetString()!));
        }

        return gold;
    }

    /// <summary>
    /// Whether two spans match: they overlap by at least half of the shorter one (and by at least one character).
    /// </summary>
    public static bool SpansMatch(TextSpan a, TextSpan b)
    {
        var overlap = Overlap(a, b);
        return overlap > 0 && 2 * overlap >= Math.Min(a.Length, b.Length);
    }

    /// <summary>Whether an extracted quote matches a gold quotation: one of its spans matches one of the gold pieces.</summary>
    public static bool Matches(FoundQuote found, GoldQuote gold) =>
        found.Article == gold.Article && found.Spans.Any(f => gold.Spans.Any(g => SpansMatch(f, g)));

    /// <summary>
    /// A speaker string reduced for comparison: lower case, punctuation dropped (apostrophes) or turned into spaces,
    /// white space collapsed, and a leading <c>the</c>/<c>a</c>/<c>an</c> and honorific (Mr, Ms, Dr...) removed.
    /// </summary>
    public static string Normalize(string speaker)
    {
        var sb = new StringBuilder(speaker.Length);
        foreach (var c in speaker.Normalize(NormalizationForm.FormC))
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && LeadingWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Whether <paramref name="got"/> is the gold speaker: equal after <see cref="Normalize"/> to the speaker or one of
    /// its aliases; a gold null speaker must be found null.
    /// </summary>
    public static bool SpeakerRight(GoldQuote gold, string? got)
    {
        if (gold.Speaker is null || got is null)
        {
            return gold.Speaker is null && got is null;
        }

        var g = Normalize(got);
        return g.Length > 0 && (Normalize(gold.Speaker) == g || gold.Aliases.Any(a => Normalize(a) == g));
    }

    /// <summary>The extracted quote that best matches a gold quotation (most overlap with its first piece, then with the rest), or null.</summary>
    public static FoundQuote? BestMatch(GoldQuote gold, IEnumerable<FoundQuote> found)
    {
        FoundQuote? best = null;
        (int First, int All) bestScore = (-1, -1);
        foreach (var f in found)
        {
            if (!Matches(f, gold))
            {
                continue;
            }

            var score = (f.Spans.Sum(s => Overlap(s, gold.First)), f.Spans.Sum(s => gold.Spans.Sum(g => Overlap(s, g))));
            if (score.Item1 > bestScore.First || (score.Item1 == bestScore.First && score.Item2 > bestScore.All))
            {
                best = f;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Evaluates the extracted quotes of every article against the gold quotations.</summary>
    public static SpeakerReport Evaluate(IReadOnlyList<GoldQuote> gold, IReadOnlyList<FoundQuote> found)
    {
        var foundByArticle = found.ToLookup(f => f.Article, StringComparer.Ordinal);
        var goldByArticle = gold.ToLookup(g => g.Article, StringComparer.Ordinal);

        var recall = default(Tally);
        var speaker = default(Tally);
        var traps = default(Tally);
        var byPattern = new SortedDictionary<string, GroupFigures>(StringComparer.Ordinal);
        var byStyle = new SortedDictionary<string, GroupFigures>(StringComparer.Ordinal);
        var misses = new List<SpeakerMiss>();
        foreach (var g in gold)
        {
            var match = BestMatch(g, foundByArticle[g.Article]);
            if (!g.IsReal)
            {
                traps = traps.Add(match is not null);
                continue;
            }

            recall = recall.Add(match is not null);
            Count(byPattern, g.Pattern, match, g);
            Count(byStyle, g.Style, match, g);
            if (match is null)
            {
                misses.Add(new SpeakerMiss(g, false, null));
                continue;
            }

            var right = SpeakerRight(g, match.Speaker);
            speaker = speaker.Add(right);
            if (!right)
            {
                misses.Add(new SpeakerMiss(g, true, match.Speaker));
            }
        }

        var precision = default(Tally);
        int onTraps = 0, onNothing = 0;
        foreach (var f in found.Where(f => f.Kind == QuoteKind.Direct))
        {
            var matched = goldByArticle[f.Article].Where(g => Matches(f, g)).ToList();
            var real = matched.Exists(g => g.IsReal);
            precision = precision.Add(real);
            if (!real && matched.Count > 0)
            {
                onTraps++;
            }
            else if (!real)
            {
                onNothing++;
            }
        }

        return new SpeakerReport
        {
            Recall = recall,
            Precision = precision,
            DirectOnTraps = onTraps,
            DirectOnNothing = onNothing,
            TrapsExtracted = traps,
            Speaker = speaker,
            ByPattern = byPattern,
            ByStyle = byStyle,
            Misses = misses,
        };
    }

    /// <summary>Formats a tally as <c>right / total   percent</c> in a fixed width.</summary>
    public static string Format(Tally t)
    {
        var percent = t.Total == 0 ? "-" : t.Percent.ToString("0.0", CultureInfo.InvariantCulture) + " %";
        return string.Create(CultureInfo.InvariantCulture, $"{t.Right,4} / {t.Total,-4} {percent,8}");
    }

    private static void Count(SortedDictionary<string, GroupFigures> groups, string key, FoundQuote? match, GoldQuote gold)
    {
        groups.TryGetValue(key, out var figures);
        var speaker = match is null ? figures.Speaker : figures.Speaker.Add(SpeakerRight(gold, match.Speaker));
        groups[key] = new GroupFigures(speaker, figures.Labelled + 1);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
