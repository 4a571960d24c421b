namespace Scandal.Core.Alignment;

/// <summary>
/// How much of one sentence a loose rewording keeps: the words two word sequences share as a multiset (a contraction
/// counted as the word before its apostrophe, so <c>I'll</c> shares <c>I</c> with <c>I will</c>), how many of them are
/// specific (not <see cref="CommonWords"/>), whether they share a word pair in a row, and the Dice coefficient.
/// </summary>
internal readonly record struct Rewording(int Shared, int Specific, bool SharesPair, double Dice)
{
    /// <summary>Words a rewording and the sentence it rewords each need: shorter ones share words by chance.</summary>
    public const int MinWords = 8;

    /// <summary>Shared words needed.</summary>
    public const int MinShared = 5;

    /// <summary>Dice coefficient needed.</summary>
    public const double MinDice = 0.4;

    /// <summary>
    /// Whether the words say one sentence reworded: at least <see cref="MinShared"/> words shared, two of them specific
    /// (or one and a word pair shared in a row), and a Dice coefficient of <see cref="MinDice"/> or more. On its own this does not
    /// tell a rewording from another sentence of the speaker on the subject (those share as much); callers add the
    /// evidence that does (see <see cref="StatementGrouper"/>).
    /// </summary>
    public bool Rewords => Shared >= MinShared && (Specific >= 2 || (Specific >= 1 && SharesPair)) && Dice >= MinDice;

    /// <summary>A word reduced for comparison: a contraction to the word before its apostrophe.</summary>
    public static string Stem(string norm)
    {
        var apostrophe = norm.IndexOf('\'', StringComparison.Ordinal);
        return apostrophe > 0 ? norm[..apostrophe] : norm;
    }

    /// <summary>Compares two word sequences (normalised words).</summary>
    public static Rewording Compare(IReadOnlyList<string> a, int aStart, int aCount, IReadOnlyList<string> b, int bStart, int bCount)
    {
        if (aCount == 0 || bCount == 0)
        {
            return default;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = aStart; i < aStart + aCount; i++)
        {
            var s = Stem(a[i]);
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }

        int shared = 0, specific = 0;
        for (var j = bStart; j < bStart + bCount; j++)
        {
            var s = Stem(b[j]);
            if (counts.TryGetValue(s, out var n) && n > 0)
            {
                counts[s] = n - 1;
                shared++;
                specific += CommonWords.Contains(s) ? 0 : 1;
            }
        }

        var pairs = new HashSet<(string, string)>();
        for (var i = aStart; i + 1 < aStart + aCount; i++)
        {
            pairs.Add((Stem(a[i]), Stem(a[i + 1])));
        }

        var sharesPair = false;
        for (var j = bStart; j + 1 < bStart + bCount && !sharesPair; j++)
        {
            sharesPair = pairs.Contains((Stem(b[j]), Stem(b[j + 1])));
        }

        return new Rewording(shared, specific, sharesPair, 2.0 * shared / (aCount + bCount));
    }

    /// <summary>The sentences of a word sequence as (start, count), given where sentences end.</summary>
    public static List<(int Start, int Count)> Sentences(int count, Func<int, bool> endsSentence)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            if (endsSentence(i) || i == count - 1)
            {
                list.Add((start, i - start + 1));
                start = i + 1;
            }
        }

        return list;
    }
}
