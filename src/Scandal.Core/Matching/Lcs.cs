using System.Numerics;
using System.Runtime.CompilerServices;

namespace Scandal.Core.Matching;

/// <summary>
/// Longest common subsequence by bit-parallel simulation (Allison–Dix / Hyyrö): one pass over the text, one word
/// operation per 64 pattern characters. Common prefixes and suffixes are stripped first.
/// </summary>
internal static class Lcs
{
    private const int StackRows = 4096;

    public static int Length(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var prefix = s1.CommonPrefixLength(s2);
        s1 = s1[prefix..];
        s2 = s2[prefix..];
        var suffix = CommonSuffixLength(s1, s2);
        s1 = s1[..^suffix];
        s2 = s2[..^suffix];
        if (s1.Length == 0 || s2.Length == 0)
        {
            return prefix + suffix;
        }

        if (s1.Length > s2.Length)
        {
            var t = s1;
            s1 = s2;
            s2 = t;
        }

        return prefix + suffix + Core(s1, s2);
    }

    /// <summary>LCS of a pattern (any length) and a text, without affix stripping.</summary>
    [SkipLocalsInit]
    public static int Core(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var rowsSize = PatternMasks.RowsSize(pattern.Length);
        var extSize = PatternMasks.ExtendedSize(pattern);
        if (rowsSize <= StackRows && extSize <= 2048)
        {
            Span<ushort> latin = stackalloc ushort[256];
            Span<char> keys = stackalloc char[extSize];
            Span<ushort> ext = stackalloc ushort[extSize];
            Span<ulong> rows = stackalloc ulong[rowsSize];
            var masks = new PatternMasks(pattern, latin, keys, ext, rows);
            return WithMasks(ref masks, text);
        }

        using var scratch = new PatternScratch(pattern.Length);
        var pooled = new PatternMasks(pattern, scratch.Latin, scratch.Keys.AsSpan(0, scratch.KeysLength), scratch.ExtRows.AsSpan(0, scratch.KeysLength), scratch.Rows.AsSpan(0, scratch.RowsLength));
        return WithMasks(ref pooled, text);
    }

    /// <summary>LCS of the pattern behind <paramref name="masks"/> and <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WithMasks(ref PatternMasks masks, ReadOnlySpan<char> text)
    {
        var blocks = masks.Blocks;
        if (blocks == 1)
        {
            var s = ~0UL;
            foreach (var c in text)
            {
                var m = masks.Get1(c);
                var u = s & m;
                s = (s + u) | (s - u);
            }

            return BitOperations.PopCount(~s & LowBits(masks.Length));
        }

        if (blocks == 2)
        {
            // Two words, unrolled: the common case for quote-sized strings (65–128 characters).
            ulong s0 = ~0UL, s1 = ~0UL;
            foreach (var c in text)
            {
                var row = masks.Get(c);
                var u0 = s0 & row[0];
                var sum0 = s0 + u0;
                var carry = sum0 < s0 ? 1UL : 0UL;
                var n0 = sum0 | (s0 - u0);
                var u1 = s1 & row[1];
                var sum1 = s1 + u1 + carry;
                s1 = sum1 | (s1 - u1);
                s0 = n0;
            }

            return BitOperations.PopCount(~s0) + BitOperations.PopCount(~s1 & LowBits(masks.Length - 64));
        }

        Span<ulong> state = blocks <= 256 ? stackalloc ulong[blocks] : new ulong[blocks];
        state.Fill(~0UL);
        foreach (var c in text)
        {
            var row = masks.Get(c);
            ulong carry = 0;
            for (var b = 0; b < blocks; b++)
            {
                var x = state[b];
                var u = x & row[b];
                var sum = x + u;
                var c1 = sum < x ? 1UL : 0UL;
                var sum2 = sum + carry;
                c1 |= sum2 < sum ? 1UL : 0UL;
                carry = c1;
                state[b] = sum2 | (x - u);
            }
        }

        var lcs = 0;
        for (var b = 0; b < blocks; b++)
        {
            var valid = b == blocks - 1 ? LowBits(masks.Length - (b * 64)) : ~0UL;
            lcs += BitOperations.PopCount(~state[b] & valid);
        }

        return lcs;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowBits(int n) => n >= 64 ? ~0UL : (1UL << n) - 1;

    public static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = 0;
        var max = Math.Min(a.Length, b.Length);
        while (n < max && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }

        return n;
    }
}
