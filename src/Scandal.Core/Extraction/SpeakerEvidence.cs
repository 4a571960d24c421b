namespace Scandal.Core.Extraction;

/// <summary>
/// How a quotation's speaker was found: the cue pattern that fired and the characters of the cue, so a reviewer can
/// check who said what without reading the article (<c>NAME VERB</c> at <c>812..829</c> is "Mr. Weaver said").
/// </summary>
/// <remarks>
/// <para>Rules: <c>NAME VERB</c>, <c>HONORIFIC NAME VERB</c>, <c>VERB NAME</c>, <c>VERB DESCRIPTOR NAME</c>,
/// <c>NAME, APPOSITIVE, VERB</c>, <c>according to NAME</c>, <c>PRONOUN VERB</c>, <c>ISSUER VERB</c>, <c>ROLE VERB</c>,
/// <c>STATEMENT VERB</c>, <c>continuation</c> (a quoted paragraph after a paragraph by the same speaker),
/// <c>reported speech</c> (a quoted paragraph after <c>X says …</c>), <c>heading of post</c> and <c>post signature</c>.
/// For a continuation the span is the cue that named the speaker earlier.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SpeakerEvidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="rule">The name of the cue pattern that fired.</param>
    /// <param name="start">Index of the first character of the cue in the article text.</param>
    /// <param name="end">Index one past the last character of the cue.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or after <paramref name="end"/>.</exception>
    public SpeakerEvidence(string rule, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        Rule = rule;
        Start = start;
        End = end;
    }

    /// <summary>The name of the cue pattern that fired, such as <c>VERB DESCRIPTOR NAME</c>.</summary>
    public string Rule { get; }

    /// <summary>Index of the first character of the cue in the article text.</summary>
    public int Start { get; }

    /// <summary>Index one past the last character of the cue.</summary>
    public int End { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Start}..{End}";
}
