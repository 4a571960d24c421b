namespace Scandal.Core.Discrepancies;

/// <summary>
/// Contractions and their full forms (<c>I've</c>/<c>I have</c>, <c>don't</c>/<c>do not</c>, <c>won't</c>/<c>will not</c>):
/// style, not a change of wording. A contraction with <c>n't</c> against <c>not</c> is style too, not a negation change.
/// <c>'d</c> reads as <c>would</c> and a pronoun's <c>'s</c> as <c>is</c>; <see cref="AreAlternatives"/> also accepts
/// <c>had</c> and <c>has</c> for them.
/// </summary>
internal static class Contractions
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["won't"] = ["will", "not"], ["can't"] = ["can", "not"], ["cannot"] = ["can", "not"], ["shan't"] = ["shall", "not"],
        ["ain't"] = ["is", "not"], ["let's"] = ["let", "us"], ["i'm"] = ["i", "am"], ["y'all"] = ["you", "all"],
    };

    private static readonly HashSet<string> PronounsWithS = new(StringComparer.Ordinal)
    {
        "it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "when", "why", "this", "everyone", "nobody", "something", "nothing",
    };

    /// <summary>The full form of a normalised word: two words for a contraction, otherwise the word alone.</summary>
    public static (string First, string? Second) Expand(string word)
    {
        if (word.Length < 3 || word.IndexOf('\'') < 0)
        {
            return word == "cannot" ? ("can", "not") : (word, null);
        }

        if (Irregular.TryGetValue(word, out var parts))
        {
            return (parts[0], parts[1]);
        }

        if (word.EndsWith("n't", StringComparison.Ordinal) && word.Length > 3)
        {
            return (word[..^3], "not");
        }

        var apostrophe = word.LastIndexOf('\'');
        var stem = word[..apostrophe];
        if (stem.Length == 0)
        {
            return (word, null);
        }

        return word[apostrophe..] switch
        {
            "'ve" => (stem, "have"),
            "'re" => (stem, "are"),
            "'ll" => (stem, "will"),
            "'d" => (stem, "would"),
            "'s" when PronounsWithS.Contains(stem) => (stem, "is"),
            _ => (word, null),
        };
    }

    /// <summary>Whether a word is a contraction.</summary>
    public static bool IsContraction(string word) => Expand(word).Second is not null;

    /// <summary><c>would</c>/<c>had</c> and <c>is</c>/<c>has</c>: the two readings of <c>'d</c> and <c>'s</c>.</summary>
    public static bool AreAlternatives(string a, string b) =>
        (a, b) is ("would", "had") or ("had", "would") or ("is", "has") or ("has", "is");
}
