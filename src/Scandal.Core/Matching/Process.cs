// Overloads by string type (string and span) each with the same optional parameters: the shape FuzzySharp and
// RapidFuzz users expect. RS0026 guards against adding optional parameters to shipped overloads; this is the first release.
#pragma warning disable RS0026

namespace Scandal.Core.Matching;

/// <summary>
/// Best matches of one query among many choices (RapidFuzz's and FuzzySharp's <c>process</c>), over any
/// <see cref="IEnumerable{T}"/> with a selector giving each choice's text. The query is prepared once
/// (<see cref="CachedScorer"/>). A choice whose text is <see langword="null"/> is skipped. Ties keep the input order.
/// Defaults: <see cref="Scorer.WRatio"/>, <see cref="Preprocess.None"/>, cutoff 0.
/// </summary>
public static class Process
{
    /// <summary>The choice with the highest score at or above <paramref name="scoreCutoff"/> (the first on ties); null when none.</summary>
    /// <typeparam name="T">The choices' type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="selector">Each choice's text.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="processor">How the query and every choice text are prepared first.</param>
    /// <param name="scoreCutoff">The lowest score a match may have.</param>
    /// <returns>The best match, or <see langword="null"/>.</returns>
    public static FuzzyMatch<T>? ExtractOne<T>(string query, IEnumerable<T> choices, Func<T, string?> selector, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(selector);
        var cached = new CachedScorer(query, scorer, processor);
        FuzzyMatch<T>? best = null;
        var cutoff = scoreCutoff;
        var index = -1;
        foreach (var choice in choices)
        {
            index++;
            var text = selector(choice);
            if (text is null)
            {
                continue;
            }

            // The running best is the cutoff: a choice must beat it, so parts that cannot are skipped.
            var score = cached.Score(text, cutoff);
            if (score >= cutoff && (best is null || score > best.Value.Score))
            {
                best = new FuzzyMatch<T>(choice, score, index);
                cutoff = score;
                if (score >= 100)
                {
                    break; // nothing can beat it
                }
            }
        }

        return best;
    }

    /// <inheritdoc cref="ExtractOne{T}(string, IEnumerable{T}, Func{T, string}, Scorer, Preprocess, double)"/>
    public static FuzzyMatch<string>? ExtractOne(string query, IEnumerable<string?> choices, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        ExtractOne(query, choices, static s => s, scorer, processor, scoreCutoff) is { } m ? new FuzzyMatch<string>(m.Choice!, m.Score, m.Index) : null;

    /// <summary>The <paramref name="limit"/> best choices at or above <paramref name="scoreCutoff"/>, best first (input order on ties).</summary>
    /// <typeparam name="T">The choices' type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="selector">Each choice's text.</param>
    /// <param name="limit">How many matches at most (at least 1).</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="processor">How the query and every choice text are prepared first.</param>
    /// <param name="scoreCutoff">The lowest score a match may have.</param>
    /// <returns>The matches, best first.</returns>
    public static IReadOnlyList<FuzzyMatch<T>> Extract<T>(string query, IEnumerable<T> choices, Func<T, string?> selector, int limit = 5, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var cached = new CachedScorer(query, scorer, processor);

        // The best `limit` so far, sorted best first; once full, its last score is the cutoff for the rest.
        var top = new List<FuzzyMatch<T>>(Math.Min(limit, 64) + 1);
        var index = -1;
        foreach (var choice in choices)
        {
            index++;
            var text = selector(choice);
            if (text is null)
            {
                continue;
            }

            var cutoff = top.Count == limit ? Math.Max(scoreCutoff, top[^1].Score) : scoreCutoff;
            var score = cached.Score(text, cutoff);
            if (score < cutoff || (top.Count == limit && score <= top[^1].Score))
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && top[at - 1].Score < score)
            {
                at--;
            }

            top.Insert(at, new FuzzyMatch<T>(choice, score, index));
            if (top.Count > limit)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        return top.ToArray();
    }

    /// <inheritdoc cref="Extract{T}(string, IEnumerable{T}, Func{T, string}, int, Scorer, Preprocess, double)"/>
    public static IReadOnlyList<FuzzyMatch<string>> Extract(string query, IEnumerable<string?> choices, int limit = 5, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        NotNull(Extract(query, choices, static s => s, limit, scorer, processor, scoreCutoff));

    /// <summary>Every choice scoring at or above <paramref name="scoreCutoff"/>, best first (input order on ties).</summary>
    /// <typeparam name="T">The choices' type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="selector">Each choice's text.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="processor">How the query and every choice text are prepared first.</param>
    /// <param name="scoreCutoff">The lowest score a match may have.</param>
    /// <returns>The matches, best first.</returns>
    public static IReadOnlyList<FuzzyMatch<T>> ExtractAll<T>(string query, IEnumerable<T> choices, Func<T, string?> selector, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(selector);
        var cached = new CachedScorer(query, scorer, processor);
        var all = new List<FuzzyMatch<T>>();
        var index = -1;
        foreach (var choice in choices)
        {
            index++;
            var text = selector(choice);
            if (text is null)
            {
                continue;
            }

            var score = cached.Score(text, scoreCutoff);
            if (score >= scoreCutoff)
            {
                all.Add(new FuzzyMatch<T>(choice, score, index));
            }
        }

        // A stable order: score descending, then input position.
        all.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        return all.ToArray();
    }

    /// <inheritdoc cref="ExtractAll{T}(string, IEnumerable{T}, Func{T, string}, Scorer, Preprocess, double)"/>
    public static IReadOnlyList<FuzzyMatch<string>> ExtractAll(string query, IEnumerable<string?> choices, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None, double scoreCutoff = 0) =>
        NotNull(ExtractAll(query, choices, static s => s, scorer, processor, scoreCutoff));

    private static FuzzyMatch<string>[] NotNull(IReadOnlyList<FuzzyMatch<string?>> matches)
    {
        var result = new FuzzyMatch<string>[matches.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new FuzzyMatch<string>(matches[i].Choice!, matches[i].Score, matches[i].Index);
        }

        return result;
    }
}
