using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>
/// One quotation found in an article: its words exactly as printed, the character spans of every piece,
/// its speaker and its kind.
/// </summary>
/// <remarks>
/// <para>A quotation split by an attribution (<c>"I was quiet," she said, "not because..."</c>) is one quote with two
/// <see cref="Pieces"/>; the attribution words are in no piece. A quotation running over several paragraphs has one
/// piece per paragraph.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="id">Identifier unique within a batch, such as <c>article-1#q3</c>.</param>
    /// <param name="documentId">The <see cref="Article.Id"/> of the article it was found in.</param>
    /// <param name="speaker">The speaker's fullest name in the article, or <see langword="null"/> when the article does not say.</param>
    /// <param name="kind">What kind of quotation it is.</param>
    /// <param name="pieces">The quoted words of each piece exactly as printed (no quotation marks).</param>
    /// <param name="spans">The span of each piece in the article text, in the same order as <paramref name="pieces"/>.</param>
    /// <exception cref="ArgumentNullException">When a required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When <paramref name="pieces"/> and <paramref name="spans"/> differ in length or are empty.</exception>
    public Quote(string id, string documentId, string? speaker, QuoteKind kind, IReadOnlyList<string> pieces, IReadOnlyList<TextSpan> spans)
        : this(id, documentId, speaker, kind, pieces, spans, null, speaker is null ? Extraction.SpeakerMissing.NoCue : null)
    {
    }

    /// <summary>Creates a quote with the evidence for its speaker.</summary>
    /// <param name="id">Identifier unique within a batch, such as <c>article-1#q3</c>.</param>
    /// <param name="documentId">The <see cref="Article.Id"/> of the article it was found in.</param>
    /// <param name="speaker">The speaker's fullest name in the article, or <see langword="null"/> when the article does not say.</param>
    /// <param name="kind">What kind of quotation it is.</param>
    /// <param name="pieces">The quoted words of each piece exactly as printed (no quotation marks).</param>
    /// <param name="spans">The span of each piece in the article text, in the same order as <paramref name="pieces"/>.</param>
    /// <param name="evidence">The cue pattern and span that named the speaker, or <see langword="null"/>.</param>
    /// <param name="missing">Why the speaker is <see langword="null"/>; ignored when there is a speaker.</param>
    /// <exception cref="ArgumentNullException">When a required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When <paramref name="pieces"/> and <paramref name="spans"/> differ in length or are empty.</exception>
    public Quote(string id, string documentId, string? speaker, QuoteKind kind, IReadOnlyList<string> pieces, IReadOnlyList<TextSpan> spans, SpeakerEvidence? evidence, SpeakerMissing? missing)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(spans);
        if (pieces.Count != spans.Count || pieces.Count == 0)
        {
            throw new ArgumentException("A quote needs one span per piece and at least one piece.", nameof(spans));
        }

        Id = id;
        DocumentId = documentId;
        Speaker = speaker;
        Kind = kind;
        Pieces = ReadOnly.Copy(pieces);
        Spans = ReadOnly.Copy(spans);
        Text = string.Join(' ', pieces);
        Evidence = evidence;
        MissingReason = speaker is null ? missing ?? Extraction.SpeakerMissing.NoCue : null;
    }

    /// <summary>Identifier unique within a batch, such as <c>article-1#q3</c>.</summary>
    public string Id { get; }

    /// <summary>The <see cref="Article.Id"/> of the article it was found in.</summary>
    public string DocumentId { get; }

    /// <summary>The speaker's fullest name in the article, or <see langword="null"/> when the article does not say.</summary>
    public string? Speaker { get; }

    /// <summary>What kind of quotation it is.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The cue pattern and span that named the speaker, or <see langword="null"/> when none did.</summary>
    public SpeakerEvidence? Evidence { get; }

    /// <summary>Why <see cref="Speaker"/> is <see langword="null"/> (<see langword="null"/> when there is a speaker).</summary>
    public SpeakerMissing? MissingReason { get; }

    /// <summary>The quoted words of each piece exactly as printed, without the quotation marks.</summary>
    public IReadOnlyList<string> Pieces { get; }

    /// <summary>The span of each piece in the article text, in the same order as <see cref="Pieces"/>.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>The pieces joined by one space.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, {Speaker ?? "unknown"}): {Text}";
}
