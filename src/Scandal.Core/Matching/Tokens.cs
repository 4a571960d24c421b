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

    /// <summary>Sorts ranges by their text, ordinal (insertion sort: token lists are short).</summary>
    public static void Sort(ReadOnlySpan<char> s, Span<(int Start, int Length)> ranges)
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
