using System.Globalization;
using Scandal.Core;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Cli;

/// <summary>Resolves the inputs, runs the engine and writes the chosen report.</summary>
internal static class Runner
{
    public static int Run(ScandalEngine engine, CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var paths = args.Paths.Count > 0 ? args.Paths : [FindSeeds()];
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.txt").Concat(Directory.GetFiles(path, "*.md")).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                stderr.WriteLine($"scandal: no such file or folder: {path}");
                return 1;
            }
        }

        foreach (var reference in args.References)
        {
            if (!File.Exists(reference))
            {
                stderr.WriteLine($"scandal: no such reference file: {reference}");
                return 1;
            }
        }

        var articles = Deduplicate(files.Select(Article.FromFile));
        var report = engine.CrossCheck(articles, args.References.Select(Article.FromFile));
        var output = args.Format switch
        {
            "json" => JsonReportWriter.Write(report),
            "markdown" => MarkdownReportWriter.Write(report),
            _ => TextReport.Write(report, args.ListQuotes),
        };

        if (args.OutFile is { } outFile)
        {
            File.WriteAllText(outFile, output);
            stdout.WriteLine($"wrote {args.Format} report to {outFile}");
        }
        else
        {
            stdout.Write(output);
        }

        return 0;
    }

    /// <summary>Two files with the same name in different folders get distinct ids (name, name-2, ...).</summary>
    private static IEnumerable<Article> Deduplicate(IEnumerable<Article> articles)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (seen.TryGetValue(article.Id, out var n))
            {
                seen[article.Id] = n + 1;
                var text = article.Text;
                yield return Article.FromText(string.Create(CultureInfo.InvariantCulture, $"{article.Id}-{n + 1}"), text);
            }
            else
            {
                seen[article.Id] = 1;
                yield return article;
            }
        }
    }

    private static string FindSeeds()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        return "seeds";
    }
}
