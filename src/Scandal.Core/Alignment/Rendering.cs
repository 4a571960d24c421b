using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>A quotation prepared for alignment: its words (signals set aside), their normalised forms and shingles.</summary>
internal sealed class Rendering
{
    private string? normText;

    public Rendering(int index, Quote quote, bool isReference)
    {
        Index = index;
        Quote = quote;
        IsReference = isReference;
        var all = WordTokenizer.Tokenize(quote);
        var signals = new List<(int Before, QuoteToken Token)>();
        List<QuoteToken> words;
        if (!all.Exists(t => t.Kind == QuoteTokenKind.Signal))
        {
            words = all; // no signal to set aside: the words are the tokens
        }
        else
        {
            words = new List<QuoteToken>(all.Count);
            foreach (var t in all)
            {
                if (t.Kind == QuoteTokenKind.Signal)
                {
                    signals.Add((words.Count, t));
                }
                else
                {
                    words.Add(t);
                }
            }
        }

        Words = words;
        Signals = signals;
        Norms = words.ConvertAll(w => w.Norm);
        SignalPositions = signals.ConvertAll(x => x.Before);
    }

    /// <summary>The word positions of the editor's signals.</summary>
    public List<int> SignalPositions { get; }

    public int Index { get; private set; }

    /// <summary>Gives the rendering its position in the batch (tokenising runs in parallel, numbering does not).</summary>
    public Rendering WithIndex(int index)
    {
        Index = index;
        return this;
    }

    public Quote Quote { get; }

    public bool IsReference { get; }

    public string DocumentId => Quote.DocumentId;

    public List<QuoteToken> Words { get; }

    public List<string> Norms { get; }

    /// <summary>Editor's signals and the number of words before each.</summary>
    public List<(int Before, QuoteToken Token)> Signals { get; }

    public bool Attached { get; set; }

    /// <summary>Attached as a paraphrase: it votes, but cannot tie a position against renderings of the words.</summary>
    public bool Paraphrase { get; set; }

    /// <summary>
    /// Attached as a rewording of one sentence of the statement (too loose to align word for word): it neither adds
    /// columns nor votes, and is reported as one paraphrase of that sentence.
    /// </summary>
    public bool Reworded { get; set; }

    /// <summary>The normalised words joined by spaces (made once: attaching scores one rendering against many).</summary>
    public string NormText => normText ??= string.Join(' ', Norms);

    /// <summary>A stable 64-bit hash (FNV-1a) of all the normalised words, to find exact repeats without joining them.</summary>
    public ulong WordsHash() => Hash(0, Norms.Count);

    /// <summary>Stable 64-bit hashes of the word n-grams (FNV-1a), for the candidate index.</summary>
    public List<ulong> Shingles(int n)
    {
        var list = new List<ulong>(Math.Max(0, Norms.Count - n + 1));
        for (var i = 0; i + n <= Norms.Count; i++)
        {
            list.Add(Hash(i, n));
        }

        return list;
    }

    /// <summary>FNV-1a of the words <c>[start, start + count)</c>, each followed by a space.</summary>
    private ulong Hash(int start, int count)
    {
        var h = 14695981039346656037UL;
        for (var k = start; k < start + count; k++)
        {
            foreach (var c in Norms[k])
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ ' ') * 1099511628211UL;
        }

        return h;
    }
}
