namespace Scandal.Core.Discrepancies;

/// <summary>
/// A word sequence in a form where style does not show: contractions expanded (<c>I've</c> → <c>i have</c>) and British
/// spellings made American, each canonical token remembering the word it comes from.
/// </summary>
internal sealed class CanonicalWords
{
    private CanonicalWords(List<string> tokens, List<int> word, int[] firstToken)
    {
        Tokens = tokens;
        Word = word;
        FirstToken = firstToken;
    }

    /// <summary>The canonical tokens.</summary>
    public List<string> Tokens { get; }

    /// <summary>For each token, the index of its word.</summary>
    public List<int> Word { get; }

    /// <summary>For each word, the index of its first token.</summary>
    public int[] FirstToken { get; }

    public static CanonicalWords Of(IReadOnlyList<string> norms)
    {
        var tokens = new List<string>(norms.Count + 4);
        var word = new List<int>(norms.Count + 4);
        var first = new int[norms.Count];
        for (var i = 0; i < norms.Count; i++)
        {
            first[i] = tokens.Count;
            var (a, b) = Contractions.Expand(norms[i]);
            tokens.Add(SpellingVariants.American(a));
            word.Add(i);
            if (b is not null)
            {
                tokens.Add(SpellingVariants.American(b));
                word.Add(i);
            }
        }

        return new CanonicalWords(tokens, word, first);
    }

    /// <summary>The token position of a word position (the end for the position after the last word).</summary>
    public int TokenAt(int wordPosition) => wordPosition < FirstToken.Length ? FirstToken[wordPosition] : Tokens.Count;

    /// <summary>How many tokens a word has.</summary>
    public int TokenCount(int w) => (w + 1 < FirstToken.Length ? FirstToken[w + 1] : Tokens.Count) - FirstToken[w];
}
