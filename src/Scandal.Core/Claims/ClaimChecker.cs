using System.Globalization;
using Scandal.Core.Text;

namespace Scandal.Core.Claims;

/// <summary>
/// Cross-checks the factual claims around the quotes: names, amounts of money and dates.
/// </summary>
/// <remarks>
/// <para><b>Names.</b> Proper-name words of five letters or more are compared across the whole batch; two spellings that
/// differ by one edit (two for words of eight letters or more), start with the same letter and are not a plural of
/// each other nor one word family (<c>America</c>/<c>American</c>) are one name spelled two ways
/// (<c>Gabriele</c>/<c>Gabriel</c>), unless both are printed with first names (or surnames) that never agree: then they
/// are two people (<c>Bill Clinton</c>, <c>Ray Clifton</c>). Titles are not part of names. The claim lists both readings
/// with their documents, the majority first. A name spelled one way everywhere is not reported.</para>
/// <para><b>Amounts and dates.</b> Each mention carries the content words of its sentence. Mentions in different
/// documents that share at least two content words are taken to state the same fact (a lawsuit's amount, the day a
/// statement was made); the claim lists each value with its documents. Dates compare years when both state one; a date
/// without a year agrees with the one dated reading of the same month and day. A numeric date that could be read either
/// way (<c>04/06</c>) and that nothing settles is an ambiguous reading. Only claims stated by two documents or more are
/// reported.</para>
/// <para>Stateless and thread-safe. The result is sorted and does not depend on the order of the articles.</para>
/// </remarks>
public sealed class ClaimChecker
{
    private const int MinNameWordLength = 5;
    private const int MaxClustersPerWord = 64;

    /// <summary>Finds the names, amounts and dates stated in one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The mentions, by position.</returns>
    public static IReadOnlyList<ClaimMention> FindMentions(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ClaimExtractor.Extract(article);
    }

    /// <summary>Cross-checks the claims of a batch of articles.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <returns>The claims stated by at least two documents, and every name spelled more than one way.</returns>
    public static IReadOnlyList<ClaimCheck> Check(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Check(articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), 1);
    }

    /// <summary>Cross-checks articles already sorted by id, reading them on up to <paramref name="maxDegreeOfParallelism"/> threads.</summary>
    internal static IReadOnlyList<ClaimCheck> Check(IReadOnlyList<Article> sorted, int maxDegreeOfParallelism)
    {
        var perArticle = new List<ClaimMention>[sorted.Count];
        Parallel.For(0, sorted.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => perArticle[i] = ClaimExtractor.Extract(sorted[i]));
        return Check(perArticle.SelectMany(m => m).ToList());
    }

    internal static IReadOnlyList<ClaimCheck> Check(IReadOnlyList<ClaimMention> mentions, CancellationToken cancellationToken = default)
    {
        var checks = new List<(ClaimKind Kind, string Topic, List<ClaimReading> Readings)>();
        checks.AddRange(NameVariants(mentions.Where(m => m.Kind == ClaimKind.Name).ToList(), cancellationToken));
        checks.AddRange(ContextClaims(mentions.Where(m => m.Kind == ClaimKind.Amount).ToList(), ClaimKind.Amount, cancellationToken));
        checks.AddRange(ContextClaims(mentions.Where(m => m.Kind == ClaimKind.Date).ToList(), ClaimKind.Date, cancellationToken));

        // Inconsistent claims first, then by kind, topic and value, so the order is stable.
        var ordered = checks
            .OrderBy(c => c.Readings.Count == 1)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Topic, StringComparer.Ordinal)
            .ThenBy(c => c.Readings[0].Value, StringComparer.Ordinal)
            .ToList();
        var result = new List<ClaimCheck>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            result.Add(new ClaimCheck("c" + (i + 1).ToString(CultureInfo.InvariantCulture), ordered[i].Kind, ordered[i].Topic, ordered[i].Readings));
        }

        return result;
    }

    private static IEnumerable<(ClaimKind, string, List<ClaimReading>)> NameVariants(List<ClaimMention> names, CancellationToken cancellationToken)
    {
        // Every proper-name word with the mentions it occurs in, and the words printed before and after it in them
        // (a surname's first names, a first name's surnames).
        var words = new SortedDictionary<string, List<ClaimMention>>(StringComparer.Ordinal);
        var neighbours = new Dictionary<string, (HashSet<string> Before, HashSet<string> After)>(StringComparer.Ordinal);
        foreach (var mention in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parts = mention.Value.Split(' ');
            for (var k = 0; k < parts.Length; k++)
            {
                var word = parts[k];
                if (word.Length < MinNameWordLength)
                {
                    continue;
                }

                if (!words.TryGetValue(word, out var list))
                {
                    words[word] = list = [];
                    neighbours[word] = ([], []);
                }

                list.Add(mention);
                if (k > 0)
                {
                    neighbours[word].Before.Add(parts[k - 1]);
                }

                if (k + 1 < parts.Length)
                {
                    neighbours[word].After.Add(parts[k + 1]);
                }
            }
        }

        // Symmetric-delete index: two words within one edit share a key; this finds candidates without comparing all pairs.
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words.Keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in DeleteKeys(word.ToLowerInvariant()))
            {
                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }

                if (list.Count == 0 || !string.Equals(list[^1], word, StringComparison.Ordinal))
                {
                    list.Add(word);
                }
            }
        }

        var parent = words.Keys.ToDictionary(w => w, w => w, StringComparer.Ordinal);
        string Find(string w)
        {
            while (!string.Equals(parent[w], w, StringComparison.Ordinal))
            {
                w = parent[w] = parent[parent[w]];
            }

            return w;
        }

        foreach (var bucket in keys.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < bucket.Count; i++)
            {
                for (var j = i + 1; j < bucket.Count && j < i + 16; j++)
                {
                    if (AreVariants(bucket[i], bucket[j]) && !DifferentPeople(neighbours[bucket[i]], neighbours[bucket[j]]))
                    {
                        var a = Find(bucket[i]);
                        var b = Find(bucket[j]);
                        if (!string.Equals(a, b, StringComparison.Ordinal))
                        {
                            if (string.CompareOrdinal(a, b) < 0)
                            {
                                parent[b] = a;
                            }
                            else
                            {
                                parent[a] = b;
                            }
                        }
                    }
                }
            }
        }

        foreach (var group in words.Keys.GroupBy(Find).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var readings = group
                .Select(w => Reading(CommonestName(words[w]), words[w].Distinct().ToList()))
                .OrderByDescending(r => r.DocumentIds.Count)
                .ThenByDescending(r => r.Mentions.Count)
                .ThenBy(r => r.Value, StringComparer.Ordinal)
                .ToList();
            yield return (ClaimKind.Name, readings[0].Value, readings);
        }
    }

    /// <summary>
    /// The way a name is best printed: the form (among the mentions holding the word) found, whole, in the most
    /// documents, counting longer mentions that contain it ("Coach Dana Roe" supports "Dana Roe"); ties go to the
    /// form with more words, then ordinal order.
    /// </summary>
    private static string CommonestName(List<ClaimMention> mentions)
    {
        var forms = mentions.Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return forms
            .OrderByDescending(f => mentions.Where(m => ContainsWords(m.Value, f)).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(f => f.Split(' ').Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .First();
    }

    private static bool ContainsWords(string value, string form)
    {
        var at = value.IndexOf(form, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || value[at - 1] == ' ') && (at + form.Length == value.Length || value[at + form.Length] == ' ');
    }

    /// <summary>
    /// Two name words are different people's names when both are printed with a first name (or both with a surname)
    /// and those never agree, even allowing a misspelling: <c>Bill Clinton</c> and <c>Ray Clifton</c>.
    /// </summary>
    private static bool DifferentPeople((HashSet<string> Before, HashSet<string> After) a, (HashSet<string> Before, HashSet<string> After) b) =>
        Disjoint(a.Before, b.Before) || Disjoint(a.After, b.After);

    private static bool Disjoint(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal) || (x.Length >= 4 && y.Length >= 4 && WordSimilarity.Distance(x.ToLowerInvariant(), y.ToLowerInvariant(), 1) <= 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Endings that make another word of one family (<c>America</c>/<c>American</c>), not another spelling.</summary>
    private static readonly string[] FamilyEndings = ["s", "es", "n", "an", "ns", "ans", "ian", "ians", "ese", "ish", "ic", "ics", "i", "is"];

    private static bool OneFamily(string a, string b)
    {
        foreach (var x in Stems(a))
        {
            foreach (var y in Stems(b))
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The word and the word without each family ending it has (<c>americas</c> → <c>america</c>).</summary>
    private static IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (var e in FamilyEndings)
        {
            if (word.Length > e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal))
            {
                yield return word[..^e.Length];
            }
        }
    }

    private static bool AreVariants(string a, string b)
    {
        if (char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]))
        {
            return false;
        }

        var la = a.ToLowerInvariant();
        var lb = b.ToLowerInvariant();
        if (string.Equals(la, lb, StringComparison.Ordinal) || OneFamily(la, lb))
        {
            return false;
        }

        var max = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return WordSimilarity.Distance(la, lb, max) <= max;
    }

    private static IEnumerable<string> DeleteKeys(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    private static IEnumerable<(ClaimKind, string, List<ClaimReading>)> ContextClaims(List<ClaimMention> mentions, ClaimKind kind, CancellationToken cancellationToken)
    {
        mentions = mentions.OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToList();
        var topicWords = TopicWords(mentions);
        cancellationToken.ThrowIfCancellationRequested();

        // 1. The same value stated by several documents is one claim.
        var parent = new UnionFind(mentions.Count);
        var byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var key = Key(mentions[i], kind);
            if (byValue.TryGetValue(key, out var first))
            {
                parent.Union(first, i);
            }
            else
            {
                byValue[key] = i;
            }
        }

        // An ambiguous date ("04/06") also joins the mentions of its other reading.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].AlternativeValue is { } alternative && byValue.TryGetValue(alternative[^5..], out var other))
            {
                parent.Union(other, i);
            }
        }

        // 2. Mentions of different documents whose sentences share two words that are not the story's topic words
        //    state the same fact, whatever their values: that is where a disagreement shows.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shared.Clear();
            foreach (var word in mentions[i].Context)
            {
                if (topicWords.Contains(word))
                {
                    continue;
                }

                if (!index.TryGetValue(word, out var postings))
                {
                    index[word] = postings = [];
                }

                foreach (var j in postings)
                {
                    if (!string.Equals(mentions[j].DocumentId, mentions[i].DocumentId, StringComparison.Ordinal))
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }

                if (postings.Count < MaxClustersPerWord)
                {
                    postings.Add(i);
                }
            }

            foreach (var (j, n) in shared)
            {
                if (n >= 2)
                {
                    parent.Union(j, i);
                }
            }
        }

        var clusters = Enumerable.Range(0, mentions.Count).GroupBy(i => parent.Find(i)).OrderBy(g => g.Key);
        foreach (var cluster in clusters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clusterMentions = cluster.Select(i => mentions[i]).ToList();
            if (clusterMentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var datedByDay = kind == ClaimKind.Date ? DatedByDay(clusterMentions) : null;
            var readings = clusterMentions
                .GroupBy(m => datedByDay is not null ? DateReading(m, datedByDay) : m.Value, StringComparer.Ordinal)
                .Select(g => Reading(g.Key, g.ToList()))
                .OrderByDescending(r => r.DocumentIds.Count)
                .ThenByDescending(r => r.Mentions.Count)
                .ThenBy(r => r.Value, StringComparer.Ordinal)
                .ToList();
            var topic = string.Join(", ", clusterMentions
                .SelectMany(m => m.Context.Where(w => !topicWords.Contains(w)).Select(w => (m.DocumentId, w)))
                .Distinct()
                .GroupBy(x => x.w, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(4)
                .Select(g => g.Key));
            yield return (kind, topic, readings);
        }
    }

    /// <summary>
    /// The reading a date mention supports among the mentions of its claim: its full date when it states the year (so
    /// <c>June 4, 2019</c> and <c>June 4, 2021</c> differ); without a year, the one dated reading of the same month and day
    /// when there is exactly one, else its month and day. An ambiguous numeric date is a reading of its own, marked
    /// ambiguous: another document's date does not say how this article writes its dates.
    /// </summary>
    /// <param name="mention">The mention.</param>
    /// <param name="datedByDay">The cluster's dated readings by month and day (<see cref="DatedByDay"/>).</param>
    private static string DateReading(ClaimMention mention, Dictionary<string, (string Value, bool Several)> datedByDay)
    {
        var value = mention.Value;
        if (mention.Ambiguous)
        {
            return AmbiguousPrefix + value; // only the article's own dates may settle it, and they did not
        }

        if (!value.StartsWith('-'))
        {
            return value;
        }

        return datedByDay.TryGetValue(value[^5..], out var dated) && !dated.Several ? dated.Value : value;
    }

    /// <summary>
    /// The dated readings (with a year, not ambiguous) of a cluster by their month and day (their last five characters):
    /// the first, and whether there are several different ones. Made once per cluster, so that reading each mention is
    /// a lookup rather than a scan of the cluster.
    /// </summary>
    private static Dictionary<string, (string Value, bool Several)> DatedByDay(List<ClaimMention> cluster)
    {
        var byDay = new Dictionary<string, (string Value, bool Several)>(StringComparer.Ordinal);
        foreach (var m in cluster)
        {
            if (m.Value.StartsWith('-') || m.Ambiguous || m.Value.Length < 5)
            {
                continue;
            }

            var day = m.Value[^5..];
            if (!byDay.TryGetValue(day, out var known))
            {
                byDay[day] = (m.Value, false);
            }
            else if (!known.Several && !string.Equals(known.Value, m.Value, StringComparison.Ordinal))
            {
                byDay[day] = (known.Value, true);
            }
        }

        return byDay;
    }

    /// <summary>Marks a reading that is an ambiguous numeric date (see <see cref="ClaimReading.Ambiguous"/>).</summary>
    internal const string AmbiguousPrefix = "?";

    /// <summary>A date without a year agrees with the same month and day in any year.</summary>
    private static string Key(ClaimMention mention, ClaimKind kind) => kind == ClaimKind.Date ? mention.Value[^5..] : mention.Value;

    /// <summary>
    /// Words found around mentions in 60% of the documents or more (the story's own subject, from four documents up)
    /// say nothing about which fact a mention states.
    /// </summary>
    private static HashSet<string> TopicWords(List<ClaimMention> mentions)
    {
        var documents = mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();
        if (documents < 4)
        {
            return [];
        }

        var threshold = (int)Math.Ceiling(documents * 0.6);
        return mentions
            .SelectMany(m => m.Context.Select(w => (m.DocumentId, w)))
            .Distinct()
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static ClaimReading Reading(string value, List<ClaimMention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToList();
        var documents = ordered.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        return new ClaimReading(value, documents, ordered);
    }
}
