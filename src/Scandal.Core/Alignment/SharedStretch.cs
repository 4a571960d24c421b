namespace Scandal.Core.Alignment;

/// <summary>
/// What two renderings have in common word for word: their longest shared stretch, their longest shared stretch holding
/// two specific words or more (see <see cref="CommonWords"/>), their longest holding one specific word or more, and how
/// many words of the shorter lie in a shared stretch of three words or more.
/// </summary>
internal readonly record struct SharedStretch(int Longest, int LongestSpecific, int LongestWithTopic, int ShorterWords, int ShorterCovered)
{
    /// <summary>Words a stretch needs to tie two renderings together, and specific words among them.</summary>
    public const int MinWords = 4;

    /// <inheritdoc cref="MinWords"/>
    public const int MinSpecific = 2;

    /// <summary>A stretch this long ties two renderings whatever else they hold.</summary>
    public const int LongWords = 8;

    /// <summary>The longest stretch is long and specific enough to be one statement's words rather than a stock phrase.</summary>
    public bool Specific => LongestSpecific >= MinWords;

    /// <summary>Enough for a paraphrase to be told apart from another statement on its subject: three words in a row, one specific.</summary>
    public bool Echoes => LongestWithTopic >= 3;

    /// <summary>The shorter is the longer's words throughout (one stretch holds all of it).</summary>
    public bool ShorterContained => Longest == ShorterWords;

    /// <summary>
    /// Whether the two are renderings of one statement: a specific stretch of eight words or more, or a specific stretch
    /// and shared stretches covering half the shorter. A short rendering (under eight words) held whole in the other is
    /// not enough to merge two statements: it may sit in both, so it joins as a witness instead (see
    /// <see cref="StatementGrouper"/>).
    /// </summary>
    public bool SameStatement =>
        Specific && (LongestSpecific >= LongWords || (ShorterCovered * 2 >= ShorterWords && !(ShorterContained && ShorterWords < LongWords)));

    /// <summary>Measures the shared stretches of two renderings' normalised words.</summary>
    public static SharedStretch Measure(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0)
        {
            return new SharedStretch(0, 0, 0, 0, 0);
        }

        // Start positions in the shorter of each word (a few per word: repeats beyond them add nothing but time).
        const int PerWord = 8;
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < shorter.Count; j++)
        {
            if (!starts.TryGetValue(shorter[j], out var list))
            {
                starts[shorter[j]] = list = new List<int>(1);
            }

            if (list.Count < PerWord)
            {
                list.Add(j);
            }
        }

        var covered = new bool[shorter.Count];
        int longest = 0, longestSpecific = 0, longestWithTopic = 0;
        for (var i = 0; i < longer.Count; i++)
        {
            if (!starts.TryGetValue(longer[i], out var list))
            {
                continue;
            }

            foreach (var j in list)
            {
                if (i > 0 && j > 0 && string.Equals(longer[i - 1], shorter[j - 1], StringComparison.Ordinal))
                {
                    continue; // not the start of a stretch
                }

                var k = 1;
                var specific = CommonWords.Contains(shorter[j]) ? 0 : 1;
                while (i + k < longer.Count && j + k < shorter.Count && string.Equals(longer[i + k], shorter[j + k], StringComparison.Ordinal))
                {
                    specific += CommonWords.Contains(shorter[j + k]) ? 0 : 1;
                    k++;
                }

                longest = Math.Max(longest, k);
                if (specific >= 1)
                {
                    longestWithTopic = Math.Max(longestWithTopic, k);
                }

                if (specific >= MinSpecific)
                {
                    longestSpecific = Math.Max(longestSpecific, k);
                }

                if (k >= 3)
                {
                    Array.Fill(covered, true, j, k);
                }
            }
        }

        var count = 0;
        foreach (var c in covered)
        {
            count += c ? 1 : 0;
        }

        return new SharedStretch(longest, longestSpecific, longestWithTopic, shorter.Count, count);
    }
}
