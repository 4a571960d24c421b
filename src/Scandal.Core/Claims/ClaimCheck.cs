namespace Scandal.Core.Claims;

/// <summary>
/// One factual claim as stated across articles: every reading of it (value) with the documents that state it.
/// A claim is <see cref="Consistent"/> when every document states the same value.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ClaimCheck
{
    internal ClaimCheck(string id, ClaimKind kind, string topic, IReadOnlyList<ClaimReading> readings)
    {
        Id = id;
        Kind = kind;
        Topic = topic;
        Readings = ReadOnly.Copy(readings);
    }

    /// <summary>Identifier within the report, such as <c>c3</c>.</summary>
    public string Id { get; }

    /// <summary>What kind of claim it is.</summary>
    public ClaimKind Kind { get; }

    /// <summary>
    /// What the claim is about: for names, the majority spelling; for amounts and dates, the context words the
    /// mentions share (for example <c>lawsuit, sued</c>).
    /// </summary>
    public string Topic { get; }

    /// <summary>The readings, most-supported first (ties by value, ordinal).</summary>
    public IReadOnlyList<ClaimReading> Readings { get; }

    /// <summary>Whether all documents agree (a single reading).</summary>
    public bool Consistent => Readings.Count == 1;

    /// <summary>The distinct documents stating the claim in any reading.</summary>
    public int DocumentCount => Readings.SelectMany(r => r.DocumentIds).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>One value of a <see cref="ClaimCheck"/> and who states it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ClaimReading
{
    internal ClaimReading(string value, IReadOnlyList<string> documentIds, IReadOnlyList<ClaimMention> mentions)
    {
        Ambiguous = value.StartsWith(ClaimChecker.AmbiguousPrefix, StringComparison.Ordinal);
        Value = Ambiguous ? value[ClaimChecker.AmbiguousPrefix.Length..] : value;
        DocumentIds = ReadOnly.Copy(documentIds);
        Mentions = ReadOnly.Copy(mentions);
    }

    /// <summary>The normalised value (see <see cref="ClaimMention.Value"/>).</summary>
    public string Value { get; }

    /// <summary>
    /// The value is a numeric date that could be read day first or month first (<c>04/06</c>) and nothing in its articles
    /// or in the other readings settles which: <see cref="Value"/> is the month-first reading.
    /// </summary>
    public bool Ambiguous { get; }

    /// <summary>The documents stating this value, sorted.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>Every mention with this value, by document then position.</summary>
    public IReadOnlyList<ClaimMention> Mentions { get; }
}
