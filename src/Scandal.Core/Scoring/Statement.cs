using Scandal.Core.Alignment;

namespace Scandal.Core.Scoring;

/// <summary>
/// What a speaker said, as rebuilt from every quotation of it across the documents: the consensus wording word by
/// word with its support, the contested positions, and each rendering as a <see cref="Witness"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Statement
{
    internal Statement(string id, string? speaker, IReadOnlyList<ConsensusWord> words, string consensus, IReadOnlyList<string> documentIds, double? agreement, IReadOnlyList<ContestedPosition> contested, IReadOnlyList<Witness> witnesses, bool fromReference, IReadOnlyList<SpeakerReading> speakerReadings, bool speakersDisagree)
    {
        SpeakerReadings = speakerReadings;
        SpeakersDisagree = speakersDisagree;
        Id = id;
        Speaker = speaker;
        Words = ReadOnly.Copy(words);
        Consensus = consensus;
        DocumentIds = ReadOnly.Copy(documentIds);
        Agreement = agreement;
        Contested = ReadOnly.Copy(contested);
        Witnesses = ReadOnly.Copy(witnesses);
        FromReference = fromReference;
    }

    /// <summary>Identifier within the report: <c>s1</c>, <c>s2</c>, ...</summary>
    public string Id { get; }

    /// <summary>The speaker most of its quotations name, or <see langword="null"/>.</summary>
    public string? Speaker { get; }

    /// <summary>
    /// Every speaker its renderings name, most documents first (renderings with no speaker last, as a
    /// <see langword="null"/> speaker). Statements are grouped by their words, never split by speaker.
    /// </summary>
    public IReadOnlyList<SpeakerReading> SpeakerReadings { get; }

    /// <summary>
    /// The documents name different speakers for these words (two names that are not the same person, not even by
    /// family name): at least one outlet attributes the statement to someone else.
    /// </summary>
    public bool SpeakersDisagree { get; }

    /// <summary>The consensus wording, word by word, with gap words (<see cref="ConsensusWord.IsGap"/>) where no rendering joins two parts.</summary>
    public IReadOnlyList<ConsensusWord> Words { get; }

    /// <summary>The consensus wording as text (words joined with the punctuation most documents print).</summary>
    public string Consensus { get; }

    /// <summary>The documents that quote it, sorted.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>Quoted by one document only: there is nothing to agree with, so <see cref="Agreement"/> is <see langword="null"/>.</summary>
    public bool SingleSource => DocumentIds.Count < 2;

    /// <summary>
    /// How much the documents agree, in [0, 1]: over the consensus positions quoted by two documents or more, the mean of
    /// (documents printing the consensus word) / (documents quoting the position). <see langword="null"/> when single-source.
    /// </summary>
    public double? Agreement { get; }

    /// <summary>The positions where documents split evenly.</summary>
    public IReadOnlyList<ContestedPosition> Contested { get; }

    /// <summary>Every quotation of it, by document then position.</summary>
    public IReadOnlyList<Witness> Witnesses { get; }

    /// <summary>The consensus is a reference text supplied by the caller (the original post, say), not the outlets' vote.</summary>
    public bool FromReference { get; }
}
