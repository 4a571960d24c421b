namespace Scandal.Core.Discrepancies;

/// <summary>
/// A quotation in another language than the batch (a rendering translated by the outlet): reported apart, and kept out
/// of statements, fidelity and consistency, since its words cannot be compared with the original's.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Translation
{
    internal Translation(string quoteId, string documentId, string language)
    {
        QuoteId = quoteId;
        DocumentId = documentId;
        Language = language;
    }

    /// <summary>The quotation.</summary>
    public string QuoteId { get; }

    /// <summary>The document it is in.</summary>
    public string DocumentId { get; }

    /// <summary>Its language: an ISO 639-1 code (<c>it</c>, <c>es</c>) or a BCP 47 script tag (<c>und-Cyrl</c>).</summary>
    public string Language { get; }
}
