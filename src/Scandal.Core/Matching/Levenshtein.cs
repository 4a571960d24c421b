namespace Scandal.Core.Matching;

/// <summary>Unit-cost Levenshtein distance: Myers/Hyyrö bit-parallel for patterns up to 64 characters, a two-row DP beyond.</summary>
internal static class Levenshtein
{
    public static int Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var prefix = s1.CommonPrefixLength(s2);
        s1 = s1[prefix..];
        s2 = s2[prefix..];
        var suffix = Lcs.CommonSuffixLength(s1, s2);
        s1 = s1[..^suffix];
        s2 = s2[..^suffix];
        if (s1.Length > s2.Length)
        {
            var t = s1;
            s1 = s2;
            s2 = t;
        }

        if (s1.Length == 0)
        {
            return s2.Length;
        }

        if (s1.Length <= 64)
        {
            Span<ushort> latin = stackalloc ushort[256];
            var ext = PatternMasks.ExtendedSize(s1.Length);
            Span<char> keys = stackalloc char[ext];
            Span<ushort> extRows = stackalloc ushort[ext];
            Span<ulong> rows = stackalloc ulong[PatternMasks.RowsSize(s1.Length)];
            var masks = new PatternMasks(s1, latin, keys, extRows, rows);
            ulong vp = ~0UL, vn = 0;
            var last = 1UL << (s1.Length - 1);
            var score = s1.Length;
            foreach (var c in s2)
            {
                var eq = masks.Get1(c);
                var xv = eq | vn;
                var xh = (((eq & vp) + vp) ^ vp) | eq;
                var hp = vn | ~(xh | vp);
                var hn = vp & xh;
                if ((hp & last) != 0)
                {
                    score++;
                }
                else if ((hn & last) != 0)
                {
                    score--;
                }

                hp = (hp << 1) | 1;
                hn <<= 1;
                vp = hn | ~(xv | hp);
                vn = hp & xv;
            }

            return score;
        }

        var prev = new int[s1.Length + 1];
        var cur = new int[s1.Length + 1];
        for (var i = 0; i <= s1.Length; i++)
        {
            prev[i] = i;
        }

        for (var j = 1; j <= s2.Length; j++)
        {
            cur[0] = j;
            for (var i = 1; i <= s1.Length; i++)
            {
                cur[i] = Math.Min(Math.Min(prev[i] + 1, cur[i - 1] + 1), prev[i - 1] + (s1[i - 1] == s2[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[s1.Length];
    }
}
