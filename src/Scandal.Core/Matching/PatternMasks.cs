using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Scandal.Core.Matching;

/// <summary>
/// The bit masks of a pattern for bit-parallel LCS (Hyyrö): for each distinct character, one bit per position, in
/// blocks of 64. Characters map to rows through a 256-entry table (Latin-1) and an open-addressing table beyond, so
/// any UTF-16 text works without a 65,536-entry table. Row 0 is the all-zero row of characters the pattern lacks.
/// </summary>
internal ref struct PatternMasks
{
    private readonly Span<ushort> latin;
    private readonly Span<char> extendedKeys;
    private readonly Span<ushort> extendedRows;
    private readonly Span<ulong> rows;
    private readonly int mask;

    public PatternMasks(ReadOnlySpan<char> pattern, Span<ushort> latin, Span<char> extendedKeys, Span<ushort> extendedRows, Span<ulong> rows, bool prebuilt = false)
    {
        this.latin = latin;
        this.extendedKeys = extendedKeys;
        this.extendedRows = extendedRows;
        this.rows = rows;
        Blocks = (pattern.Length + 63) >> 6;
        Length = pattern.Length;
        mask = extendedKeys.Length - 1;
        if (prebuilt)
        {
            return; // the tables already hold this pattern's masks
        }

        latin.Clear();
        extendedRows.Clear();
        var next = 1;
        rows[..Blocks].Clear();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var row = Row(c);
            if (row == 0)
            {
                row = next++;
                rows.Slice(row * Blocks, Blocks).Clear();
                SetRow(c, row);
            }

            rows[(row * Blocks) + (i >> 6)] |= 1UL << (i & 63);
        }
    }

    public int Blocks { get; }

    public int Length { get; }

    /// <summary>Scratch sizes for a pattern of <paramref name="length"/> characters.</summary>
    public static int ExtendedSize(int length) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, length * 2));

    /// <summary>The open-addressing table is only needed for characters beyond Latin-1.</summary>
    public static int ExtendedSize(ReadOnlySpan<char> pattern) => pattern.ContainsAnyInRange((char)256, char.MaxValue) ? ExtendedSize(pattern.Length) : 4;

    public static int RowsSize(int length) => (length + 1) * ((length + 63) >> 6);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ReadOnlySpan<ulong> Get(char c)
    {
        var row = Row(c);
        return rows.Slice(row * Blocks, Blocks);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ulong Get1(char c) => rows[Row(c)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Row(char c)
    {
        if (c < 256)
        {
            return latin[c];
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

    private readonly void SetRow(char c, int row)
    {
        if (c < 256)
        {
            latin[c] = (ushort)row;
            return;
        }

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
