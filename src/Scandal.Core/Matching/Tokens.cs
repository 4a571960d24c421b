using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Scandal.Core.Matching;

/// <summary>
/// Whitespace tokens of a string as (start, length) ranges, sorted ordinally, joined back with single spaces into a
/// caller's buffer: the building blocks of token_sort and token_set without allocating.
/// </summary>
internal static class Tokens
{
    /// <summary>
    /// Splits on <see cref="char.IsWhiteSpace(char)"/>; returns the token count. Sixteen characters at a time where
    /// vectors are hardware-accelerated: a block of ASCII gives its whitespace as one bit mask (space, tab to carriage
    /// return: the only ASCII whitespace), a block holding anything beyond ASCII is tested character by character.
    /// Token edges are the bits where the mask changes.
    /// </summary>
    public static int Split(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        var n = 0;
        var start = -1; // where the open token began; -1 between tokens
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var at = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            for (; i <= s.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var inToken = TokenBits(s.Slice(i, Vector256<ushort>.Count), Vector256.LoadUnsafe(ref at, (nuint)i));
                var edges = inToken ^ (((inToken << 1) | (start >= 0 ? 1u : 0u)) & 0xFFFF);
                while (edges != 0)
                {
                    var k = i + BitOperations.TrailingZeroCount(edges);
                    edges &= edges - 1;
                    if (start < 0)
                    {
                        start = k;
                    }
                    else
                    {
                        ranges[n++] = (start, k - start);
                        start = -1;
                    }
                }
            }
        }

        for (; i < s.Length; i++)
        {
            var space = char.IsWhiteSpace(s[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                ranges[n++] = (start, i - start);
                start = -1;
            }
        }

        if (start >= 0)
        {
            ranges[n++] = (start, s.Length - start);
        }

        return n;
    }

    /// <summary>Bit k set: character k of a 16-character block is not whitespace.</summary>
    private static uint TokenBits(ReadOnlySpan<char> block, Vector256<ushort> v)
    {
        if (Vector256.GreaterThanOrEqualAny(v, Vector256.Create((ushort)0x80)))
        {
            var bits = 0u;
            for (var k = 0; k < block.Length; k++)
            {
                bits |= char.IsWhiteSpace(block[k]) ? 0u : 1u << k;
            }

            return bits;
        }

        var space = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThan(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)5));
        return ~space.ExtractMostSignificantBits() & 0xFFFF;
    }

    /// <summary>
    /// Sorts ranges by their text, ordinal: a primitive sort of 64-bit keys (the first three characters, packed so that
    /// integer order is ordinal order, above the token's index), then an insertion sort of runs whose characters tie.
    /// </summary>
    [SkipLocalsInit]
    public static void Sort(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        if (ranges.Length < 2)
        {
            return;
        }

        if (ranges.Length > ushort.MaxValue + 1)
        {
            ComparisonSort(s, ranges);
            return;
        }

        Span<ulong> keys = ranges.Length <= 512 ? stackalloc ulong[ranges.Length] : new ulong[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            keys[i] = (Key(s.Slice(ranges[i].Start, ranges[i].Length)) << 16) | (uint)i;
        }

        keys.Sort();
        Span<(int Start, int Length)> sorted = ranges.Length <= 512 ? stackalloc (int, int)[ranges.Length] : new (int, int)[ranges.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = ranges[(int)(keys[i] & 0xFFFF)];
        }

        sorted.CopyTo(ranges);
        var run = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || (keys[i] >> 16) != (keys[run] >> 16))
            {
                if (i - run > 1)
                {
                    InsertionSort(s, ranges[run..i]);
                }

                run = i;
            }
        }
    }

    /// <summary>The first three UTF-16 units, most significant first; shorter tokens pad with zero (ties are sorted by text).</summary>
    private static ulong Key(ReadOnlySpan<char> token) => token.Length switch
    {
        0 => 0,
        1 => (ulong)token[0] << 32,
        2 => ((ulong)token[0] << 32) | ((ulong)token[1] << 16),
        _ => ((ulong)token[0] << 32) | ((ulong)token[1] << 16) | token[2],
    };

    /// <summary>More tokens than a key's index field holds: a comparison sort (rare: 65,536 tokens or more).</summary>
    private static void ComparisonSort(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        var text = s.ToString();
        var array = ranges.ToArray();
        Array.Sort(array, (x, y) => text.AsSpan(x.Start, x.Length).SequenceCompareTo(text.AsSpan(y.Start, y.Length)));
        array.CopyTo(ranges);
    }

    private static void InsertionSort(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        for (var i = 1; i < ranges.Length; i++)
        {
            var key = ranges[i];
            var keyText = s.Slice(key.Start, key.Length);
            var j = i - 1;
            while (j >= 0 && s.Slice(ranges[j].Start, ranges[j].Length).SequenceCompareTo(keyText) > 0)
            {
                ranges[j + 1] = ranges[j];
                j--;
            }

            ranges[j + 1] = key;
        }
    }

    /// <summary>Removes adjacent duplicates from sorted ranges; returns the new count.</summary>
    public static int Dedupe(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        if (ranges.Length == 0)
        {
            return 0;
        }

        var n = 1;
        for (var i = 1; i < ranges.Length; i++)
        {
            if (!Text(s, ranges[i]).SequenceEqual(Text(s, ranges[n - 1])))
            {
                ranges[n++] = ranges[i];
            }
        }

        return n;
    }

    public static ReadOnlySpan<char> Text(ReadOnlySpan<char> s, (int Start, int Length) r) => s.Slice(r.Start, r.Length);

    /// <summary>Appends tokens to <paramref name="buffer"/> at <paramref name="at"/>, separated by single spaces; returns the new end.</summary>
    public static int Join(ReadOnlySpan<char> s, ReadOnlySpan<(int Start, int Length)> ranges, Span<char> buffer, int at)
    {
        foreach (var r in ranges)
        {
            at = Append(s.Slice(r.Start, r.Length), buffer, at);
        }

        return at;
    }

    /// <summary>
    /// Joins only the tokens <see cref="Mark"/> marked (<paramref name="marked"/> true) or only those it did not.
    /// </summary>
    public static int Join(ReadOnlySpan<char> s, ReadOnlySpan<(int Start, int Length)> ranges, bool marked, Span<char> buffer, int at)
    {
        foreach (var r in ranges)
        {
            if (r.Length < 0 == marked)
            {
                at = Append(s.Slice(r.Start, Math.Abs(r.Length)), buffer, at);
            }
        }

        return at;
    }

    /// <summary>Marks a token in place (its length turns negative), for the <c>Join</c> that takes <c>marked</c>.</summary>
    public static void Mark(ref (int Start, int Length) range) => range.Length = -range.Length;

    private static int Append(ReadOnlySpan<char> token, Span<char> buffer, int at)
    {
        if (at > 0)
        {
            buffer[at++] = ' ';
        }

        if (token.Length <= 8)
        {
            for (var k = 0; k < token.Length; k++)
            {
                buffer[at + k] = token[k]; // short words: a loop beats a copy call
            }
        }
        else
        {
            token.CopyTo(buffer[at..]);
        }

        return at + token.Length;
    }
}
