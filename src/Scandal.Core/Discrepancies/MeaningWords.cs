namespace Scandal.Core.Discrepancies;

/// <summary>
/// Words whose change alters what a statement asserts: numbers, negations, and modals or hedges. A discrepancy that
/// changes one of them (or swaps a name) is <see cref="Discrepancy.Material"/>.
/// </summary>
internal static class MeaningWords
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "trillion", "dozen", "dozens", "percent", "twice",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "nowhere", "without",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "may", "might", "will", "would", "could", "can", "should", "must", "shall", "ought", "perhaps", "maybe", "possibly",
        "probably", "likely", "unlikely", "certainly", "definitely", "surely", "always",
    };

    /// <summary>A number: digits, or a number word (not "one", "first", "second", which are as often not numbers).</summary>
    public static bool IsNumber(string norm)
    {
        foreach (var c in norm)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return NumberWords.Contains(norm);
    }

    /// <summary>A negation (contractions are expanded before: <c>don't</c> is <c>do not</c>).</summary>
    public static bool IsNegation(string norm) => Negations.Contains(norm) || norm.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>A modal verb or a hedge.</summary>
    public static bool IsModal(string norm) => Modals.Contains(norm);

    /// <summary>
    /// What makes the change from <paramref name="expected"/> to <paramref name="actual"/> material, and how many words it
    /// concerns: a number, a negation or a modal that one side has and the other has not (counted as a multiset).
    /// </summary>
    public static (string? Reason, int Words) Material(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var numbers = Difference(expected, actual, IsNumber);
        if (numbers > 0)
        {
            return (DiscrepancyReasons.Number, numbers + Difference(expected, actual, IsNegation) + Difference(expected, actual, IsModal));
        }

        var negations = Difference(expected, actual, IsNegation);
        if (negations > 0)
        {
            return (DiscrepancyReasons.Negation, negations + Difference(expected, actual, IsModal));
        }

        var modals = Difference(expected, actual, IsModal);
        return modals > 0 ? (DiscrepancyReasons.Modal, modals) : (null, 0);
    }

    /// <summary>Words of one kind found on one side and not the other, the larger side counted.</summary>
    private static int Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual, Func<string, bool> kind)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in expected)
        {
            if (kind(w))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        foreach (var w in actual)
        {
            if (kind(w))
            {
                counts[w] = counts.GetValueOrDefault(w) - 1;
            }
        }

        int missing = 0, added = 0;
        foreach (var n in counts.Values)
        {
            if (n > 0)
            {
                missing += n;
            }
            else
            {
                added -= n;
            }
        }

        return Math.Max(missing, added);
    }
}
