using System.Collections.Concurrent;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Alignment;

/// <summary>A quotation prepared for alignment: its words (signals set aside), their normalised forms and shingles.</summary>
/// <remarks>
/// The words are kept once per distinct quotation text (<see cref="TokenisedText"/>, spans relative to the quotation's
/// start) and shared by every rendering printing that text: a batch of wire copies or of many short documents quoting
/// one statement holds one list of words per wording, not one per document.
/// </remarks>
internal sealed class Rendering
{
    private readonly TokenisedText words;
    private readonly int offset;
    private List<(int Before, QuoteToken Token)>? signals;

    public Rendering(int index, Quote quote, bool isReference)
        : this(index, quote, isReference, null)
    {
    }

    /// <param name="index">Its position in the batch.</param>
    /// <param name="quote">The quotation.</param>
    /// <param name="isReference">It is a reference text's.</param>
    /// <param name="shared">Tokenisations already made in this batch, by text and layout of the pieces, or <see langword="null"/>.</param>
    public Rendering(int index, Quote quote, bool isReference, ConcurrentDictionary<TokenisedText.Key, TokenisedText>? shared)
    {
        Index = index;
        Quote = quote;
        IsReference = isReference;
        offset = TokenisedText.Origin(quote);
        words = shared is null ? new TokenisedText(quote, offset) : shared.GetOrAdd(TokenisedText.KeyOf(quote, offset), static (_, q) => new TokenisedText(q, TokenisedText.Origin(q)), quote);
    }

    /// <summary>The word positions of the editor's signals.</summary>
    public List<int> SignalPositions => words.SignalPositions;

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

    /// <summary>The words (signals set aside), with their spans in the article.</summary>
    public RenderingWords Words => new(words.Words, offset);

    /// <summary>The normalised words (shared by the renderings of one text: never to be changed).</summary>
    public List<string> Norms => words.Norms;

    /// <summary>Whether the two renderings share one tokenisation (the same text laid out the same way).</summary>
    internal bool SharesWordsWith(Rendering other) => ReferenceEquals(words, other.words);

    /// <summary>Editor's signals and the number of words before each.</summary>
    public List<(int Before, QuoteToken Token)> Signals => words.Signals.Count == 0 || offset == 0
        ? words.Signals
        : signals ??= words.Signals.ConvertAll(s => (s.Before, RenderingWords.Shift(s.Token, offset)));

    public bool Attached { get; set; }

    /// <summary>Attached as a paraphrase: it votes, but cannot tie a position against renderings of the words.</summary>
    public bool Paraphrase { get; set; }

    /// <summary>
    /// Attached as a rewording of one sentence of the statement (too loose to align word for word): it neither adds
    /// columns nor votes, and is reported as one paraphrase of that sentence.
    /// </summary>
    public bool Reworded { get; set; }

    /// <summary>The normalised words joined by spaces (made once per text: attaching scores one rendering against many).</summary>
    public string NormText => words.NormText;

    /// <summary>A stable 64-bit hash (FNV-1a) of all the normalised words, to find exact repeats without joining them.</summary>
    public ulong WordsHash() => words.Hash;

    /// <summary>Stable 64-bit hashes of the word n-grams (FNV-1a), for the candidate index.</summary>
    public List<ulong> Shingles(int n)
    {
        var norms = Norms;
        var list = new List<ulong>(Math.Max(0, norms.Count - n + 1));
        for (var i = 0; i + n <= norms.Count; i++)
        {
            list.Add(TokenisedText.HashOf(norms, i, n));
        }

        return list;
    }
}

/// <summary>
/// The words of a rendering: the shared tokens of its text, with their spans moved to where the rendering stands in
/// its article.
/// </summary>
internal readonly struct RenderingWords(QuoteToken[] tokens, int offset)
{
    public int Count => tokens.Length;

    public QuoteToken this[int index] => Shift(tokens[index], offset);

    public static QuoteToken Shift(QuoteToken token, int offset) =>
        offset == 0 ? token : token with { Span = new TextSpan(token.Span.Start + offset, token.Span.End + offset) };
}

/// <summary>
/// The tokens of one quotation text (words, normalised words, signals), with spans relative to the start of its
/// first piece: every rendering printing the same pieces laid out the same way shares one.
/// </summary>
internal sealed class TokenisedText
{
    private string? normText;

    public TokenisedText(Quote quote, int origin)
    {
        var all = WordTokenizer.Tokenize(quote.Pieces, quote.Spans);
        var signals = new List<(int Before, QuoteToken Token)>();
        var words = new List<QuoteToken>(all.Count);
        foreach (var t in all)
        {
            var token = RenderingWords.Shift(t, -origin);
            if (t.Kind == QuoteTokenKind.Signal)
            {
                signals.Add((words.Count, token));
            }
            else
            {
                words.Add(token);
            }
        }

        Words = [.. words];
        Signals = signals;
        Norms = new List<string>(Words.Length);
        foreach (var w in Words)
        {
            Norms.Add(w.Norm);
        }

        SignalPositions = signals.ConvertAll(x => x.Before);
        Hash = HashOf(Norms, 0, Norms.Count);
    }

    /// <summary>The words, spans relative to the origin.</summary>
    public QuoteToken[] Words { get; }

    public List<string> Norms { get; }

    /// <summary>Editor's signals and the number of words before each, spans relative to the origin.</summary>
    public List<(int Before, QuoteToken Token)> Signals { get; }

    public List<int> SignalPositions { get; }

    /// <summary>FNV-1a of all the normalised words.</summary>
    public ulong Hash { get; }

    /// <summary>The normalised words joined by spaces (a race makes an equal string).</summary>
    public string NormText => normText ??= string.Join(' ', Norms);

    /// <summary>Where the quotation's spans are counted from: the start of its earliest piece.</summary>
    public static int Origin(Quote quote)
    {
        var origin = int.MaxValue;
        foreach (var s in quote.Spans)
        {
            origin = Math.Min(origin, s.Start);
        }

        return origin;
    }

    /// <summary>What makes two quotations tokenise alike: their pieces and where each piece starts after the first.</summary>
    public readonly record struct Key(string Text, string? Layout);

    public static Key KeyOf(Quote quote, int origin)
    {
        if (quote.Pieces.Count == 1)
        {
            return new Key(quote.Pieces[0], null);
        }

        var layout = new System.Text.StringBuilder();
        for (var p = 0; p < quote.Pieces.Count; p++)
        {
            layout.Append(quote.Pieces[p].Length).Append('@').Append(quote.Spans[p].Start - origin).Append(';');
        }

        return new Key(quote.Text, layout.ToString());
    }

    /// <summary>FNV-1a of the words <c>[start, start + count)</c>, each followed by a space.</summary>
    public static ulong HashOf(List<string> norms, int start, int count)
    {
        var h = 14695981039346656037UL;
        for (var k = start; k < start + count; k++)
        {
            foreach (var c in norms[k])
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ ' ') * 1099511628211UL;
        }

        return h;
    }
}
