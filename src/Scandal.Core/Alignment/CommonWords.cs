namespace Scandal.Core.Alignment;

/// <summary>
/// English words too common to tie two quotations to one statement: function words and the verbs, adverbs and
/// pronouns every speaker uses. A stretch shared by two renderings counts as specific only through its other words.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "aren't", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "could",
        "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "even", "ever",
        "every", "few", "for", "from", "further", "get", "gets", "getting", "go", "goes", "going", "gone", "got", "had",
        "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
        "it", "it's", "its", "itself", "just", "know", "let", "let's", "like", "lot", "made", "make", "many", "may", "me",
        "might", "more", "most", "much", "must", "my", "myself", "need", "never", "no", "nor", "not", "now", "of", "off",
        "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "people", "quite",
        "really", "right", "said", "same", "say", "says", "see", "she", "she'd", "she'll", "she's", "should", "shouldn't",
        "so", "some", "still", "such", "take", "than", "that", "that's", "the", "their", "theirs", "them", "themselves",
        "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "thing", "things", "think",
        "this", "those", "though", "through", "to", "too", "under", "until", "up", "us", "very", "want", "was", "wasn't",
        "way", "we", "we'd", "we'll", "we're", "we've", "well", "were", "weren't", "what", "what's", "when", "where",
        "which", "while", "who", "who's", "whom", "why", "will", "with", "won't", "would", "wouldn't", "yes", "yet", "you",
        "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
    };

    /// <summary>
    /// Whether <paramref name="norm"/> (a normalised word) is a common word. A single character is common unless it is a
    /// digit or a katakana or ideographic character (scripts without spaces are split one character a word, and an
    /// ideograph carries meaning where a Latin letter or a hiragana particle does not).
    /// </summary>
    public static bool Contains(string norm) => Words.Contains(norm) || (norm.Length < 2 && !char.IsDigit(norm[0]) && norm[0] < '\u30A0');
}
