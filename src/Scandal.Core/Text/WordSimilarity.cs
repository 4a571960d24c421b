namespace Scandal.Core.Text;

/// <summary>
/// Character-level similarity of two short words: the one edit distance of the library (typos in quotations, names
/// spelled two ways in claims) and the Indel ratio the aligner prices substitutions with. Words over 64 characters are
/// equal or unrelated.
/// </summary>
internal static class WordSimilarity
{
    /// <summary>Normalised Indel similarity in [0, 1]: 2·LCS / (|a| + |b|).</summary>
    public static double Ratio(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length > 64 || b.Length > 64)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;
        }

        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            var tmp = prev;
            prev = cur;
            cur = tmp;
        }

        return 2.0 * prev[b.Length] / (a.Length + b.Length);
    }

    /// <summary>Optimal-string-alignment distance (an adjacent transposition counts one), capped at <paramref name="max"/> + 1.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > 64 || b.Length > 64)
        {
            return max + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}
