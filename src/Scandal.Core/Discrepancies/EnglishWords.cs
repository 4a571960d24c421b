using System.IO.Compression;

namespace Scandal.Core.Discrepancies;

/// <summary>
/// The English word list shipped with the package (SCOWL size 50 via Debian's wamerican, about 74,000 lower-case words
/// with their inflections; licence in <c>Resources/english-words.LICENSE.txt</c>), loaded once on first use.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether a normalised word (lower case, straight apostrophes) is an English word. A possessive
    /// (<c>dog's</c>) is its noun; a hyphenated compound is a word when each part is.</summary>
    public static bool Contains(string norm)
    {
        var words = Words.Value;
        if (words.Contains(norm))
        {
            return true;
        }

        if (norm.EndsWith("'s", StringComparison.Ordinal) || norm.EndsWith("s'", StringComparison.Ordinal))
        {
            return words.Contains(norm[..^2]) || (norm[^1] == '\'' && words.Contains(norm[..^1]));
        }

        if (norm.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in norm.Split('-'))
            {
                if (part.Length > 0 && !words.Contains(part))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Scandal.Core.english-words.txt.gz")
            ?? throw new InvalidOperationException("The embedded English word list is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        var set = new HashSet<string>(80_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
