namespace Scandal.Core.Alignment;

/// <summary>One way the outlets print a position of a statement, and which documents print it so.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Reading
{
    internal Reading(string text, IReadOnlyList<string> documentIds)
    {
        Text = text;
        DocumentIds = ReadOnly.Copy(documentIds);
    }

    /// <summary>The word(s) as printed by most of these documents; empty when the documents leave the position out.</summary>
    public string Text { get; }

    /// <summary>The documents with this reading, sorted.</summary>
    public IReadOnlyList<string> DocumentIds { get; }
}

/// <summary>A position of a statement where documents split evenly between two readings or more.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ContestedPosition
{
    internal ContestedPosition(int index, IReadOnlyList<Reading> readings)
    {
        Index = index;
        Readings = ReadOnly.Copy(readings);
    }

    /// <summary>The index of the position in the statement's consensus words.</summary>
    public int Index { get; }

    /// <summary>The tied readings (and any minority ones), most documents first.</summary>
    public IReadOnlyList<Reading> Readings { get; }
}

/// <summary>A word of a statement's consensus wording with the documents that support it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ConsensusWord
{
    internal ConsensusWord(string text, string separator, IReadOnlyList<string> supportingDocumentIds, int coveringDocuments, bool contested, bool isGap)
    {
        IsGap = isGap;
        Text = text;
        Separator = separator;
        SupportingDocumentIds = ReadOnly.Copy(supportingDocumentIds);
        CoveringDocuments = coveringDocuments;
        Contested = contested;
    }

    /// <summary>The word as printed by most supporting documents.</summary>
    public string Text { get; }

    /// <summary>The punctuation and spacing most supporting documents print after the word (" ", ", ", " — ", ".").</summary>
    public string Separator { get; }

    /// <summary>The documents that print this word here, sorted.</summary>
    public IReadOnlyList<string> SupportingDocumentIds { get; }

    /// <summary>How many documents quote this position at all (with this word, another word, or none).</summary>
    public int CoveringDocuments { get; }

    /// <summary>Documents split evenly here; <see cref="Text"/> is one of the tied readings, chosen by order only.</summary>
    public bool Contested { get; }

    /// <summary>
    /// Not a word but a gap (<see cref="Text"/> is <c>…</c>): no rendering prints the words on either side of it next to
    /// each other, so the consensus does not join them. A gap has no documents.
    /// </summary>
    public bool IsGap { get; }

    /// <summary>The gap word.</summary>
    internal static ConsensusWord Gap { get; } = new("…", " ", [], 0, contested: false, isGap: true);
}
