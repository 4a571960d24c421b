namespace Scandal.Core.Matching;

/// <summary>
/// Whitespace tokens of a string as (start, length) ranges, sorted ordinally, joined back with single spaces into a
/// caller's buffer: the building blocks of token_sort and token_set without allocating.
/// </summary>
internal static class Tokens
{
    public static int Split(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i > start)
            {
                ranges[n++] = (start, i - start);
            }
        }

        return n;
    }

    /// <summary>
    /// Sorts ranges by their text, ordinal: a primitive sort of 64-bit keys (the first three characters, packed so that
    /// integer order is ordinal order, above the token's index), then an insertion sort of runs whose characters tie.
    /// </summary>
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
            if (at > 0)
            {
                buffer[at++] = ' ';
            }

            var token = s.Slice(r.Start, r.Length);
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

            at += r.Length;
        }

        return at;
    }
}
