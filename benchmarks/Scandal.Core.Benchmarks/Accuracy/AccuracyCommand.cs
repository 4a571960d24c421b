namespace Scandal.Core.Benchmarks.Accuracy;

/// <summary>
/// <c>-- accuracy [--corpus tests/corpus]</c>: prints how well the pipeline does on the labelled development corpora
/// written for the project (<c>tests/corpus/speakers</c>: extraction and speaker attribution;
/// <c>tests/corpus/statements</c>: grouping, consensus and discrepancies).
/// </summary>
internal static class AccuracyCommand
{
    public static int Run(string[] args)
    {
        var root = args.Length >= 2 && args[0] == "--corpus" ? args[1] : FindCorpus();
        var ok = SpeakerAccuracy.Print(Path.Combine(root, "speakers"), Console.Out);
        Console.WriteLine();
        ok &= DiscrepancyAccuracy.Print(Path.Combine(root, "statements"), Console.Out);
        return ok ? 0 : 1;
    }

    /// <summary>The first <c>tests/corpus</c> above the program's folder or the working directory.</summary>
    private static string FindCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/corpus not found above the working directory; pass --corpus <dir>.");
    }
}
