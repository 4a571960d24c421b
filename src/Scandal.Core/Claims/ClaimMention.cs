using Scandal.Core.Text;

namespace Scandal.Core.Claims;

/// <summary>One place where an article states a name, an amount or a date.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ClaimMention
{
    internal ClaimMention(string documentId, ClaimKind kind, string text, string value, TextSpan span, IReadOnlyList<string> context, string? alternativeValue = null)
    {
        DocumentId = documentId;
        Kind = kind;
        Text = text;
        Value = value;
        Span = span;
        Context = ReadOnly.Copy(context);
        AlternativeValue = alternativeValue;
    }

    /// <summary>The article it was found in.</summary>
    public string DocumentId { get; }

    /// <summary>What kind of claim it is.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The words exactly as printed.</summary>
    public string Text { get; }

    /// <summary>
    /// The normalised value: the name without possessive for <see cref="ClaimKind.Name"/>, <c>USD 25000000</c> for an
    /// amount, <c>2022-11-27</c> or <c>--11-27</c> (no year printed) for a date.
    /// </summary>
    public string Value { get; }

    /// <summary>Where it is in the article text.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// For an ambiguous numeric date (<c>04/06</c> in an article whose other dates do not settle day or month first), the
    /// day-first reading (<see cref="Value"/> is the month-first one); otherwise <see langword="null"/>.
    /// </summary>
    public string? AlternativeValue { get; }

    /// <summary>The date could be read day first or month first (see <see cref="AlternativeValue"/>).</summary>
    public bool Ambiguous => AlternativeValue is not null;

    /// <summary>The lower-cased content words around it in its sentence, used to tell which claim it supports.</summary>
    public IReadOnlyList<string> Context { get; }
}
