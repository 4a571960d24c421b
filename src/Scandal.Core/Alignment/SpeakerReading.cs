namespace Scandal.Core.Alignment;

/// <summary>One speaker the documents name for a statement, and which documents name it so.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SpeakerReading
{
    internal SpeakerReading(string? speaker, IReadOnlyList<string> documentIds)
    {
        Speaker = speaker;
        DocumentIds = documentIds;
    }

    /// <summary>The speaker as named, or <see langword="null"/> for renderings with no speaker.</summary>
    public string? Speaker { get; }

    /// <summary>The documents naming this speaker for the statement, sorted.</summary>
    public IReadOnlyList<string> DocumentIds { get; }
}
