namespace Scandal.Core.Tests.Matching;

/// <summary>
/// RapidFuzz's scorer definitions written the slow, obvious way (dynamic-programming LCS, every window tried, tokens
/// with LINQ), as the reference for the public fast scorers on random pairs.
/// </summary>
internal static class NaiveScorers
{
    public static int Lcs(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var diag = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diag + 1 : Math.Max(row[j], row[j - 1]);
                diag = up;
            }
        }

        return row[b.Length];
    }

    public static double Ratio(string a, string b) => a.Length + b.Length == 0 ? 100 : 100.0 * 2 * Lcs(a, b) / (a.Length + b.Length);

    public static double PartialRatio(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 100 : 0;
        }

        var best = OneWay(a.Length <= b.Length ? a : b, a.Length <= b.Length ? b : a);
        return a.Length == b.Length ? Math.Max(best, OneWay(b, a)) : best;

        static double OneWay(string shorter, string longer)
        {
            var m = shorter.Length;
            var best = 0.0;
            for (var end = 1; end < m; end++)
            {
                best = Math.Max(best, Ratio(shorter, longer[..end])); // windows at the start
            }

            for (var start = 0; start + m <= longer.Length; start++)
            {
                best = Math.Max(best, Ratio(shorter, longer.Substring(start, m)));
            }

            for (var start = longer.Length - m + 1; start < longer.Length; start++)
            {
                best = Math.Max(best, Ratio(shorter, longer[start..])); // windows at the end
            }

            return best;
        }
    }

    private static string[] Words(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string SortedJoin(IEnumerable<string> words) => string.Join(' ', words.Order(StringComparer.Ordinal));

    public static double TokenSortRatio(string a, string b) => Ratio(SortedJoin(Words(a)), SortedJoin(Words(b)));

    public static double PartialTokenSortRatio(string a, string b) => PartialRatio(SortedJoin(Words(a)), SortedJoin(Words(b)));

    public static double TokenSetRatio(string a, string b)
    {
        var ta = Words(a).ToHashSet();
        var tb = Words(b).ToHashSet();
        if (ta.Count == 0 || tb.Count == 0)
        {
            return 0;
        }

        var sect = SortedJoin(ta.Intersect(tb));
        var ab = SortedJoin(ta.Except(tb));
        var ba = SortedJoin(tb.Except(ta));
        if (sect.Length > 0 && (ab.Length == 0 || ba.Length == 0))
        {
            return 100;
        }

        var c1 = (sect + " " + ab).Trim();
        var c2 = (sect + " " + ba).Trim();
        return Math.Max(Ratio(c1, c2), sect.Length == 0 ? 0 : Math.Max(Ratio(sect, c1), Ratio(sect, c2)));
    }

    public static double PartialTokenSetRatio(string a, string b)
    {
        var ta = Words(a).ToHashSet();
        var tb = Words(b).ToHashSet();
        if (ta.Count == 0 || tb.Count == 0)
        {
            return 0;
        }

        return ta.Overlaps(tb) ? 100 : PartialRatio(SortedJoin(ta.Except(tb)), SortedJoin(tb.Except(ta)));
    }

    public static double QRatio(string a, string b) => a.Length == 0 || b.Length == 0 ? 0 : Ratio(a, b);

    public static double WRatio(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var lenRatio = (double)Math.Max(a.Length, b.Length) / Math.Min(a.Length, b.Length);
        var best = Ratio(a, b);
        if (lenRatio < 1.5)
        {
            return Math.Max(best, Math.Max(TokenSortRatio(a, b), TokenSetRatio(a, b)) * 0.95);
        }

        var scale = lenRatio <= 8 ? 0.9 : 0.6;
        best = Math.Max(best, PartialRatio(a, b) * scale);
        return Math.Max(best, Math.Max(PartialTokenSortRatio(a, b), PartialTokenSetRatio(a, b)) * 0.95 * scale);
    }
}
