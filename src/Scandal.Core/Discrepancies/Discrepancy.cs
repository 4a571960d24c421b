using Scandal.Core.Text;

namespace Scandal.Core.Discrepancies;

/// <summary>One departure of a rendering from the consensus wording of its statement.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Discrepancy
{
    internal Discrepancy(DiscrepancyKind kind, string expected, string actual, TextSpan span, bool signalled, bool contested, double weight, bool material = false, string? reason = null)
    {
        Kind = kind;
        Expected = expected;
        Actual = actual;
        Span = span;
        Signalled = signalled;
        Contested = contested;
        Weight = weight;
        Material = material;
        Reason = reason;
    }

    /// <summary>What kind of departure it is.</summary>
    public DiscrepancyKind Kind { get; }

    /// <summary>The consensus words (empty for an insertion).</summary>
    public string Expected { get; }

    /// <summary>The outlet's words as printed (empty for an omission or a truncation).</summary>
    public string Actual { get; }

    /// <summary>
    /// Where it is in the outlet's article: the outlet's words, or, for an omission or a truncation, the empty span
    /// at the point where the words are missing.
    /// </summary>
    public TextSpan Span { get; }

    /// <summary>The outlet signalled the change itself (an ellipsis, a bracketed insertion such as [sic]): not a misquote, and it does not count.</summary>
    public bool Signalled { get; }

    /// <summary>The position is contested (outlets split evenly), so the departure does not count against anyone.</summary>
    public bool Contested { get; }

    /// <summary>What it costs in the fidelity formula, in word-equivalents (0 when typographic, signalled or contested).</summary>
    public double Weight { get; }

    /// <summary>
    /// The change alters what the statement asserts: a number changed, a negation dropped or added, a name swapped, a
    /// modal or hedge changed (<see cref="Reason"/> says which). It weighs at least 2 per word and is listed first.
    /// </summary>
    public bool Material { get; }

    /// <summary>
    /// Why it weighs what it weighs, when that is not plain from its kind: one of <see cref="DiscrepancyReasons"/>
    /// (<c>spelling-variant</c>, <c>contraction</c>, <c>censored</c>, <c>sic</c>, <c>number</c>, <c>negation</c> ...), or
    /// <see langword="null"/>.
    /// </summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: '{Expected}' → '{Actual}' at {Span}";
}
