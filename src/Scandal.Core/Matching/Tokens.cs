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
    /// Sorts ranges by their text, ordinal: an introsort on a key of the first four characters (packed so that integer
    /// order is ordinal order), then an insertion sort of runs whose keys tie.
    /// </summary>
    public static void Sort(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
    {
        if (ranges.Length < 2)
        {
            return;
        }

        if (ranges.Length <= 8)
        {
            InsertionSort(s, ranges);
            return;
        }

        Span<(ulong Key, int Index)> keyed = ranges.Length <= 512 ? stackalloc (ulong, int)[ranges.Length] : new (ulong, int)[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            keyed[i] = (Key(s.Slice(ranges[i].Start, ranges[i].Length)), i);
        }

        keyed.Sort();
        Span<(int Start, int Length)> sorted = ranges.Length <= 512 ? stackalloc (int, int)[ranges.Length] : new (int, int)[ranges.Length];
        for (var i = 0; i < keyed.Length; i++)
        {
            sorted[i] = ranges[keyed[i].Index];
        }

        sorted.CopyTo(ranges);
        var run = 0;
        for (var i = 1; i <= keyed.Length; i++)
        {
            if (i == keyed.Length || keyed[i].Key != keyed[run].Key)
            {
                if (i - run > 1)
                {
                    InsertionSort(s, ranges[run..i]);
                }

                run = i;
            }
        }
    }

    /// <summary>The first four UTF-16 units, most significant first; shorter tokens pad with zero (so "ab" &lt; "abc").</summary>
    private static ulong Key(ReadOnlySpan<char> token)
    {
        ulong key = 0;
        for (var i = 0; i < 4; i++)
        {
            key = (key << 16) | (i < token.Length ? token[i] : 0u);
        }

        return key;
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

            s.Slice(r.Start, r.Length).CopyTo(buffer[at..]);
            at += r.Length;
        }

        return at;
    }
}
