using Scandal.Core.Extraction;

namespace Scandal.Core.Discrepancies;

/// <summary>
/// Tells the language of a text from its script and its stop words: English, Spanish, French, German, Italian,
/// Portuguese and Dutch by stop words (ISO 639-1 codes), other scripts by script (<c>el</c>, <c>he</c>, <c>ko</c>,
/// <c>ja</c>, <c>th</c>, or <c>und-Cyrl</c>, <c>und-Arab</c>, <c>und-Hani</c>, <c>und-Deva</c> when the script does not
/// settle the language). Short or mixed text yields <see langword="null"/>: too little to say.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>The language of the batch when nothing can be told.</summary>
    public const string Default = "en";

    private const int MinHits = 2;

    private static readonly (string Code, HashSet<string> Words)[] StopWords =
    [
        ("en", Set("a an the and of to is that it was for with this have are not be we they you he she i my our will would what but at on by from has been were their")),
        ("es", Set("el la los las de que y en un una es por con para del se lo su al como más pero sus este esta muy yo nosotros también hay ser fue han está son no me mi estoy esto eso esa esas ese esos ha han hemos ya nuestro nuestra nuestros sin sobre")),
        ("fr", Set("le la les de des du et est un une que qui dans pour pas sur au aux avec ce cette il elle nous vous je ne sont mais être ont c'est l d qu j n c")),
        ("de", Set("der die das und ist nicht ein eine zu den dem mit von sich auf für es ich wir sie auch wird sind war werden aber oder dass nur")),
        ("it", Set("il la di che e è un una per non sono con del della le gli ho mi ma anche questo questa siamo noi io nel alla come l dell un' ha hanno da nostri nostro nostra loro si dei delle nella più già stato essere tutti")),
        ("pt", Set("o a os as de que e é um uma para com não do da dos das em no na se por mais mas eu nós foi são muito ao às você isso estou então há tem nosso nossa já sem sobre ele ela")),
        ("nl", Set("de het een en van is niet dat die op te zijn met voor ik wij we ze maar ook om er naar dit wordt heeft")),
    ];

    /// <summary>
    /// The language of a batch: the commonest language of its documents, each judged on its first
    /// <see cref="SampleLength"/> characters (ties by code), or <see cref="Default"/>.
    /// </summary>
    public static string OfBatch(IReadOnlyList<string> texts, int maxDegreeOfParallelism = 1)
    {
        var languages = new string?[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
            languages[i] = Detect(texts[i].Length > SampleLength ? texts[i][..SampleLength] : texts[i]));
        var counts = languages.OfType<string>().GroupBy(l => l, StringComparer.Ordinal).Select(g => (g.Key, Count: g.Count())).ToList();
        return counts.Count == 0 ? Default : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>How much of each document is read to tell its language.</summary>
    public const int SampleLength = 4_000;

    /// <summary>The language of a quotation's words, or <see langword="null"/>.</summary>
    public static string? Detect(Quote quote) => Detect(string.Join(' ', quote.Pieces));

    /// <summary>The language of a text, or <see langword="null"/> when it cannot be told.</summary>
    public static string? Detect(string text)
    {
        if (ByScript(text) is { } script)
        {
            return script;
        }

        Span<int> hits = stackalloc int[StopWords.Length];
        var words = 0;
        foreach (var word in Words(text))
        {
            words++;
            for (var l = 0; l < StopWords.Length; l++)
            {
                if (StopWords[l].Words.Contains(word))
                {
                    hits[l]++;
                }
            }
        }

        int best = -1, second = 0;
        for (var l = 0; l < StopWords.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                second = best < 0 ? 0 : hits[best];
                best = l;
            }
            else
            {
                second = Math.Max(second, hits[l]);
            }
        }

        // Clear evidence: enough stop words, a fifth of the words at least, and half as many again as the runner-up.
        return hits[best] >= MinHits && hits[best] * 5 >= words && 2 * hits[best] >= 3 * second ? StopWords[best].Code : null;
    }

    /// <summary>The language or script of a text written mostly in a script other than Latin, or null.</summary>
    private static string? ByScript(string text)
    {
        int latin = 0, other = 0;
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch))
            {
                continue;
            }

            var script = Script(ch);
            if (script is null)
            {
                latin++;
            }
            else
            {
                other++;
                scripts[script] = scripts.GetValueOrDefault(script) + 1;
            }
        }

        if (other <= latin || other < 2)
        {
            return null;
        }

        if (scripts.ContainsKey("ja"))
        {
            return "ja"; // kana settle Japanese, even among Han characters
        }

        return scripts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    private static string? Script(char ch) => ch switch
    {
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0400' and <= '\u052F' => "und-Cyrl",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "und-Arab",
        >= '\u0900' and <= '\u097F' => "und-Deva",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u4E00' and <= '\u9FFF' => "und-Hani",
        >= '\uAC00' and <= '\uD7AF' => "ko",
        _ => null,
    };

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > s)))
            {
                i++;
            }

            if (i > s)
            {
                var word = text[s..i].ToLowerInvariant().Replace('’', '\'');
                yield return word;
                var apostrophe = word.IndexOf('\'');
                if (apostrophe is 1 or 2 && word.Length > apostrophe + 1 && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("'t", StringComparison.Ordinal))
                {
                    // French and Italian elisions: "l'homme", "c'était", "dell'anno" also carry a stop word.
                    yield return word[..apostrophe];
                }
            }
        }
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
