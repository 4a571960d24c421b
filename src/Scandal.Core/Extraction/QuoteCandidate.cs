using Scandal.Core.Extraction.Attribution;
using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>A quotation being built: its quoted pieces, kind, and once attributed its speaker and the evidence.</summary>
internal sealed class QuoteCandidate
{
    public List<QuotedStretch> Pieces { get; } = [];

    public QuoteKind Kind { get; set; } = QuoteKind.Direct;

    public string? Speaker { get; set; }

    /// <summary>Whether the speaker is a person (for "she"/"he" continuing from it).</summary>
    public bool SpeakerIsPerson { get; set; }

    public SpeakerEvidence? Evidence { get; set; }

    public SpeakerMissing? Missing { get; set; }

    /// <summary>The cue between two joined pieces (<c>"A," she said, "B."</c>).</summary>
    public CueMatch? GapCue { get; set; }

    /// <summary>A phrase quoted inside an embedded post.</summary>
    public bool InPost { get; set; }

    /// <summary>The signature of an embedded post.</summary>
    public TextSpan? Signature { get; set; }

    public int Start => Pieces[0].Content.Start;

    public QuotedStretch Last => Pieces[^1];
}

/// <summary>Small reads over spans of the article text shared by the extractor and the attribution.</summary>
internal static class TextReads
{
    public static char LastNonSpace(string text, TextSpan span)
    {
        for (var i = span.End - 1; i >= span.Start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return ' ';
    }

    /// <summary>Whether <c>[from, to)</c> holds only white space.</summary>
    public static bool IsBlank(string text, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int CountWords(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w || (inWord && WordScanner.IsApostrophe(text[i]));
        }

        return words;
    }
}
