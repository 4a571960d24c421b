using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Scandal.Core.Matching;

/// <summary>
/// The bit masks of a pattern for bit-parallel LCS (Hyyrö): for each distinct character, one bit per position.
/// Characters map to rows through a 256-entry table (Latin-1) and an open-addressing table beyond, so any UTF-16 text
/// works without a 65,536-entry table. Row 0 is the all-zero row of characters the pattern lacks.
/// <para>
/// A pattern of up to 64 characters fits one word. Longer ones use words of 63 positions, bit 63 of every mask left
/// clear: the LCS state keeps that spare bit set, so an addition's carry shows in it and moves to the next word with
/// one shift, instead of two comparisons (see <c>Lcs.CarryIn</c>).
/// </para>
/// </summary>
internal ref struct PatternMasks
{
    /// <summary>Positions per word of a multi-word pattern.</summary>
    public const int WideBits = 63;

    /// <summary>The 63 low bits: the positions of one word of a multi-word pattern.</summary>
    public const ulong WideMask = ~0UL >> 1;

    private readonly Span<ushort> latin;
    private readonly Span<char> extendedKeys;
    private readonly Span<ushort> extendedRows;
    private readonly Span<ulong> rows;
    private readonly int mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PatternMasks(ReadOnlySpan<char> pattern, Span<ushort> latin, Span<char> extendedKeys, Span<ushort> extendedRows, Span<ulong> rows, bool prebuilt = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latin.Length, 256, nameof(latin));
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, RowsSize(pattern.Length), nameof(rows));
        this.latin = latin;
        this.extendedKeys = extendedKeys;
        this.extendedRows = extendedRows;
        this.rows = rows;
        Blocks = BlocksFor(pattern.Length);
        Length = pattern.Length;
        mask = extendedKeys.Length - 1;
        if (prebuilt)
        {
            return; // the tables already hold this pattern's masks
        }

        latin.Clear();
        extendedRows.Clear();
        ref var latinRows = ref MemoryMarshal.GetReference(latin);
        ref var table = ref MemoryMarshal.GetReference(rows);
        var blocks = Blocks;
        var bitsPerWord = blocks == 1 ? 64 : WideBits;
        if (pattern.Length < ushort.MaxValue && !pattern.ContainsAnyInRange((char)256, char.MaxValue))
        {
            BuildLatin(pattern, ref latinRows, rows[..RowsSize(pattern.Length)], blocks, bitsPerWord);
            return;
        }

        ClearRow(ref table, 0, blocks);
        var next = 1;
        for (int start = 0, word = 0; start < pattern.Length; start += bitsPerWord, word++)
        {
            var bit = 1UL;
            foreach (var c in pattern.Slice(start, Math.Min(bitsPerWord, pattern.Length - start)))
            {
                int row;
                if (c < 256)
                {
                    ref var slot = ref Unsafe.Add(ref latinRows, c);
                    row = slot;
                    if (row == 0)
                    {
                        row = next++;
                        slot = (ushort)row;
                        ClearRow(ref table, row * blocks, blocks);
                    }
                }
                else
                {
                    row = Row(c);
                    if (row == 0)
                    {
                        row = next++;
                        SetRow(c, row);
                        ClearRow(ref table, row * blocks, blocks);
                    }
                }

                Unsafe.Add(ref table, (row * blocks) + word) |= bit;
                bit <<= 1;
            }
        }
    }

    /// <summary>
    /// A Latin-1 pattern's masks without a branch per character: a character's row is one past its last position
    /// (rows are sparse, the table is cleared whole), where numbering rows in order of first sight would mispredict a
    /// branch once per distinct character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildLatin(ReadOnlySpan<char> pattern, ref ushort latin, Span<ulong> rows, int blocks, int bitsPerWord)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            Unsafe.Add(ref latin, pattern[i]) = (ushort)(i + 1);
        }

        rows.Clear();
        ref var table = ref MemoryMarshal.GetReference(rows);
        for (int start = 0, word = 0; start < pattern.Length; start += bitsPerWord, word++)
        {
            var bit = 1UL;
            foreach (var c in pattern.Slice(start, Math.Min(bitsPerWord, pattern.Length - start)))
            {
                Unsafe.Add(ref table, ((nuint)Unsafe.Add(ref latin, c) * (nuint)blocks) + (nuint)word) |= bit;
                bit <<= 1;
            }
        }
    }

    /// <summary>Words per row: 1 up to 64 characters, then one per 63.</summary>
    public int Blocks { get; }

    /// <summary>The pattern's length in characters.</summary>
    public int Length { get; }

    /// <summary>Words per row for a pattern of <paramref name="length"/> characters.</summary>
    public static int BlocksFor(int length) => length <= 64 ? 1 : (length + WideBits - 1) / WideBits;

    /// <summary>The positions word <paramref name="block"/> holds: all 64 of a one-word pattern, up to 63 otherwise.</summary>
    public readonly ulong ValidBits(int block)
    {
        if (Blocks == 1)
        {
            return Length >= 64 ? ~0UL : (1UL << Length) - 1;
        }

        var n = Math.Min(WideBits, Length - (block * WideBits));
        return (1UL << n) - 1;
    }

    /// <summary>Scratch sizes for a pattern of <paramref name="length"/> characters.</summary>
    public static int ExtendedSize(int length) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, length * 2));

    /// <summary>The open-addressing table is only needed for characters beyond Latin-1.</summary>
    public static int ExtendedSize(ReadOnlySpan<char> pattern) => pattern.ContainsAnyInRange((char)256, char.MaxValue) ? ExtendedSize(pattern.Length) : 4;

    public static int RowsSize(int length) => (length + 1) * BlocksFor(length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ulong Get1(char c) => Unsafe.Add(ref MemoryMarshal.GetReference(rows), Row(c));

    /// <summary>The latin table's first entry: hot loops index it directly for characters below 256.</summary>
    public readonly ref ushort LatinRows => ref MemoryMarshal.GetReference(latin);

    /// <summary>The row table's first word: row <c>r</c> starts at word <c>r × Blocks</c>.</summary>
    public readonly ref ulong Table => ref MemoryMarshal.GetReference(rows);

    /// <summary>
    /// The row index of a character: its latin entry below 256, the open-addressing table beyond; 0 (the all-zero row)
    /// for characters the pattern lacks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Row(char c)
    {
        if (c < 256)
        {
            return Unsafe.Add(ref MemoryMarshal.GetReference(latin), c);
        }

        var h = (c * 40503) & mask;
        while (true)
        {
            var r = extendedRows[h];
            if (r == 0 || extendedKeys[h] == c)
            {
                return r;
            }

            h = (h + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearRow(ref ulong table, int at, int blocks)
    {
        for (var b = 0; b < blocks; b++)
        {
            Unsafe.Add(ref table, at + b) = 0;
        }
    }

    private readonly void SetRow(char c, int row)
    {
        var h = (c * 40503) & mask;
        while (extendedRows[h] != 0)
        {
            h = (h + 1) & mask;
        }

        extendedKeys[h] = c;
        extendedRows[h] = (ushort)row;
    }
}

/// <summary>Rented scratch for patterns too long for the stack.</summary>
internal sealed class PatternScratch : IDisposable
{
    public PatternScratch(int length)
    {
        Latin = ArrayPool<ushort>.Shared.Rent(256);
        Keys = ArrayPool<char>.Shared.Rent(PatternMasks.ExtendedSize(length));
        ExtRows = ArrayPool<ushort>.Shared.Rent(PatternMasks.ExtendedSize(length));
        Rows = ArrayPool<ulong>.Shared.Rent(PatternMasks.RowsSize(length));
        KeysLength = PatternMasks.ExtendedSize(length);
        RowsLength = PatternMasks.RowsSize(length);
    }

    public ushort[] Latin { get; }

    public char[] Keys { get; }

    public ushort[] ExtRows { get; }

    public ulong[] Rows { get; }

    public int KeysLength { get; }

    public int RowsLength { get; }

    public void Dispose()
    {
        ArrayPool<ushort>.Shared.Return(Latin);
        ArrayPool<char>.Shared.Return(Keys);
        ArrayPool<ushort>.Shared.Return(ExtRows);
        ArrayPool<ulong>.Shared.Return(Rows);
    }
}
