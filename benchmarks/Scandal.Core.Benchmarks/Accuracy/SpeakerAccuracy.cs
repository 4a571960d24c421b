using System.Globalization;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks.Accuracy;

/// <summary>
/// Extraction precision/recall and speaker accuracy on <c>tests/corpus/speakers</c> (issue 9): every article is run
/// through <see cref="CrossCheck.Extract"/> and compared with <c>gold.jsonl</c> by <see cref="SpeakerEvaluation"/>.
/// <c>--verbose</c> on the command line also lists every wrong speaker and every missed quotation.
/// </summary>
internal static class SpeakerAccuracy
{
    private const int LabelWidth = 50;

    /// <summary>Prints the figures; false when the corpus is missing or unreadable.</summary>
    public static bool Print(string corpus, TextWriter output)
    {
        var goldPath = Path.Combine(corpus, "gold.jsonl");
        if (!File.Exists(goldPath))
        {
            output.WriteLine($"speaker corpus: {goldPath} not found");
            return false;
        }

        List<GoldQuote> gold;
        using (var reader = File.OpenText(goldPath))
        {
            gold = SpeakerEvaluation.ReadGold(reader);
        }

        var articles = gold.Select(g => g.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var found = new List<FoundQuote>();
        foreach (var name in articles)
        {
            var path = Path.Combine(corpus, name);
            if (!File.Exists(path))
            {
                output.WriteLine($"speaker corpus: {path} is labelled in gold.jsonl but missing");
                return false;
            }

            var result = CrossCheck.Extract(Article.FromFile(path));
            found.AddRange(result.Quotes.Select(q => FoundQuote.From(name, q)));
        }

        var report = SpeakerEvaluation.Evaluate(gold, found);
        Write(output, corpus, articles.Count, gold.Count, report, Environment.GetCommandLineArgs().Contains("--verbose"));
        var heldOut = SpeakerEvaluation.ReadHeldOut(corpus);
        if (heldOut.Count > 0)
        {
            var development = SpeakerEvaluation.EvaluateWhere(gold, found, a => !heldOut.Contains(a));
            var held = SpeakerEvaluation.EvaluateWhere(gold, found, heldOut.Contains);
            output.WriteLine();
            output.WriteLine($"held-out articles (HELD-OUT: {heldOut.Count}, written by a fresh author, never tuned on) against the rest:");
            Row(output, "  speaker right, development articles", development.Speaker);
            Row(output, "  speaker right, held-out articles", held.Speaker);
            Row(output, "  extraction recall, held-out articles", held.Recall);
            Row(output, "  precision of Direct quotes, held-out articles", held.Precision);
        }

        return true;
    }

    private static void Write(TextWriter output, string corpus, int articles, int labelled, SpeakerReport report, bool verbose)
    {
        output.WriteLine($"Speaker attribution on {corpus}: {articles} articles, {labelled} labelled quotations");
        output.WriteLine();
        output.WriteLine($"{"figure",-LabelWidth} {"right / total",13} {"%",8}");
        output.WriteLine(new string('-', LabelWidth + 23));
        Row(output, "extraction recall (direct/fragment/post/nested)", report.Recall);
        Row(output, "precision of Direct quotes", report.Precision);
        output.WriteLine($"{"  Direct on a scare quote/title/nickname",-LabelWidth} {report.DirectOnTraps,4}");
        output.WriteLine($"{"  Direct on unlabelled text",-LabelWidth} {report.DirectOnNothing,4}");
        Row(output, "traps extracted as any quote (lower is better)", report.TrapsExtracted);
        Row(output, "speaker right, of the quotations found", report.Speaker);
        Groups(output, "pattern", report.ByPattern);
        Groups(output, "style", report.ByStyle);
        if (verbose)
        {
            Misses(output, report.Misses);
        }
        else
        {
            output.WriteLine();
            output.WriteLine($"{report.Misses.Count} wrong or missed; add --verbose to list them.");
        }
    }

    private static void Row(TextWriter output, string label, Tally tally) =>
        output.WriteLine($"{label,-LabelWidth} {SpeakerEvaluation.Format(tally)}");

    private static void Groups(TextWriter output, string title, IReadOnlyDictionary<string, GroupFigures> groups)
    {
        output.WriteLine();
        output.WriteLine($"{"speaker right, by " + title,-LabelWidth} {"right / found",13} {"%",8} {"not found",10}");
        output.WriteLine(new string('-', LabelWidth + 34));
        foreach (var (name, figures) in groups)
        {
            output.WriteLine($"{"  " + name,-LabelWidth} {SpeakerEvaluation.Format(figures.Speaker)} {figures.NotFound,10}");
        }
    }

    private static void Misses(TextWriter output, IReadOnlyList<SpeakerMiss> misses)
    {
        output.WriteLine();
        output.WriteLine($"Wrong or missed ({misses.Count}):");
        output.WriteLine($"{"article",-36} {"start",6}  {"pattern",-22} {"expected",-28} {"got",-28} text");
        foreach (var m in misses)
        {
            var got = m.Found ? m.Got ?? "(null)" : "(not extracted)";
            var text = m.Gold.Text.Length > 48 ? m.Gold.Text[..48] + "…" : m.Gold.Text;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Gold.Article,-36} {m.Gold.First.Start,6}  {m.Gold.Pattern,-22} {Clip(m.Gold.Speaker ?? "(null)"),-28} {Clip(got),-28} {text}"));
        }
    }

    private static string Clip(string s) => s.Length > 28 ? s[..27] + "…" : s;
}
