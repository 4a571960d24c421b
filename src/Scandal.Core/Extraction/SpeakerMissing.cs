namespace Scandal.Core.Extraction;

/// <summary>Why a quotation has no speaker.</summary>
public enum SpeakerMissing
{
    /// <summary>No attribution cue was found around the quotation (a scare quote, a title, an unattributed line).</summary>
    NoCue,

    /// <summary>A cue was found ("she said", "the company said") but the article gives no one it can safely refer to.</summary>
    Ambiguous,
}
