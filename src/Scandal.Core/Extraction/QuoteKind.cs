namespace Scandal.Core.Extraction;

/// <summary>What kind of quotation a <see cref="Quote"/> is.</summary>
public enum QuoteKind
{
    /// <summary>A direct quotation of one or more sentences, in quotation marks (possibly split by an attribution).</summary>
    Direct,

    /// <summary>
    /// A social-media post reproduced as text and signed like <c>— Name (@handle) Month D, YYYY</c>,
    /// with or without quotation marks.
    /// </summary>
    EmbeddedPost,

    /// <summary>A few quoted words inside a sentence: a fragment of a statement, or a scare quote.</summary>
    Fragment,
}
