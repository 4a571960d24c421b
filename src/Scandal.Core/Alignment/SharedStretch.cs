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
        var ids = new WordIds();
        return Measure(ids.Of(a), ids.Of(b), ids, new StretchScratch());
    }

    /// <summary>
    /// Measures the shared stretches of two renderings given as word numbers of one <see cref="WordIds"/> (equal words,
    /// equal numbers), in <paramref name="scratch"/> (one per thread): no allocation per pair. Same result as on the
    /// words themselves.
    /// </summary>
    public static SharedStretch Measure(int[] a, int[] b, WordIds ids, StretchScratch scratch)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == 0)
        {
            return new SharedStretch(0, 0, 0, 0, 0);
        }

        // Start positions in the shorter of each word (the first few per word: repeats beyond them add nothing but
        // time), linked through `next` from the word's head; the scratch is reset for the shorter's words at the end.
        const int PerWord = 8;
        var (head, count, next, coveredArray) = scratch.For(ids.Count, shorter.Length);
        var covered = coveredArray.AsSpan(0, shorter.Length);
        var specificWord = ids.Specific;
        for (var j = 0; j < shorter.Length; j++)
        {
            var w = shorter[j];
            if (count[w] < PerWord)
            {
                count[w]++;
                next[j] = head[w];
                head[w] = j;
            }
        }

        int longest = 0, longestSpecific = 0, longestWithTopic = 0;
        for (var i = 0; i < longer.Length; i++)
        {
            for (var j = head[longer[i]]; j >= 0; j = next[j])
            {
                if (i > 0 && j > 0 && longer[i - 1] == shorter[j - 1])
                {
                    continue; // not the start of a stretch
                }

                var k = 1;
                var specific = specificWord[shorter[j]] ? 1 : 0;
                while (i + k < longer.Length && j + k < shorter.Length && longer[i + k] == shorter[j + k])
                {
                    specific += specificWord[shorter[j + k]] ? 1 : 0;
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
                    covered.Slice(j, k).Fill(true);
                }
            }
        }

        var coveredCount = 0;
        foreach (var c in covered)
        {
            coveredCount += c ? 1 : 0;
        }

        foreach (var w in shorter)
        {
            head[w] = -1;
            count[w] = 0;
        }

        return new SharedStretch(longest, longestSpecific, longestWithTopic, shorter.Length, coveredCount);
    }
}

/// <summary>
/// Numbers the normalised words of one grouping (equal words, equal numbers) and knows which are specific (not
/// <see cref="CommonWords"/>). Numbering is not thread-safe; reading numbers made is.
/// </summary>
internal sealed class WordIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private bool[] specific = new bool[256];

    /// <summary>Whether each word number is a specific word.</summary>
    public bool[] Specific => specific;

    /// <summary>How many words are numbered.</summary>
    public int Count => ids.Count;

    /// <summary>The word numbers of <paramref name="norms"/>, numbering new words.</summary>
    public int[] Of(IReadOnlyList<string> norms)
    {
        var result = new int[norms.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var norm = norms[i];
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, norm, out var exists);
            if (!exists)
            {
                id = ids.Count - 1;
                if (id == specific.Length)
                {
                    Array.Resize(ref specific, id * 2);
                }

                specific[id] = !CommonWords.Contains(norm);
            }

            result[i] = id;
        }

        return result;
    }
}

/// <summary>The scratch of <see cref="SharedStretch.Measure(int[], int[], WordIds, StretchScratch)"/>: one per thread.</summary>
internal sealed class StretchScratch
{
    private int[] head = [];
    private int[] count = [];
    private int[] next = new int[256];
    private bool[] covered = new bool[256];

    /// <summary>Heads and counts per word number (all -1 and 0), next and covered (cleared) per position of the shorter.</summary>
    internal (int[] Head, int[] Count, int[] Next, bool[] Covered) For(int words, int shorter)
    {
        if (head.Length < words)
        {
            var length = Math.Max(words, head.Length * 2);
            var heads = new int[length];
            Array.Fill(heads, -1);
            head = heads; // (the old one is all -1: nothing to copy)
            count = new int[length];
        }

        if (next.Length < shorter)
        {
            next = new int[Math.Max(shorter, next.Length * 2)];
            covered = new bool[next.Length];
        }

        Array.Clear(covered, 0, shorter);
        return (head, count, next, covered);
    }
}
