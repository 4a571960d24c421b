namespace Scandal.Core.Benchmarks.Accuracy;

/// <summary>Discrepancy recall/precision by kind and consensus word-pair check on <c>tests/corpus/statements</c> (issue 10).</summary>
internal static class DiscrepancyAccuracy
{
    /// <summary>Prints the figures; false when the corpus is missing or unreadable.</summary>
    public static bool Print(string corpus, TextWriter output)
    {
        output.WriteLine($"statement corpus: {corpus} (evaluation not written yet)");
        return Directory.Exists(corpus);
    }
}
