namespace Scandal.Core.Text;

/// <summary>
/// A half-open range of characters <c>[Start, End)</c> in an article's text, as .NET string (UTF-16) indices
/// into the text exactly as decoded (line endings are not normalised).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index one past the last character; must not be less than <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Index of the first character.</summary>
    public int Start { get; }

    /// <summary>Index one past the last character.</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers no character.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is contained in this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Returns the characters this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
