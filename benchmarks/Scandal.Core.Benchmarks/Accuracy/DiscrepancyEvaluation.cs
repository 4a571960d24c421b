using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Scandal.Core.Benchmarks.Accuracy;

// The pure logic of the statement accuracy figures (issue 10): the gold labels of one story of tests/corpus/statements,
// and their comparison with the JSON report of that story. No BenchmarkDotNet here: the test project links this file.
// The report is read as JSON (not through the library's types) so that this keeps compiling while fields are added;
// optional fields are read when present: statements[].words[].gap, witnesses[].discrepancies[].material / .reason,
// and a top-level translations[] array.

/// <summary>One rendering of a gold statement: the document (file name without .txt) and the first quoted piece as printed.</summary>
internal sealed record GoldRendering(string Document, string Quote);

/// <summary>A statement of a story with its true wording and every rendering of it.</summary>
internal sealed record GoldStatement(string Id, string Speaker, string Text, IReadOnlyList<GoldRendering> Renderings);

/// <summary>A discrepancy that must be counted (weight above 0).</summary>
internal sealed record GoldDiscrepancy(string Document, string Statement, string Kind, string Expected, string Actual, bool Material);

/// <summary>A change that must weigh 0 (typography, style variant, signalled edit), with its reason.</summary>
internal sealed record GoldNeutral(string Document, string Statement, string Expected, string Actual, string Reason);

/// <summary>A rendering in another language than the statement.</summary>
internal sealed record GoldTranslation(string Document, string? Statement, string Quote, string Language);

/// <summary>An expectation about the claims around the quotes (dates, names).</summary>
internal sealed record GoldClaim(string Kind, IReadOnlyList<string> Values, string Expect, string? Note);

/// <summary>The gold labels of one story (<c>gold.json</c>).</summary>
internal sealed record GoldStory(
    string Name,
    IReadOnlyList<GoldStatement> Statements,
    IReadOnlyList<GoldDiscrepancy> Discrepancies,
    IReadOnlyList<GoldNeutral> Neutral,
    IReadOnlyList<GoldTranslation> Translations,
    IReadOnlyList<GoldClaim> Claims,
    IReadOnlyList<string> Shapes)
{
    /// <summary>The seven counted kinds, in the README's order.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["Typo", "Substitution", "Omission", "Insertion", "Reordering", "Truncation", "Paraphrase"];

    /// <summary>The reasons a neutral change may have.</summary>
    public static readonly IReadOnlyList<string> Reasons = ["dash", "quote-mark", "case", "ampersand", "spelling-variant", "contraction", "censored", "editorial-bracket", "sic"];

    public static GoldStory Parse(string name, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var statements = Array(root, "statements").Select(s => new GoldStatement(
            Str(s, "id"),
            Str(s, "speaker"),
            Str(s, "text"),
            Array(s, "renderings").Select(r => new GoldRendering(Str(r, "document"), Str(r, "quote"))).ToList())).ToList();
        var discrepancies = Array(root, "discrepancies").Select(d => new GoldDiscrepancy(
            Str(d, "document"), Str(d, "statement"), Str(d, "kind"), Str(d, "expected"), Str(d, "actual"),
            d.TryGetProperty("material", out var m) && m.ValueKind == JsonValueKind.True)).ToList();
        var neutral = Array(root, "neutral").Select(n => new GoldNeutral(
            Str(n, "document"), Str(n, "statement"), Str(n, "expected"), Str(n, "actual"), Str(n, "reason"))).ToList();
        var translations = Array(root, "translations").Select(t => new GoldTranslation(
            Str(t, "document"), OptStr(t, "statement"), Str(t, "quote"), Str(t, "language"))).ToList();
        var claims = Array(root, "claims").Select(c => new GoldClaim(
            Str(c, "kind"), Array(c, "values").Select(v => v.GetString() ?? string.Empty).ToList(), Str(c, "expect"), OptStr(c, "note"))).ToList();
        var shapes = Array(root, "shapes").Select(v => v.GetString() ?? string.Empty).ToList();
        return new GoldStory(name, statements, discrepancies, neutral, translations, claims, shapes);
    }

    internal static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    internal static string Str(JsonElement e, string name) => OptStr(e, name) ?? string.Empty;

    internal static string? OptStr(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A discrepancy of the report with weight above 0, attributed to a gold statement when its quote is a gold rendering.</summary>
internal sealed record PredictedDiscrepancy(
    string Document, string? Statement, string ReportStatement, string Kind, string Expected, string Actual,
    double Weight, bool Material, string? Reason, int Start, int End);

/// <summary>How one gold statement was grouped: ok when its renderings are all in one report statement holding no other's.</summary>
internal sealed record GroupingOutcome(string Statement, bool Ok, string Detail);

/// <summary>A gold discrepancy and whether the report found it (same document, statement, kind, overlapping words).</summary>
internal sealed record GoldOutcome(GoldDiscrepancy Gold, bool Found, bool MaterialFlagged);

/// <summary>A predicted discrepancy and whether it matches a gold one.</summary>
internal sealed record PredictedOutcome(PredictedDiscrepancy Predicted, bool Correct);

/// <summary>A neutral change, the counted discrepancy that accuses it (if any), and whether a discrepancy there gives its reason.</summary>
internal sealed record NeutralOutcome(GoldNeutral Neutral, PredictedDiscrepancy? AccusedBy, bool ReasonReported);

/// <summary>A gold translation and whether the report lists it as one.</summary>
internal sealed record TranslationOutcome(GoldTranslation Translation, bool Detected);

/// <summary>A consensus word pair of a multi-source statement that no rendering of it has side by side.</summary>
internal sealed record SaladPair(string ReportStatement, string First, string Second);

/// <summary>A claims expectation and whether the report meets it.</summary>
internal sealed record ClaimOutcome(GoldClaim Claim, bool Met, string Detail);

/// <summary>Everything measured on one story.</summary>
internal sealed record StoryEvaluation(
    string Story,
    int Documents,
    IReadOnlyList<GroupingOutcome> Grouping,
    IReadOnlyList<GoldOutcome> Gold,
    IReadOnlyList<PredictedOutcome> Predicted,
    IReadOnlyList<NeutralOutcome> Neutral,
    IReadOnlyList<TranslationOutcome> Translations,
    int MultiSourceStatements,
    IReadOnlyList<string> SaladStatements,
    IReadOnlyList<SaladPair> SaladPairs,
    IReadOnlyList<ClaimOutcome> Claims,
    bool ReportHasReasons);

/// <summary>Compares the JSON report of one story with its gold labels.</summary>
internal static class DiscrepancyEvaluation
{
    private const string OpenMarks = "“\"‘'«„‹「『";
    private const string CloseMarks = "”\"’'»“›」』";

    // A discrepancy this many characters from a neutral change is taken to be about it (a truncation reported just
    // after "[Brandt]" is about the bracket).
    private const int Slack = 2;

    private sealed record ReportQuote(string Id, string Document, string Text, IReadOnlyList<(int Start, int End)> Spans);

    // A gold rendering, where it stands in its document (null: not found between quote marks) and the report's
    // quotation over it (null: not extracted).
    private sealed record Located(GoldStatement Statement, GoldRendering Rendering, (int Start, int End)? Range, string? QuoteId);

    /// <summary>Evaluates one story.</summary>
    /// <param name="gold">The story's labels.</param>
    /// <param name="texts">Each document's text by document id (to locate the gold quotes).</param>
    /// <param name="reportJson">The report, as written by <c>JsonReportWriter.Write</c>.</param>
    public static StoryEvaluation Evaluate(GoldStory gold, IReadOnlyDictionary<string, string> texts, string reportJson)
    {
        using var doc = JsonDocument.Parse(reportJson);
        var root = doc.RootElement;
        var quotes = ReadQuotes(root);
        var statementsOfQuote = StatementsOfQuote(root);
        var located = gold.Statements.SelectMany(s => s.Renderings.Select(r =>
        {
            var range = texts.TryGetValue(r.Document, out var text) ? FindQuoted(text, r.Quote) : null;
            return new Located(s, r, range, range is { } rg ? BestQuote(quotes, r.Document, rg) : null);
        })).ToList();
        var goldOfQuote = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var l in located.Where(l => l.QuoteId is not null))
        {
            (goldOfQuote.TryGetValue(l.QuoteId!, out var set) ? set : goldOfQuote[l.QuoteId!] = new SortedSet<string>(StringComparer.Ordinal)).Add(l.Statement.Id);
        }

        var grouping = Grouping(gold, located, statementsOfQuote, goldOfQuote);
        var all = ReadPredicted(root, goldOfQuote, located);
        var predicted = all.Where(p => p.Weight > 0).ToList();
        var goldOutcomes = gold.Discrepancies.Select(g => new GoldOutcome(
            g,
            predicted.Any(p => Matches(g, p)),
            predicted.Any(p => p.Material && SamePlace(g.Document, g.Statement, p) && WordsOverlap(g.Expected, g.Actual, p)))).ToList();
        var predictedOutcomes = predicted.Select(p => new PredictedOutcome(p, gold.Discrepancies.Any(g => Matches(g, p)))).ToList();
        var neutral = gold.Neutral.Select(n =>
        {
            var at = LocateNeutral(n, located, texts);
            bool Here(PredictedDiscrepancy p) => SamePlace(n.Document, n.Statement, p)
                && (at is { } span ? p.Start <= span.End + Slack && p.End + Slack >= span.Start : NeutralWordsOverlap(n, p));
            var accused = predictedOutcomes.Where(o => !o.Correct && Here(o.Predicted)).Select(o => o.Predicted).FirstOrDefault();
            var reasoned = all.Any(p => Here(p) && p.Reason is not null && SameReason(p.Reason, n.Reason));
            return new NeutralOutcome(n, accused, reasoned);
        }).ToList();

        var translations = gold.Translations.Select(t => new TranslationOutcome(t, TranslationDetected(root, quotes, t, texts))).ToList();
        var (multi, saladStatements, salad) = WordSalad(root, quotes);
        var claims = gold.Claims.Select(c => CheckClaim(root, c)).ToList();
        var reportHasReasons = all.Any(p => p.Reason is not null);
        return new StoryEvaluation(gold.Name, texts.Count, grouping, goldOutcomes, predictedOutcomes, neutral, translations, multi, saladStatements, salad, claims, reportHasReasons);
    }

    /// <summary>
    /// Words for comparison: split on white space and dashes, trimmed of punctuation at both ends (brackets, quote
    /// marks, commas), lower case, curly apostrophes made straight. Inner characters stay (<c>f***ing</c>, <c>don't</c>).
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '—' or '–' or '―' or '…')
            {
                Flush(current, words);
            }
            else
            {
                current.Append(c is '’' or '‘' or 'ʼ' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        Flush(current, words);
        return words;
    }

    /// <summary>Where a quoted text stands in a document: the first occurrence with a quote mark before and after it.</summary>
    public static (int Start, int End)? FindQuoted(string text, string quote)
    {
        if (quote.Length == 0)
        {
            return null;
        }

        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal))
        {
            var before = i - 1;
            while (before >= 0 && text[before] is ' ' or '\u00A0')
            {
                before--;
            }

            var after = i + quote.Length;
            while (after < text.Length && text[after] is ' ' or '\u00A0')
            {
                after++;
            }

            if (before >= 0 && OpenMarks.Contains(text[before], StringComparison.Ordinal) && after < text.Length && CloseMarks.Contains(text[after], StringComparison.Ordinal))
            {
                return (i, i + quote.Length);
            }
        }

        return null;
    }

    /// <summary>A predicted discrepancy matches a gold one: same document, statement and kind, and overlapping words.</summary>
    public static bool Matches(GoldDiscrepancy g, PredictedDiscrepancy p) =>
        SamePlace(g.Document, g.Statement, p)
        && string.Equals(g.Kind, p.Kind, StringComparison.OrdinalIgnoreCase)
        && WordsOverlap(g.Expected, g.Actual, p);

    private static bool SamePlace(string document, string statement, PredictedDiscrepancy p) =>
        string.Equals(document, p.Document, StringComparison.Ordinal) && string.Equals(statement, p.Statement, StringComparison.Ordinal);

    private static bool WordsOverlap(string expected, string actual, PredictedDiscrepancy p) =>
        Words(expected).Intersect(Words(p.Expected)).Any() || Words(actual).Intersect(Words(p.Actual)).Any();

    private static bool NeutralWordsOverlap(GoldNeutral n, PredictedDiscrepancy p)
    {
        bool Contains(string haystack, string needle) => needle.Length > 0 && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);
        return Contains(p.Expected, n.Expected) || Contains(p.Actual, n.Actual)
            || Words(n.Expected + " " + n.Actual).Intersect(Words(p.Expected + " " + p.Actual)).Any();
    }

    private static bool SameReason(string a, string b)
    {
        static string Key(string s) => new(s.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return Key(a) == Key(b);
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        var s = current.ToString();
        current.Clear();
        var start = 0;
        var end = s.Length;
        while (start < end && !char.IsLetterOrDigit(s[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(s[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            words.Add(s[start..end]);
        }
    }

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;

    private static Dictionary<string, ReportQuote> ReadQuotes(JsonElement root)
    {
        var quotes = new Dictionary<string, ReportQuote>(StringComparer.Ordinal);
        foreach (var q in GoldStory.Array(root, "quotes"))
        {
            var spans = GoldStory.Array(q, "spans").Select(s => (Int(s, "start"), Int(s, "end"))).ToList();
            quotes[GoldStory.Str(q, "id")] = new ReportQuote(GoldStory.Str(q, "id"), GoldStory.Str(q, "documentId"), GoldStory.Str(q, "text"), spans);
        }

        return quotes;
    }

    private static Dictionary<string, List<string>> StatementsOfQuote(JsonElement root)
    {
        var statementsOfQuote = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in GoldStory.Array(root, "statements"))
        {
            foreach (var w in GoldStory.Array(s, "witnesses"))
            {
                var quoteId = GoldStory.Str(w, "quoteId");
                var list = statementsOfQuote.TryGetValue(quoteId, out var l) ? l : statementsOfQuote[quoteId] = [];
                if (!list.Contains(GoldStory.Str(s, "id")))
                {
                    list.Add(GoldStory.Str(s, "id"));
                }
            }
        }

        return statementsOfQuote;
    }

    // Every discrepancy of the report (any weight), attributed to the gold statement of its witness's quotation.
    private static List<PredictedDiscrepancy> ReadPredicted(JsonElement root, Dictionary<string, SortedSet<string>> goldOfQuote, List<Located> located)
    {
        var all = new List<PredictedDiscrepancy>();
        foreach (var s in GoldStory.Array(root, "statements"))
        {
            foreach (var w in GoldStory.Array(s, "witnesses"))
            {
                var quoteId = GoldStory.Str(w, "quoteId");
                var document = GoldStory.Str(w, "documentId");
                foreach (var d in GoldStory.Array(w, "discrepancies"))
                {
                    var start = Int(d, "start");
                    var end = Int(d, "end");
                    all.Add(new PredictedDiscrepancy(
                        document,
                        GoldStatementOf(quoteId, document, start, end, goldOfQuote, located),
                        GoldStory.Str(s, "id"),
                        GoldStory.Str(d, "kind"),
                        GoldStory.Str(d, "expected"),
                        GoldStory.Str(d, "actual"),
                        d.TryGetProperty("weight", out var wt) && wt.ValueKind == JsonValueKind.Number ? wt.GetDouble() : 0,
                        d.TryGetProperty("material", out var m) && m.ValueKind == JsonValueKind.True,
                        GoldStory.OptStr(d, "reason"),
                        start,
                        end));
                }
            }
        }

        return all;
    }

    private static int Overlap((int Start, int End) a, (int Start, int End) b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static string? BestQuote(Dictionary<string, ReportQuote> quotes, string document, (int Start, int End) range)
    {
        string? best = null;
        var bestOverlap = 0;
        foreach (var q in quotes.Values.Where(q => q.Document == document).OrderBy(q => q.Id, StringComparer.Ordinal))
        {
            var overlap = q.Spans.Sum(s => Overlap(s, range));
            if (overlap > bestOverlap)
            {
                best = q.Id;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static List<GroupingOutcome> Grouping(
        GoldStory gold,
        List<Located> located,
        Dictionary<string, List<string>> statementsOfQuote,
        Dictionary<string, SortedSet<string>> goldOfQuote)
    {
        var outcomes = new List<GroupingOutcome>();
        foreach (var s in gold.Statements)
        {
            var mine = located.Where(l => l.Statement.Id == s.Id).ToList();
            var missing = mine.Where(l => l.QuoteId is null || !statementsOfQuote.ContainsKey(l.QuoteId)).ToList();
            if (missing.Count > 0)
            {
                var m = missing[0];
                var why = m.Range is null ? "quote not found in the document" : m.QuoteId is null ? "not extracted" : "in no statement";
                outcomes.Add(new GroupingOutcome(s.Id, false, $"{m.Rendering.Document}: {why} ({Short(m.Rendering.Quote)})"));
                continue;
            }

            var reportStatements = mine.SelectMany(l => statementsOfQuote[l.QuoteId!]).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
            if (reportStatements.Count != 1)
            {
                outcomes.Add(new GroupingOutcome(s.Id, false, $"split over {string.Join(", ", reportStatements)}"));
                continue;
            }

            var others = statementsOfQuote
                .Where(kv => kv.Value.Contains(reportStatements[0]) && goldOfQuote.ContainsKey(kv.Key))
                .SelectMany(kv => goldOfQuote[kv.Key])
                .Where(g => g != s.Id)
                .Distinct()
                .OrderBy(x => x, StringComparer.Ordinal)
                .ToList();
            outcomes.Add(others.Count > 0
                ? new GroupingOutcome(s.Id, false, $"{reportStatements[0]} also holds {string.Join(", ", others)}")
                : new GroupingOutcome(s.Id, true, reportStatements[0]));
        }

        return outcomes;
    }

    private static string? GoldStatementOf(
        string quoteId, string document, int start, int end,
        Dictionary<string, SortedSet<string>> goldOfQuote,
        List<Located> located)
    {
        var set = goldOfQuote.TryGetValue(quoteId, out var s) ? s : [];
        if (set.Count == 1)
        {
            return set.Min;
        }

        var bySpan = located
            .Where(l => l.Rendering.Document == document && l.Range is { } r && start <= r.End && end >= r.Start && (set.Count == 0 || set.Contains(l.Statement.Id)))
            .Select(l => l.Statement.Id)
            .FirstOrDefault();
        return bySpan ?? set.Min;
    }

    // Where a neutral change is printed: the occurrence of its actual text, in a rendering of its statement in its
    // document, whose neighbouring words best match the words around the expected text in the statement ("cast and
    // crew" for "&", not the first "and" of the quote).
    private static (int Start, int End)? LocateNeutral(
        GoldNeutral n,
        List<Located> located,
        IReadOnlyDictionary<string, string> texts)
    {
        if (n.Actual.Length == 0 || !texts.ContainsKey(n.Document))
        {
            return null;
        }

        var statementText = located.Where(l => l.Statement.Id == n.Statement).Select(l => l.Statement.Text).FirstOrDefault() ?? string.Empty;
        var e = n.Expected.Length > 0 ? statementText.IndexOf(n.Expected, StringComparison.Ordinal) : -1;
        var before = e >= 0 ? Words(statementText[..e]).TakeLast(2).ToList() : [];
        var after = e >= 0 ? Words(statementText[(e + n.Expected.Length)..]).Take(2).ToList() : [];
        (int Start, int End)? best = null;
        var bestScore = -1;
        foreach (var l in located.Where(l => l.Statement.Id == n.Statement && l.Rendering.Document == n.Document && l.Range is not null))
        {
            var quote = l.Rendering.Quote;
            for (var i = quote.IndexOf(n.Actual, StringComparison.Ordinal); i >= 0; i = quote.IndexOf(n.Actual, i + 1, StringComparison.Ordinal))
            {
                var score = Words(quote[..i]).TakeLast(2).Intersect(before).Count() + Words(quote[(i + n.Actual.Length)..]).Take(2).Intersect(after).Count();
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (l.Range!.Value.Start + i, l.Range!.Value.Start + i + n.Actual.Length);
                }
            }
        }

        return best;
    }

    private static bool TranslationDetected(JsonElement root, Dictionary<string, ReportQuote> quotes, GoldTranslation t, IReadOnlyDictionary<string, string> texts)
    {
        var range = texts.TryGetValue(t.Document, out var text) ? FindQuoted(text, t.Quote) : null;
        bool QuoteOverGold(string? quoteId) =>
            quoteId is not null && quotes.TryGetValue(quoteId, out var q) && q.Document == t.Document
            && (range is null || q.Spans.Any(s => Overlap(s, range.Value) > 0));

        foreach (var entry in GoldStory.Array(root, "translations"))
        {
            var document = GoldStory.OptStr(entry, "documentId") ?? GoldStory.OptStr(entry, "document");
            var quoteId = GoldStory.OptStr(entry, "quoteId");
            if (quoteId is not null ? QuoteOverGold(quoteId) : document == t.Document)
            {
                return true;
            }
        }

        // A quote or witness marked with its language (other than English) or as a translation, or a witness with a
        // discrepancy of kind "translation", also counts.
        foreach (var q in GoldStory.Array(root, "quotes"))
        {
            if (IsMarkedTranslation(q) && QuoteOverGold(GoldStory.OptStr(q, "id")))
            {
                return true;
            }
        }

        return GoldStory.Array(root, "statements")
            .SelectMany(s => GoldStory.Array(s, "witnesses"))
            .Any(w => (IsMarkedTranslation(w) || GoldStory.Array(w, "discrepancies").Any(d => GoldStory.Str(d, "kind") == "translation"))
                && QuoteOverGold(GoldStory.OptStr(w, "quoteId")));
    }

    private static bool IsMarkedTranslation(JsonElement e) =>
        (e.TryGetProperty("translation", out var tr) && tr.ValueKind == JsonValueKind.True)
        || (GoldStory.OptStr(e, "language") is { } lang && !lang.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    private static (int Multi, List<string> Statements, List<SaladPair> Pairs) WordSalad(JsonElement root, Dictionary<string, ReportQuote> quotes)
    {
        var multi = 0;
        var statements = new List<string>();
        var pairs = new List<SaladPair>();
        foreach (var s in GoldStory.Array(root, "statements"))
        {
            if (!s.TryGetProperty("singleSource", out var single) || single.ValueKind != JsonValueKind.False)
            {
                continue;
            }

            multi++;
            var id = GoldStory.Str(s, "id");
            var seen = new HashSet<(string, string)>();
            foreach (var w in GoldStory.Array(s, "witnesses"))
            {
                if (quotes.TryGetValue(GoldStory.Str(w, "quoteId"), out var q))
                {
                    var words = Words(q.Text);
                    for (var i = 1; i < words.Count; i++)
                    {
                        seen.Add((words[i - 1], words[i]));
                    }
                }
            }

            string? previous = null;
            var found = false;
            foreach (var word in GoldStory.Array(s, "words"))
            {
                var text = GoldStory.Str(word, "text");
                var tokens = Words(text);
                var gap = word.TryGetProperty("gap", out var g) && g.ValueKind == JsonValueKind.True;
                if (gap || tokens.Count == 0 && text.Trim() is "…" or "...")
                {
                    previous = null; // a gap entry (or a word flagged as following a gap) breaks the chain
                }

                foreach (var token in tokens)
                {
                    if (previous is not null && !seen.Contains((previous, token)))
                    {
                        pairs.Add(new SaladPair(id, previous, token));
                        found = true;
                    }

                    previous = token;
                }
            }

            if (found)
            {
                statements.Add(id);
            }
        }

        return (multi, statements, pairs);
    }

    private static ClaimOutcome CheckClaim(JsonElement root, GoldClaim c)
    {
        var claims = GoldStory.Array(root, "claims").ToList();
        static List<string> TextsOf(JsonElement reading) =>
            [GoldStory.Str(reading, "value"), .. GoldStory.Array(reading, "mentions").Select(m => GoldStory.Str(m, "text"))];
        static bool Has(IEnumerable<string> texts, string value)
        {
            var needle = Words(value);
            return needle.Count > 0 && texts.Any(t => ContainsRun(Words(t), needle));
        }

        bool Inconsistent(JsonElement claim) => claim.TryGetProperty("consistent", out var k) && k.ValueKind == JsonValueKind.False;
        switch (c.Expect)
        {
            case "inconsistent":
            {
                var hit = claims.FirstOrDefault(cl => Inconsistent(cl) && c.Values.All(v => GoldStory.Array(cl, "readings").Any(r => Has(TextsOf(r), v))));
                return hit.ValueKind == JsonValueKind.Object
                    ? new ClaimOutcome(c, true, $"{GoldStory.Str(hit, "id")} flags them")
                    : new ClaimOutcome(c, false, "no inconsistent claim holds both");
            }

            case "distinct":
            {
                var hit = claims.FirstOrDefault(cl => Inconsistent(cl) && c.Values.Count == 2
                    && GoldStory.Array(cl, "readings").Any(r => Has(TextsOf(r), c.Values[0]) && !Has(TextsOf(r), c.Values[1]))
                    && GoldStory.Array(cl, "readings").Any(r => Has(TextsOf(r), c.Values[1]) && !Has(TextsOf(r), c.Values[0])));
                return hit.ValueKind == JsonValueKind.Object
                    ? new ClaimOutcome(c, false, $"{GoldStory.Str(hit, "id")} reports them as one name spelled two ways")
                    : new ClaimOutcome(c, true, "not confused");
            }

            case "ambiguous":
            {
                var hit = claims.FirstOrDefault(cl => GoldStory.Array(cl, "readings").Any(r => Has(TextsOf(r), c.Values[0])));
                if (hit.ValueKind != JsonValueKind.Object)
                {
                    return new ClaimOutcome(c, false, "no claim reads it");
                }

                var ambiguous = MarkedAmbiguous(hit);
                return new ClaimOutcome(c, ambiguous, ambiguous ? $"{GoldStory.Str(hit, "id")} marks it ambiguous" : $"{GoldStory.Str(hit, "id")} reads it without ambiguity");
            }

            case "title-not-name":
            {
                var hit = claims.FirstOrDefault(cl => GoldStory.Array(cl, "readings").Any(r => TextsOf(r).Any(t => Words(t).SequenceEqual(Words(c.Values[0])))));
                return hit.ValueKind == JsonValueKind.Object
                    ? new ClaimOutcome(c, false, $"{GoldStory.Str(hit, "id")} reads the title as part of the name")
                    : new ClaimOutcome(c, true, "title kept out of names");
            }

            default:
                return new ClaimOutcome(c, false, $"unknown expectation '{c.Expect}'");
        }
    }

    // Any property "ambiguous": true inside the claim, or a kind or value that says "ambiguous".
    private static bool MarkedAmbiguous(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Any(p =>
            (p.NameEquals("ambiguous") && p.Value.ValueKind == JsonValueKind.True)
            || (p.Value.ValueKind == JsonValueKind.String && (p.NameEquals("kind") || p.NameEquals("value")) && p.Value.GetString()!.Contains("ambiguous", StringComparison.OrdinalIgnoreCase))
            || MarkedAmbiguous(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Any(MarkedAmbiguous),
        _ => false,
    };

    private static bool ContainsRun(List<string> haystack, List<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Count).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    private static string Short(string text) => text.Length <= 40 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..40]}…");
}
