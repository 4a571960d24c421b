namespace Scandal.Core.Text;

/// <summary>What a <see cref="QuoteToken"/> is.</summary>
internal enum QuoteTokenKind
{
    /// <summary>A word (letters and digits, with inner apostrophes and hyphens), or "&amp;" read as "and".</summary>
    Word,

    /// <summary>An editor's mark inside a quotation: an ellipsis or a bracketed insertion such as [sic] or [real].</summary>
    Signal,
}

/// <summary>
/// A word of a quotation, with where it is in the article, its printed form, its normalised form, and the
/// punctuation printed after it (so that dash and spacing variants can be compared without counting as words).
/// </summary>
/// <param name="Printed">The word exactly as printed.</param>
/// <param name="Norm">Lower case, curly apostrophes made straight, "&amp;" as "and".</param>
/// <param name="Span">Where it is in the article.</param>
/// <param name="Kind">Word or editor's signal.</param>
/// <param name="After">The characters between this word and the next one in the same piece, as printed.</param>
/// <param name="EndsSentence">The word is followed by . ! ? (a sentence ends after it).</param>
internal readonly record struct QuoteToken(string Printed, string Norm, TextSpan Span, QuoteTokenKind Kind, string After, bool EndsSentence)
{
    /// <summary>
    /// The last token of a piece of a split quotation (<c>"A," he said. "B."</c>) that another piece follows: the words on
    /// either side are separate excerpts, and the punctuation after it (a comma before the attribution) is the outlet's.
    /// </summary>
    public bool EndsPiece { get; init; }
}
