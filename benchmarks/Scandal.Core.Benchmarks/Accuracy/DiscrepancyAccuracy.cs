using System.Globalization;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks.Accuracy;

/// <summary>
/// Discrepancy recall/precision by kind and consensus word-pair check on <c>tests/corpus/statements</c> (issue 10):
/// each story folder (articles <c>*.txt</c> and <c>gold.json</c>) is cross-checked on its own with
/// <see cref="CrossCheck.Run"/>, its JSON report compared with the gold labels (<see cref="DiscrepancyEvaluation"/>).
/// <c>--verbose</c> anywhere on the command line lists the misses and false alarms.
/// </summary>
internal static class DiscrepancyAccuracy
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Prints the figures; false when the corpus is missing or unreadable.</summary>
    public static bool Print(string corpus, TextWriter output)
    {
        if (!Directory.Exists(corpus))
        {
            output.WriteLine($"statement corpus: {corpus} not found");
            return false;
        }

        var verbose = Environment.GetCommandLineArgs().Contains("--verbose");
        var results = new List<StoryEvaluation>();
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(corpus).OrderBy(d => d, StringComparer.Ordinal))
        {
            var goldPath = Path.Combine(dir, "gold.json");
            if (!File.Exists(goldPath))
            {
                continue;
            }

            var gold = GoldStory.Parse(Path.GetFileName(dir), File.ReadAllText(goldPath));
            if (gold.Shapes.Any(t => t.StartsWith("held-out", StringComparison.Ordinal)))
            {
                heldOut.Add(Path.GetFileName(dir));
            }

            var articles = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(Article.FromFile).ToList();
            var report = CrossCheck.Run(articles);
            var texts = articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
            results.Add(DiscrepancyEvaluation.Evaluate(gold, texts, JsonReportWriter.Write(report)));
        }

        if (results.Count == 0)
        {
            output.WriteLine($"statement corpus: {corpus} holds no story with a gold.json");
            return false;
        }

        Write(output, results, verbose);
        if (heldOut.Count > 0)
        {
            WriteHeldOut(output, results.Where(r => !heldOut.Contains(r.Story)).ToList(), results.Where(r => heldOut.Contains(r.Story)).ToList());
        }

        return true;
    }

    /// <summary>The development stories against those tagged <c>held-out…</c> (written by a fresh author, never tuned on).</summary>
    private static void WriteHeldOut(TextWriter output, List<StoryEvaluation> development, List<StoryEvaluation> heldOut)
    {
        output.WriteLine();
        output.WriteLine(F($"held-out stories (tagged held-out…: {heldOut.Count}, written by a fresh author, never tuned on) against the rest:"));
        output.WriteLine();
        output.WriteLine("| measure | development | held out |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (measure, of) in new (string, Func<List<StoryEvaluation>, string>)[]
                 {
                     ("discrepancy recall", l => Ratio(l.Sum(r => r.Gold.Count(g => g.Found)), l.Sum(r => r.Gold.Count))),
                     ("discrepancy precision", l => Ratio(l.Sum(r => r.Predicted.Count(p => p.Correct)), l.Sum(r => r.Predicted.Count))),
                     ("grouping", l => Ratio(l.Sum(r => r.Grouping.Count(g => g.Ok)), l.Sum(r => r.Grouping.Count))),
                     ("neutral changes accused", l => Ratio(l.Sum(r => r.Neutral.Count(n => n.AccusedBy is not null)), l.Sum(r => r.Neutral.Count))),
                     ("translations detected", l => Ratio(l.Sum(r => r.Translations.Count(t => t.Detected)), l.Sum(r => r.Translations.Count))),
                     ("consensus word salad", l => Ratio(l.Sum(r => r.SaladStatements.Count), l.Sum(r => r.MultiSourceStatements))),
                 })
        {
            output.WriteLine($"| {measure} | {of(development)} | {of(heldOut)} |");
        }
    }

    /// <summary>Writes the tables for evaluated stories.</summary>
    internal static void Write(TextWriter output, IReadOnlyList<StoryEvaluation> results, bool verbose)
    {
        var gold = results.SelectMany(r => r.Gold).ToList();
        var predicted = results.SelectMany(r => r.Predicted).ToList();
        var neutral = results.SelectMany(r => r.Neutral).ToList();
        var grouping = results.SelectMany(r => r.Grouping).ToList();
        var translations = results.SelectMany(r => r.Translations).ToList();
        var claims = results.SelectMany(r => r.Claims).ToList();
        var multi = results.Sum(r => r.MultiSourceStatements);
        var salad = results.Sum(r => r.SaladStatements.Count);

        output.WriteLine(F($"statement corpus: {results.Count} stories, {results.Sum(r => r.Documents)} documents, {grouping.Count} gold statements, {gold.Count} labelled discrepancies, {neutral.Count} neutral changes, {translations.Count} translations"));
        output.WriteLine();
        output.WriteLine("| story | docs | grouped | recall | precision | neutral accused | salad |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(F($"| {r.Story} | {r.Documents} | {r.Grouping.Count(g => g.Ok)}/{r.Grouping.Count} | {Ratio(r.Gold.Count(g => g.Found), r.Gold.Count)} | {Ratio(r.Predicted.Count(p => p.Correct), r.Predicted.Count)} | {r.Neutral.Count(n => n.AccusedBy is not null)}/{r.Neutral.Count} | {r.SaladStatements.Count}/{r.MultiSourceStatements} |"));
        }

        output.WriteLine();
        output.WriteLine("| kind | gold | found | recall | predicted | correct | precision |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var kinds = GoldStory.Kinds.Concat(predicted.Select(p => Title(p.Predicted.Kind))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var kind in kinds)
        {
            var g = gold.Where(o => Same(o.Gold.Kind, kind)).ToList();
            var p = predicted.Where(o => Same(o.Predicted.Kind, kind)).ToList();
            output.WriteLine(F($"| {kind} | {g.Count} | {g.Count(o => o.Found)} | {Percent(g.Count(o => o.Found), g.Count)} | {p.Count} | {p.Count(o => o.Correct)} | {Percent(p.Count(o => o.Correct), p.Count)} |"));
        }

        output.WriteLine(F($"| **all** | {gold.Count} | {gold.Count(o => o.Found)} | {Percent(gold.Count(o => o.Found), gold.Count)} | {predicted.Count} | {predicted.Count(o => o.Correct)} | {Percent(predicted.Count(o => o.Correct), predicted.Count)} |"));
        output.WriteLine();

        var material = gold.Where(o => o.Gold.Material).ToList();
        var reasons = neutral.Count(n => n.ReasonReported);
        var lines = new (string Measure, string Value)[]
        {
            ("grouping (gold statements in exactly one report statement of their own)", $"{Ratio(grouping.Count(g => g.Ok), grouping.Count)}"),
            ("discrepancy recall", Ratio(gold.Count(o => o.Found), gold.Count)),
            ("discrepancy precision (predictions with weight > 0)", Ratio(predicted.Count(o => o.Correct), predicted.Count)),
            ("material changes flagged material", Ratio(material.Count(o => o.MaterialFlagged), material.Count)),
            ("neutral changes accused (weight > 0; goal 0)", Ratio(neutral.Count(n => n.AccusedBy is not null), neutral.Count)),
            ("neutral changes reported with their reason", results.Any(r => r.ReportHasReasons) ? Ratio(reasons, neutral.Count) : "no reason field in the report"),
            ("translations detected", Ratio(translations.Count(t => t.Detected), translations.Count)),
            ("multi-source statements with a consensus word pair no rendering has (goal 0)", Ratio(salad, multi)),
            ("claims expectations met", Ratio(claims.Count(c => c.Met), claims.Count)),
        };
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---:|");
        foreach (var (measure, value) in lines)
        {
            output.WriteLine($"| {measure} | {value} |");
        }

        if (verbose)
        {
            WriteDetails(output, results);
        }
    }

    private static void WriteDetails(TextWriter output, IReadOnlyList<StoryEvaluation> results)
    {
        foreach (var r in results)
        {
            var lines = new List<string>();
            lines.AddRange(r.Grouping.Where(g => !g.Ok).Select(g => $"  grouping   {g.Statement}: {g.Detail}"));
            lines.AddRange(r.Gold.Where(g => !g.Found).Select(g => $"  missed     {g.Gold.Document}/{g.Gold.Statement} {g.Gold.Kind}: “{g.Gold.Expected}” → “{g.Gold.Actual}”"));
            lines.AddRange(r.Gold.Where(g => g.Gold.Material && !g.MaterialFlagged).Select(g => $"  not material {g.Gold.Document}/{g.Gold.Statement}: “{g.Gold.Expected}” → “{g.Gold.Actual}”"));
            lines.AddRange(r.Predicted.Where(p => !p.Correct).Select(p => F($"  false alarm {p.Predicted.Document}/{p.Predicted.Statement ?? "(unlabelled quote)"} [{p.Predicted.ReportStatement}] {p.Predicted.Kind} ({p.Predicted.Weight:0.##}): “{p.Predicted.Expected}” → “{p.Predicted.Actual}”")));
            lines.AddRange(r.Neutral.Where(n => n.AccusedBy is not null).Select(n => F($"  accused    {n.Neutral.Document}/{n.Neutral.Statement} {n.Neutral.Reason} “{n.Neutral.Expected}” → “{n.Neutral.Actual}” as {n.AccusedBy!.Kind} ({n.AccusedBy.Weight:0.##})")));
            lines.AddRange(r.Neutral.Where(n => n.AccusedBy is null && !n.ReasonReported).Select(n => $"  no reason  {n.Neutral.Document}/{n.Neutral.Statement} {n.Neutral.Reason} “{n.Neutral.Expected}” → “{n.Neutral.Actual}”"));
            lines.AddRange(r.Translations.Where(t => !t.Detected).Select(t => $"  translation not detected {t.Translation.Document} ({t.Translation.Language})"));
            lines.AddRange(r.SaladPairs.Select(s => $"  salad      {s.ReportStatement}: “{s.First} {s.Second}”"));
            lines.AddRange(r.Claims.Where(c => !c.Met).Select(c => $"  claim      {c.Claim.Kind} {string.Join(" / ", c.Claim.Values)} ({c.Claim.Expect}): {c.Detail}"));
            if (lines.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(r.Story);
                foreach (var line in lines)
                {
                    output.WriteLine(line);
                }
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Title(string kind) => kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..];

    private static string Percent(int n, int d) => d == 0 ? "—" : (100.0 * n / d).ToString("0.0", Inv) + " %";

    private static string Ratio(int n, int d) => d == 0 ? "0/0" : F($"{n}/{d} ({Percent(n, d)})");

    private static string F(FormattableString s) => s.ToString(Inv);
}
