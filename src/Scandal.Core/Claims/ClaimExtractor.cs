using System.Globalization;
using System.Text.RegularExpressions;
using Scandal.Core.Text;

namespace Scandal.Core.Claims;

/// <summary>
/// Finds names, amounts of money and dates in one article, each with its span, a normalised value and the content
/// words of its sentence (its context). Language: the patterns read English news text; other text yields fewer mentions,
/// never an error.
/// </summary>
internal static partial class ClaimExtractor
{

    // A capitalised word: an upper-case letter then lower-case letters, optionally hyphenated (Re-Evaluating, Jean-Luc);
    // up to six in a row (titles are taken off afterwards: "Former Mexican President Vicente Fox").
    [GeneratedRegex(@"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \u00A0]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*){0,5}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NamePattern();

    // Found with the non-backtracking engine (no groups: linear, and no slow capture phase), then parsed: the parser
    // only ever sees one short match.
    [GeneratedRegex(@"(?:[$€£¥])\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?:\d+))?(?:\s?(?:million|billion|trillion|thousand|mn|bn|m|k)\b)?|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?:\d+))?\s?(?:million|billion|trillion|thousand)?\s(?:dollars|euros|pounds|yen)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^(?:(?<cur>[$€£¥])\s?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?(?:\s?(?<mag>million|billion|trillion|thousand|mn|bn|m|k)\b)?|(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?\s?(?<mag>million|billion|trillion|thousand)?\s(?<word>dollars|euros|pounds|yen)\b)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex AmountPatternParts();

    // Found with the non-backtracking engine (no groups: linear, and no slow capture phase), then parsed: the parser
    // only ever sees one short match.
    [GeneratedRegex(@"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s(?:[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s(?:(?:19|20)\d\d))?|(?:[0-3]?\d)(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:,?\s(?:(?:19|20)\d\d))?|(?:(?:19|20)\d\d)-(?:[01]\d)-(?:[0-3]\d)|(?:3[01]|[12]\d|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?:/(?:(?:19|20)?\d\d))?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:(?:(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s(?<year>(?:19|20)\d\d))?|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:,?\s(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d)-(?<mnum>[01]\d)-(?<day>[0-3]\d)|(?<mnum>3[01]|[12]\d|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])(?:/(?<year>(?:19|20)?\d\d))?))$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePatternParts();

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she", "they",
        "his", "her", "their", "them", "we", "our", "you", "your", "i", "my", "me", "not", "no", "so", "than", "then",
        "after", "before", "about", "also", "into", "over", "under", "up", "out", "has", "have", "had", "do", "does", "did",
        "will", "would", "could", "should", "can", "may", "might", "said", "says", "say", "which", "who", "whom", "what",
        "when", "where", "while", "why", "how", "all", "any", "some", "more", "most", "other", "such", "only", "own",
        "same", "very", "just", "even", "still", "now", "new", "last", "first", "one", "two", "there", "here", "since",
        "until", "however", "although", "though", "because", "during", "through", "against", "between", "among",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year",
        "update", "updated", "breaking", "read", "image", "photo", "source", "advertisement", "published", "originally",
    };

    public static List<ClaimMention> Extract(Article article)
    {
        var mentions = new List<ClaimMention>();
        var text = article.Text;
        if (text.Length == 0)
        {
            return mentions;
        }

        // The patterns run on the non-backtracking engine: linear in the text, no timeout, nothing dropped.
        AddNames(article, mentions);
        AddAmounts(article, mentions);
        AddDates(article, mentions);

        mentions.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind));
        return mentions;
    }

    private static void AddNames(Article article, List<ClaimMention> mentions)
    {
        var text = article.Text;
        foreach (Match m in NamePattern().Matches(text))
        {
            if (!StartsWord(text, m.Index))
            {
                continue;
            }

            var start = m.Index;
            var words = m.Value.Split([' ', '\u00A0']);
            var skip = 0;
            while (skip < words.Length && StopWords.Contains(words[skip]))
            {
                start += words[skip].Length + 1;
                skip++;
            }

            // Titles are not part of a name: "Former Mexican President Vicente Fox" is Vicente Fox.
            var title = Titles.Leading(words, skip);
            for (var k = skip; k < title; k++)
            {
                start += words[k].Length + 1;
            }

            skip = title;
            if (skip == words.Length)
            {
                continue;
            }

            var value = string.Join(' ', words, skip, words.Length - skip);
            if (value.Length < 4 || (words.Length - skip == 1 && skip == 0 && IsSentenceStart(text, start)))
            {
                continue;
            }

            var span = new TextSpan(start, start + value.Length);
            mentions.Add(new ClaimMention(article.Id, ClaimKind.Name, text.Substring(span.Start, span.Length), value, span, []));
        }
    }

    /// <summary>Nothing alphanumeric right before <paramref name="index"/> (the look-behind the patterns cannot have).</summary>
    private static bool StartsWord(string text, int index) =>
        index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || char.GetUnicodeCategory(text[index - 1]) == UnicodeCategory.NonSpacingMark);

    private static void AddAmounts(Article article, List<ClaimMention> mentions)
    {
        var text = article.Text;
        foreach (Match found in AmountPattern().Matches(text))
        {
            var m = AmountPatternParts().Match(found.Value);
            var index = found.Index;
            if (!m.Success || !StartsWord(text, index))
            {
                continue;
            }

            var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value switch
            {
                "$" => "USD",
                "€" => "EUR",
                "£" => "GBP",
                _ => "JPY",
            } : m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "dollars" => "USD",
                "euros" => "EUR",
                "pounds" => "GBP",
                _ => "JPY",
            };

            var digits = m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var dec = m.Groups["dec"].Success ? "." + m.Groups["dec"].Value : string.Empty;
            if (!decimal.TryParse(digits + dec, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                continue;
            }

            amount *= m.Groups["mag"].Value.ToLowerInvariant() switch
            {
                "thousand" or "k" => 1_000m,
                "million" or "mn" or "m" => 1_000_000m,
                "billion" or "bn" => 1_000_000_000m,
                "trillion" => 1_000_000_000_000m,
                _ => 1m,
            };

            var span = new TextSpan(index, index + found.Length);
            var value = string.Create(CultureInfo.InvariantCulture, $"{currency} {amount:0.##}");
            mentions.Add(new ClaimMention(article.Id, ClaimKind.Amount, m.Value, value, span, ContextWords(text, span)));
        }
    }

    private static void AddDates(Article article, List<ClaimMention> mentions)
    {
        var text = article.Text;
        var found = new List<(Match Match, int Index, int First, int Second, bool Numeric)>();
        foreach (Match match in DatePattern().Matches(text))
        {
            var m = DatePatternParts().Match(match.Value);
            var index = match.Index;
            var end = index + match.Length;
            if (!m.Success || !StartsWord(text, index) || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '/')))
            {
                continue;
            }

            var numeric = m.Groups["mnum"].Success && m.Groups["mnum"].Index == 0; // 04/06, not 2021-04-06
            var first = m.Groups["mon"].Success ? MonthNumber(m.Groups["mon"].Value) : int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (numeric && first > 12 && !m.Groups["year"].Success)
            {
                continue; // "24/7" is not a date; "25/12/2021" is, day first
            }

            found.Add((m, index, first, second, numeric));
        }

        // Numeric dates ("04/06") are read month first unless the article's other numeric dates show day-first order
        // (a first number over 12); when nothing settles it and both readings are dates, the date is ambiguous.
        var dayFirst = found.Any(f => f.Numeric && f.First > 12 && f.Second <= 12);
        var monthFirst = found.Any(f => f.Numeric && f.Second > 12 && f.First <= 12);
        foreach (var (m, index, first, second, numeric) in found)
        {
            var (month, day) = numeric && dayFirst && !monthFirst ? (second, first) : (first, second);
            if (month is < 1 or > 12 || day is < 1 or > 31)
            {
                continue;
            }

            var year = "-";
            if (m.Groups["year"].Success)
            {
                var y = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                year = (y < 100 ? 2000 + y : y).ToString(CultureInfo.InvariantCulture);
            }

            var ambiguous = numeric && dayFirst == monthFirst && first != second && first <= 12 && second <= 12;
            var span = new TextSpan(index, index + m.Length);
            var value = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}");
            var alternative = ambiguous ? string.Create(CultureInfo.InvariantCulture, $"{year}-{day:00}-{month:00}") : null;
            mentions.Add(new ClaimMention(article.Id, ClaimKind.Date, m.Value, value, span, ContextWords(text, span), alternative));
        }
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] is '“' or '"' or '‘' or '\'' or '(' or '«'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':' or '—' or '–';
    }

    /// <summary>The content words (lower-case, crude stem, no stop words or numbers) of the sentence around a span, at most 12 either side.</summary>
    internal static List<string> ContextWords(string text, TextSpan span)
    {
        var start = span.Start;
        var limit = Math.Max(0, span.Start - 300);
        while (start > limit && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = span.End;
        var endLimit = Math.Min(text.Length, span.End + 300);
        while (end < endLimit && text[end] is not ('.' or '!' or '?' or '\n'))
        {
            end++;
        }

        var words = new List<string>();
        var before = Words(text, start, span.Start);
        var after = Words(text, span.End, end);
        words.AddRange(before.Skip(Math.Max(0, before.Count - 12)));
        words.AddRange(after.Take(12));
        words.Sort(StringComparer.Ordinal);
        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }

            if (i - s >= 3)
            {
                var w = Stem(text.AsSpan(s, i - s).ToString().ToLowerInvariant());
                if (!StopWords.Contains(w) && w.Length >= 3)
                {
                    words.Add(w);
                }
            }
        }

        return words;
    }

    private static string Stem(string w)
    {
        var apostrophe = w.IndexOfAny(['\'', '’']);
        if (apostrophe > 0)
        {
            w = w[..apostrophe];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }
}
