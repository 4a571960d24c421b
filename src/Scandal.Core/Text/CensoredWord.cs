namespace Scandal.Core.Text;

/// <summary>
/// A word printed censored (<c>f***ing</c>, <c>f**k</c>, <c>s---</c>, <c>f—</c>): the tokenizer keeps it one token, and it
/// stands for any word with the letters it shows. Printing it censored is style: the consensus counts it as a vote for
/// that word, and the classifier reports it as typography.
/// </summary>
internal static class CensoredWord
{
    /// <summary>Whether a word holds censoring marks: an asterisk or a dash after its first letter, or two hyphens in a row
    /// (<c>s---</c>, <c>f---ing</c>).</summary>
    public static bool IsCensored(string word) => word.Length >= 2 && (word.AsSpan().IndexOfAny("*—–") > 0 || word.AsSpan(1).IndexOf("--", StringComparison.Ordinal) >= 0);

    /// <summary>Whether one word is a censored form of the other (or both are censored forms of one word).</summary>
    public static bool Matches(string a, string b)
    {
        var ca = IsCensored(a);
        var cb = IsCensored(b);
        if (ca && cb)
        {
            return char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]);
        }

        if (ca == cb)
        {
            return false;
        }

        var pattern = ca ? a : b;
        var word = ca ? b : a;
        return Fits(Pattern(pattern), word.ToLowerInvariant());
    }

    /// <summary>The letters shown, with one '*' for each run of marks.</summary>
    private static string Pattern(string censored)
    {
        var sb = new System.Text.StringBuilder(censored.Length);
        foreach (var c in censored.ToLowerInvariant())
        {
            if (c is '*' or '—' or '–' or '-')
            {
                if (sb.Length == 0 || sb[^1] != '*')
                {
                    sb.Append('*');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Wildcard match where '*' stands for one letter or more.</summary>
    private static bool Fits(string pattern, string word)
    {
        // reach[j]: the first i pattern characters can produce the first j word characters.
        var reach = new bool[word.Length + 1];
        reach[0] = true;
        foreach (var p in pattern)
        {
            var next = new bool[word.Length + 1];
            for (var j = 1; j <= word.Length; j++)
            {
                if (p == '*')
                {
                    next[j] = (reach[j - 1] || next[j - 1]) && char.IsLetter(word[j - 1]);
                }
                else
                {
                    next[j] = reach[j - 1] && word[j - 1] == p;
                }
            }

            reach = next;
        }

        return reach[word.Length];
    }
}
