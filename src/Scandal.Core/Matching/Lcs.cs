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
    /// 63 positions per word (see <see cref="PatternMasks"/> and <see cref="CarryIn"/>). Patterns of up to four words
    /// keep the state in registers; longer ones loop over a stack buffer.
    /// </remarks>
    public static int WithMasks(ref PatternMasks masks, ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange((char)256, char.MaxValue) ? WithMasks<AnyRows>(ref masks, text) : WithMasks<LatinRows>(ref masks, text);

    private static int WithMasks<TRows>(ref PatternMasks masks, ReadOnlySpan<char> text)
        where TRows : struct, IRowLookup => masks.Blocks switch
        {
            1 => OneWord<TRows>(ref masks, text),
            2 => TwoWords<TRows>(ref masks, text),
            3 => FourWords<TRows, Three>(ref masks, text),
            4 => FourWords<TRows, Four>(ref masks, text),
            _ => ManyWords<TRows>(ref masks, text),
        };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int OneWord<TRows>(ref PatternMasks masks, ReadOnlySpan<char> text)
        where TRows : struct, IRowLookup
    {
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        var s = ~0UL;
        foreach (var c in text)
        {
            var u = s & Unsafe.Add(ref table, (nuint)TRows.Row(ref masks, ref latin, c));
            s = (s + u) | (s - u);
        }

        return BitOperations.PopCount(~s & masks.ValidBits(0));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TwoWords<TRows>(ref PatternMasks masks, ReadOnlySpan<char> text)
        where TRows : struct, IRowLookup
    {
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        ulong s0 = ~0UL, s1 = ~0UL;
        foreach (var c in text)
        {
            ref var row = ref Unsafe.Add(ref table, (nuint)TRows.Row(ref masks, ref latin, c) << 1);
            var u = s0 & row;
            var sum = s0 + u;
            s0 = sum | (s0 - u);
            var carry = CarryIn(sum);
            u = s1 & Unsafe.Add(ref row, 1);
            s1 = (s1 + u + carry) | (s1 - u);
        }

        return BitOperations.PopCount(~s0 & PatternMasks.WideMask) + BitOperations.PopCount(~s1 & masks.ValidBits(1));
    }

    /// <summary>Three or four words, compiled once for each (<typeparamref name="TWords"/>), so the stride is a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FourWords<TRows, TWords>(ref PatternMasks masks, ReadOnlySpan<char> text)
        where TRows : struct, IRowLookup
        where TWords : struct, IWordCount
    {
        var four = TWords.Count == 4;
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        ulong s0 = ~0UL, s1 = ~0UL, s2 = ~0UL, s3 = ~0UL;
        foreach (var c in text)
        {
            // Word by word, each finished before the next: few values live at once, so the state stays in registers.
            ref var row = ref Unsafe.Add(ref table, (nuint)TRows.Row(ref masks, ref latin, c) * (nuint)TWords.Count);
            var u = s0 & row;
            var sum = s0 + u;
            s0 = sum | (s0 - u);
            var carry = CarryIn(sum);
            u = s1 & Unsafe.Add(ref row, 1);
            sum = s1 + u + carry;
            s1 = sum | (s1 - u);
            carry = CarryIn(sum);
            u = s2 & Unsafe.Add(ref row, 2);
            sum = s2 + u + carry;
            s2 = sum | (s2 - u);
            if (four)
            {
                u = s3 & Unsafe.Add(ref row, 3);
                s3 = (s3 + u + CarryIn(sum)) | (s3 - u);
            }
        }

        const ulong Wide = PatternMasks.WideMask;
        var lcs = BitOperations.PopCount(~s0 & Wide) + BitOperations.PopCount(~s1 & Wide) + BitOperations.PopCount(~s2 & masks.ValidBits(2));
        return four ? lcs + BitOperations.PopCount(~s3 & masks.ValidBits(3)) : lcs;
    }

    /// <summary>
    /// The carry into the next word, plus one: a multi-word state keeps its spare bit 63 set, so a carry out of the 63
    /// positions clears it (the sum's bit 63 is 0 exactly when there is a carry). <c>sar</c> gives −1 without a carry
    /// and 0 with one, and the next word adds <c>1 + sar</c>. The state's <c>S − U</c> term keeps bit 63 set, so
    /// <c>S' = sum | (S − U)</c> restores it without a mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CarryIn(ulong sum) => 1 + (ulong)((long)sum >> 63);

    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ManyWords<TRows>(ref PatternMasks masks, ReadOnlySpan<char> text)
        where TRows : struct, IRowLookup
    {
        var blocks = masks.Blocks;
        Span<ulong> state = blocks <= 256 ? stackalloc ulong[blocks] : new ulong[blocks];
        state.Fill(~0UL); // spare bits set: see CarryIn
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var latin = ref masks.LatinRows;
        ref var table = ref masks.Table;
        foreach (var c in text)
        {
            ref var row = ref Unsafe.Add(ref table, TRows.Row(ref masks, ref latin, c) * blocks);
            var carry = 0UL;
            for (var b = 0; b < blocks; b++)
            {
                ref var word = ref Unsafe.Add(ref s, b);
                var x = word;
                var u = x & Unsafe.Add(ref row, b);
                var sum = x + u + carry;
                carry = CarryIn(sum);
                word = sum | (x - u);
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

    /// <summary>
    /// How a kernel finds a text character's row. Kernels are compiled once per lookup: a text without characters
    /// beyond Latin-1 (checked once, vectorised) reads the 256-entry table alone, which keeps the loop free of the
    /// open-addressing branch and its registers.
    /// </summary>
    private interface IRowLookup
    {
        static abstract int Row(ref PatternMasks masks, ref ushort latin, char c);
    }

    private readonly struct LatinRows : IRowLookup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Row(ref PatternMasks masks, ref ushort latin, char c) => Unsafe.Add(ref latin, c);
    }

    private readonly struct AnyRows : IRowLookup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Row(ref PatternMasks masks, ref ushort latin, char c) => c < 256 ? Unsafe.Add(ref latin, c) : masks.Row(c);
    }

    /// <summary>The word count of a register kernel, known when it is compiled.</summary>
    private interface IWordCount
    {
        static abstract int Count { get; }
    }

    private readonly struct Three : IWordCount
    {
        public static int Count => 3;
    }

    private readonly struct Four : IWordCount
    {
        public static int Count => 4;
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
