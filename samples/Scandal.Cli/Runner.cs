using System.Text;
using Scandal.Core;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Cli;

/// <summary>Resolves the inputs, checks the output, runs the engine and streams the chosen report to its destination.</summary>
internal static class Runner
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the console; a failure is a <see cref="CliError"/> (one line, a documented exit code).</summary>
    public static int Run(ScandalEngine engine, CliArguments args, Stream stdout, TextWriter stderr)
    {
        // 1. What to read (cheap: names only), and what to write to, before any work.
        var paths = args.Paths.Count > 0 ? args.Paths : [FindSeeds()];
        var files = InputSelection.Resolve(paths, args.Recursive, stderr);
        foreach (var reference in args.References)
        {
            if (!File.Exists(reference))
            {
                throw new CliError(CliError.Input, $"no such reference file: {reference}");
            }
        }

        if (files.Count == 0)
        {
            throw new CliError(CliError.Input, $"nothing to read: no *.txt or *.md file in {string.Join(", ", paths)}");
        }

        var protectedPaths = files.Concat(args.References).Select(InputSelection.RealPath).ToHashSet(StringComparer.Ordinal);
        using var output = args.OutFile is { } outFile ? OutputFile.Open(outFile, protectedPaths) : null;

        // 2. Read; a file that is not a regular file (a named pipe, a device) or cannot be read is skipped with a warning.
        var articles = new List<Article>(files.Count);
        foreach (var file in files)
        {
            var article = Article.FromFile(file);
            if (article.Diagnostics.FirstOrDefault(d => d.Code is DiagnosticCodes.NotRegularFile or DiagnosticCodes.Unreadable) is { } refused)
            {
                stderr.WriteLine($"scandal: warning: skipped {file}: {InputSelection.OneLine(refused.Message)}");
                continue;
            }

            articles.Add(article);
        }

        if (articles.Count == 0)
        {
            throw new CliError(CliError.Input, "nothing to read: no selected file could be read");
        }

        articles = ArticleIds.Assign(articles, stderr);
        var report = engine.CrossCheck(articles, args.References.Select(Article.FromFile));

        // 3. Stream the report to its destination.
        var destination = output?.Stream ?? stdout;
        try
        {
            Write(report, args, destination);
        }
        catch (IOException ex) when (output is not null)
        {
            throw new CliError(CliError.Output, $"--out {args.OutFile}: {InputSelection.OneLine(ex.Message)}");
        }

        if (output is not null)
        {
            output.Commit();
            var done = Utf8NoBom.GetBytes($"wrote {args.Format} report to {args.OutFile}{Environment.NewLine}");
            stdout.Write(done);
            stdout.Flush();
        }

        return 0;
    }

    private static void Write(CrossCheckReport report, CliArguments args, Stream destination)
    {
        switch (args.Format)
        {
            case "json":
                JsonReportWriter.Write(report, destination);
                break;
            case "markdown":
                MarkdownReportWriter.Write(report, destination);
                break;
            default:
                using (var writer = new StreamWriter(destination, Utf8NoBom, 1 << 16, leaveOpen: true))
                {
                    TextReport.Write(report, args.ListQuotes, writer);
                }

                break;
        }

        destination.Flush();
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
