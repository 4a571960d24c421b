using System.Text.RegularExpressions;
using Scandal.Core.Extraction;

namespace Scandal.Core.Discrepancies;

/// <summary>
/// An outlet's word that a quotation is its translation: the sentence around the quotation (outside it) says the speaker
/// spoke, wrote or was quoted in another language (<c>speaking in Spanish</c>, <c>said in French</c>, <c>translated from
/// German</c>). Wires and broadcasters mark translated quotations so. (An interpreter's words at a news conference are
/// what every outlet heard and quotes: they are the statement, not one outlet's translation.)
/// </summary>
internal static partial class TranslationCue
{
    /// <summary>Characters read on each side of the quotation, within its sentence.</summary>
    private const int Window = 200;

    /// <summary>The language the speaker is said to have spoken (a <see cref="LanguageDetector"/> code, or <c>und</c>),
    /// or null when the outlet does not say the quotation was translated.</summary>
    public static string? SpokenIn(string text, Quote quote)
    {
        if (quote.Spans.Count == 0)
        {
            return null;
        }

        var start = quote.Spans[0].Start;
        var end = quote.Spans[^1].End;
        if (start < 0 || end > text.Length || start > end)
        {
            return null;
        }

        var from = Math.Max(0, start - Window);
        var before = text[from..start];
        var cut = Math.Max(before.LastIndexOf('\n'), Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), Math.Max(before.LastIndexOf("? ", StringComparison.Ordinal), before.LastIndexOf("! ", StringComparison.Ordinal))));
        before = cut >= 0 ? before[(cut + 1)..] : before;
        var after = text[end..Math.Min(text.Length, end + Window)];
        var stop = after.IndexOf('\n');
        var sentence = Sentence().Match(after);
        var to = sentence.Success ? sentence.Index + 1 : after.Length;
        to = stop >= 0 ? Math.Min(stop, to) : to;
        after = after[..to];
        foreach (var side in (ReadOnlySpan<string>)[after, before])
        {
            for (var m = Cue().Match(side); m.Success; m = m.NextMatch())
            {
                if (m.Value.StartsWith("translated", StringComparison.Ordinal) || SpeechBefore(side, m.Index))
                {
                    return Code(m.Groups["lang"].Value);
                }
            }

            // "told Spanish-language site X", "told Argentine website X": the outlet the speaker talked to speaks the language.
            if (OutletLanguage(side) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>Whether <c>told</c> (or <c>talking to</c>, <c>speaking to</c>, <c>interview with</c>) stands right before
    /// <paramref name="at"/>, with at most an article between.</summary>
    private static bool ToldBefore(string side, int at)
    {
        var before = side.AsSpan(0, at).TrimEnd();
        if (before.EndsWith(" the", StringComparison.Ordinal) || before.EndsWith(" an", StringComparison.Ordinal) || before.EndsWith(" a", StringComparison.Ordinal))
        {
            before = before[..before.LastIndexOf(' ')].TrimEnd();
        }

        return before.EndsWith("told", StringComparison.Ordinal) || before.EndsWith("talking to", StringComparison.Ordinal)
            || before.EndsWith("speaking to", StringComparison.Ordinal) || before.EndsWith("interview with", StringComparison.Ordinal);
    }

    /// <summary>The language of a nationality whose press is in one language (an Argentine website writes Spanish).</summary>
    private static string OfNationality(string nation) => nation switch
    {
        "Spanish" or "Argentine" or "Argentinian" or "Mexican" or "Colombian" or "Chilean" or "Peruvian" or "Uruguayan" or "Venezuelan" => "es",
        "Brazilian" or "Portuguese" => "pt",
        "French" => "fr",
        "German" or "Austrian" => "de",
        "Italian" => "it",
        "Dutch" => "nl",
        "Russian" => "und-Cyrl",
        "Japanese" => "ja",
        "Korean" or "South Korean" => "ko",
        "Greek" => "el",
        _ => "und",
    };

    /// <summary>
    /// Whether <c>in LANGUAGE</c> at <paramref name="at"/> follows a word of speech: right before it (<c>speaking in</c>,
    /// <c>said in</c>, <c>in remarks in</c>), or after <c>told</c> and its object (<c>told reporters in</c>) within 40
    /// characters and no full stop.
    /// </summary>
    private static bool SpeechBefore(string side, int at)
    {
        var before = side.AsSpan(0, at).TrimEnd();
        var lastSpace = before.LastIndexOfAny(' ', '\n', '\t');
        var word = before[(lastSpace + 1)..];
        if (word is "speaking" or "spoke" or "said" or "says" or "wrote" or "writing" or "posted" or "added" or "quoted" or "interview" or "interviewed" or "remarks")
        {
            return true;
        }

        var start = Math.Max(0, before.Length - 40);
        var told = before[start..].LastIndexOf("told ", StringComparison.Ordinal);
        if (told < 0)
        {
            return false;
        }

        told += start;
        return (told == 0 || !char.IsLetter(before[told - 1])) && before[told..].IndexOfAny(".\"“”") < 0;
    }

    private static string Code(string name) => name switch
    {
        "Spanish" => "es",
        "French" => "fr",
        "German" => "de",
        "Italian" => "it",
        "Portuguese" => "pt",
        "Dutch" or "Flemish" => "nl",
        "Russian" or "Ukrainian" => "und-Cyrl",
        "Arabic" => "und-Arab",
        "Mandarin" or "Cantonese" or "Chinese" => "und-Hani",
        "Japanese" => "ja",
        "Korean" => "ko",
        "Greek" => "el",
        "Hebrew" => "he",
        "Hindi" => "und-Deva",
        "Thai" => "th",
        _ => "und",
    };

    /// <summary>A sentence end after the quotation's own closing punctuation.</summary>
    [GeneratedRegex(@"[.!?](?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    /// <summary><c>in LANGUAGE</c> or <c>translated from (the) LANGUAGE</c>; the word of speech before <c>in</c> is checked by
    /// <see cref="SpeechBefore"/> (kept out of the pattern: a non-backtracking automaton with it exceeds .NET 8's size limit).</summary>
    [GeneratedRegex(@"\b(?:translated\s+from\s+(?:the\s+)?|in\s+)(?<lang>Spanish|Catalan|Galician|French|German|Italian|Portuguese|Dutch|Flemish|Russian|Ukrainian|Arabic|Mandarin|Cantonese|Chinese|Japanese|Korean|Greek|Hebrew|Hindi|Thai|Polish|Turkish)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Cue();

    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "website", "site", "newspaper", "daily", "paper", "radio", "television", "TV", "broadcaster", "channel", "station",
        "outlet", "magazine", "network", "agency",
    };

    /// <summary>
    /// The language of an outlet the speaker told something (<see cref="ToldBefore"/>), named by its language
    /// (<c>Spanish-language site</c>) or by a nationality whose press writes one language (<c>Argentine website</c>), or
    /// null. Read word by word: as a non-backtracking pattern the alternation exceeds .NET 8's automaton size limit.
    /// </summary>
    private static string? OutletLanguage(string side)
    {
        var i = 0;
        while (i < side.Length)
        {
            while (i < side.Length && !char.IsLetter(side[i]))
            {
                i++;
            }

            var start = i;
            while (i < side.Length && (char.IsLetter(side[i]) || side[i] == '-'))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = side.AsSpan(start, i - start);
            string? language = null;
            if (word.EndsWith("-language", StringComparison.Ordinal))
            {
                language = Code(word[..^"-language".Length].ToString()) is var code && code != "und" ? code : null;
            }
            else if (char.IsUpper(word[0]) && OfNationality(word.ToString()) is var nation && nation != "und" && NextWordIsOutlet(side, i))
            {
                language = nation;
            }

            if (language is not null && ToldBefore(side, start))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>Whether the word after position <paramref name="at"/> (past spaces) names a kind of outlet.</summary>
    private static bool NextWordIsOutlet(string side, int at)
    {
        var start = at;
        while (start < side.Length && side[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < side.Length && char.IsLetter(side[end]))
        {
            end++;
        }

        return end > start && OutletNouns.Contains(side[start..end]);
    }
}
