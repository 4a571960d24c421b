namespace Scandal.Core.Benchmarks.Accuracy;

/// <summary>Extraction precision/recall and speaker accuracy on <c>tests/corpus/speakers</c> (issue 9).</summary>
internal static class SpeakerAccuracy
{
    /// <summary>Prints the figures; false when the corpus is missing or unreadable.</summary>
    public static bool Print(string corpus, TextWriter output)
    {
        output.WriteLine($"speaker corpus: {corpus} (evaluation not written yet)");
        return Directory.Exists(corpus);
    }
}
