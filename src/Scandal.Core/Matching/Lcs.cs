using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Scandal.Core.Matching;

/// <summary>
/// Longest common subsequence by bit-parallel simulation (Allison–Dix / Hyyrö): one pass over the text, one word
/// operation per 63 pattern characters (64 in a one-word pattern). Common prefixes and suffixes are stripped first.
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
    /// <remarks>
    /// Each text character adds the pattern's match row to the state words with carries between them
    /// (<c>S' = (S + (S &amp; M)) | (S - (S &amp; M))</c>); the LCS is the count of cleared bits. Multi-word patterns keep
    /// 63 positions per word (see <see cref="PatternMasks"/>), so a word's carry is its bit 63. Patterns of up to four
    /// words keep the state in registers; longer ones loop over a stack buffer.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WithMasks(ref PatternMasks masks, ReadOnlySpan<char> text) => masks.Blocks switch
    {
        1 => OneWord(ref masks, text),
        2 => TwoWords(ref masks, text),
        3 or 4 => FourWords(ref masks, text),
        _ => ManyWords(ref masks, text),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int OneWord(ref PatternMasks masks, ReadOnlySpan<char> text)
    {
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        var s = ~0UL;
        foreach (var c in text)
        {
            var u = s & Unsafe.Add(ref table, c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c));
            s = (s + u) | (s - u);
        }

        return BitOperations.PopCount(~s & masks.ValidBits(0));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TwoWords(ref PatternMasks masks, ReadOnlySpan<char> text)
    {
        const ulong Wide = PatternMasks.WideMask;
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        ulong s0 = Wide, s1 = ~0UL;
        foreach (var c in text)
        {
            ref var row = ref Unsafe.Add(ref table, (c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c)) << 1);
            var u0 = s0 & row;
            var u1 = s1 & Unsafe.Add(ref row, 1);
            var sum0 = s0 + u0;
            var sum1 = s1 + (sum0 >> 63) + u1;
            s0 = (sum0 & Wide) | (s0 - u0);
            s1 = sum1 | (s1 - u1);
        }

        return BitOperations.PopCount(~s0 & Wide) + BitOperations.PopCount(~s1 & masks.ValidBits(1));
    }

    /// <summary>Three or four words: a three-word pattern runs with a fourth word whose mask is always zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FourWords(ref PatternMasks masks, ReadOnlySpan<char> text)
    {
        const ulong Wide = PatternMasks.WideMask;
        var four = masks.Blocks == 4;
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        var blocks = masks.Blocks;
        ulong s0 = Wide, s1 = Wide, s2 = four ? Wide : ~0UL, s3 = ~0UL;
        foreach (var c in text)
        {
            ref var row = ref Unsafe.Add(ref table, (c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c)) * blocks);
            var u0 = s0 & row;
            var u1 = s1 & Unsafe.Add(ref row, 1);
            var u2 = s2 & Unsafe.Add(ref row, 2);
            var u3 = four ? s3 & Unsafe.Add(ref row, 3) : 0;
            var sum0 = s0 + u0;
            var sum1 = s1 + (sum0 >> 63) + u1;
            var sum2 = s2 + (sum1 >> 63) + u2;
            var sum3 = s3 + (sum2 >> 63) + u3;
            s0 = (sum0 & Wide) | (s0 - u0);
            s1 = (sum1 & Wide) | (s1 - u1);
            s2 = (four ? sum2 & Wide : sum2) | (s2 - u2);
            s3 = sum3 | (s3 - u3);
        }

        var lcs = BitOperations.PopCount(~s0 & Wide) + BitOperations.PopCount(~s1 & Wide) + BitOperations.PopCount(~s2 & masks.ValidBits(2));
        return four ? lcs + BitOperations.PopCount(~s3 & masks.ValidBits(3)) : lcs;
    }

    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ManyWords(ref PatternMasks masks, ReadOnlySpan<char> text)
    {
        const ulong Wide = PatternMasks.WideMask;
        var blocks = masks.Blocks;
        Span<ulong> state = blocks <= 256 ? stackalloc ulong[blocks] : new ulong[blocks];
        state.Fill(Wide); // the last word's spare bit is never read
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        foreach (var c in text)
        {
            ref var row = ref Unsafe.Add(ref table, (c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c)) * blocks);
            ulong carry = 0;
            for (var b = 0; b < blocks; b++)
            {
                ref var word = ref Unsafe.Add(ref s, b);
                var x = word;
                var u = x & Unsafe.Add(ref row, b);
                var sum = x + carry + u;
                carry = sum >> 63;
                word = (sum & Wide) | (x - u);
            }
        }

        var lcs = 0;
        for (var b = 0; b < blocks; b++)
        {
            lcs += BitOperations.PopCount(~state[b] & masks.ValidBits(b));
        }

        return lcs;
    }

    /// <summary>
    /// The match mask of every text character for a one-word pattern, so that the LCS of any window can be read off
    /// without looking characters up again (<see cref="Window"/>, <see cref="FourWindows"/>).
    /// </summary>
    public static void TextMasks(scoped ref PatternMasks masks, ReadOnlySpan<char> text, scoped Span<ulong> into)
    {
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        for (var j = 0; j < text.Length; j++)
        {
            var c = text[j];
            into[j] = Unsafe.Add(ref table, c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c));
        }
    }

    /// <summary>LCS of a one-word pattern with the window <c>[start, start + length)</c>, from <see cref="TextMasks"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Window(ReadOnlySpan<ulong> textMasks, int start, int length, ulong valid)
    {
        var s = ~0UL;
        foreach (var m in textMasks.Slice(start, length))
        {
            var u = s & m;
            s = (s + u) | (s - u);
        }

        return BitOperations.PopCount(~s & valid);
    }

    /// <summary>
    /// LCS of a one-word pattern with the four windows starting at <paramref name="start"/> … <paramref name="start"/> + 3,
    /// one per vector lane: lane k reads the text masks from <c>start + k</c>, so each step is one unaligned load.
    /// Needs <see cref="Vector256.IsHardwareAccelerated"/> and <c>start + 3 + length ≤ textMasks.Length</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FourWindows(ReadOnlySpan<ulong> textMasks, int start, int length, ulong valid, Span<int> lcs)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + 3 + length, textMasks.Length);
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetReference(textMasks), start);
        var s = Vector256<ulong>.AllBitsSet;
        for (var t = 0; t < length; t++)
        {
            var u = s & Vector256.LoadUnsafe(ref at, (nuint)t);
            s = (s + u) | (s - u);
        }

        s = ~s & Vector256.Create(valid);
        for (var k = 0; k < 4; k++)
        {
            lcs[k] = BitOperations.PopCount(s.GetElement(k));
        }
    }

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
