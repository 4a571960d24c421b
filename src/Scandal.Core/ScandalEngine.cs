using Scandal.Core.Alignment;
using Scandal.Core.Claims;
using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Matching;
using Scandal.Core.Reporting;
using Scandal.Core.Scoring;
using Scandal.Core.Text;

namespace Scandal.Core;

/// <summary>
/// The pipeline, built once from <see cref="ScandalOptions"/> and reused: extract → align → classify → score → report.
/// </summary>
/// <remarks>An engine holds no mutable state: it is thread-safe.</remarks>
public sealed class ScandalEngine
{
    private readonly int maxDegreeOfParallelism;
    private readonly bool checkClaims;
    private readonly IFuzzyScorer scorer;

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">When a setting is out of range.</exception>
    public ScandalEngine(ScandalOptions? options = null)
    {
        options ??= new ScandalOptions();
        options.Validate();
        Extractor = new QuoteExtractor(options.Extraction);
        maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        checkClaims = options.CheckClaims;
        scorer = FuzzyScorer.Instance;
    }

    /// <summary>The quote extractor this engine uses.</summary>
    public QuoteExtractor Extractor { get; }

    /// <summary>Finds the quotations in one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The quotations and diagnostics.</returns>
    public ExtractionResult Extract(Article article) => Extractor.Extract(article);

    /// <summary>Runs the pipeline over a batch of articles about one event: extract → align → classify → score → report.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <param name="references">
    /// Known original texts (the post itself, a press release): where one covers a statement, its words are the
    /// consensus instead of the outlets' vote. Optional.
    /// </param>
    /// <param name="progress">Receives the stage and the documents done (see <see cref="CrossCheckProgress"/>). Optional.</param>
    /// <param name="cancellationToken">Stops the run: it is checked between documents, between statements and between stages.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">When two articles share an <see cref="Article.Id"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled before the report is complete.</exception>
    public CrossCheckReport CrossCheck(IEnumerable<Article> articles, IEnumerable<Article>? references = null, IProgress<CrossCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        cancellationToken.ThrowIfCancellationRequested();
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Id, ordered[i].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two articles share the id '{ordered[i].Id}'.", nameof(articles));
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Cross-check claims first: they read the articles alone, and their scratch is gone before alignment fills the heap.
        var claims = checkClaims ? CheckClaims(ordered, parallel, progress) : [];

        // Extract.
        var extracting = ProgressCounter.Start(progress, CrossCheckStage.Extract, ordered.Length);
        var results = new ExtractionResult[ordered.Length];
        Parallel.For(0, ordered.Length, parallel, i =>
        {
            results[i] = Extractor.Extract(ordered[i]);
            extracting.Increment();
        });
        extracting.Complete();
        var quotes = results.SelectMany(r => r.Quotes).ToList();

        // Quotations in another language than the batch are translations: reported apart, never aligned or scored.
        var language = LanguageDetector.OfBatch(ordered.Select(a => a.Text).ToList(), maxDegreeOfParallelism);
        var translations = Translations(quotes, language, ordered.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), parallel);
        var translated = translations.Select(t => t.QuoteId).ToHashSet(StringComparer.Ordinal);

        // Align and classify.
        var aligning = ProgressCounter.Start(progress, CrossCheckStage.Align, ordered.Length);
        var aligner = new QuoteAligner(scorer, maxDegreeOfParallelism);
        var statements = aligner.Align(translated.Count == 0 ? quotes : quotes.Where(q => !translated.Contains(q.Id)).ToList(), ReferenceQuotes(references), StatementScorer.Score, cancellationToken);
        aligning.Complete();

        // Score.
        cancellationToken.ThrowIfCancellationRequested();
        var scoring = ProgressCounter.Start(progress, CrossCheckStage.Score, ordered.Length);
        var ids = ordered.Select(a => a.Id).ToList();
        var outlets = ConsistencyScorer.Score(ids, quotes, statements, cancellationToken)
            .OrderBy(o => o.Consistency is null)
            .ThenByDescending(o => o.Consistency ?? 0)
            .ThenBy(o => o.DocumentId, StringComparer.Ordinal)
            .ToList();

        cancellationToken.ThrowIfCancellationRequested();
        var alignmentNotes = aligner.Diagnostics.ToLookup(d => d.DocumentId, d => d.Diagnostic, StringComparer.Ordinal);
        var documents = results.Select(r => new DocumentSummary(r.Article.Id, r.Article.Path, r.Article.Text.Length, alignmentNotes.Contains(r.Article.Id) ? [.. r.Diagnostics, .. alignmentNotes[r.Article.Id]] : r.Diagnostics)).ToList();
        var report = new CrossCheckReport(documents, quotes, statements, outlets, claims, aligner.Stats, language, translations);
        scoring.Complete();
        return report;
    }

    /// <summary>
    /// The translations, in quote order: the quotations whose language is told and is not the batch's, and the quotations
    /// in the batch's language that their outlet says were translated (<c>speaking in Spanish</c>, <c>said in French</c>,
    /// <see cref="TranslationCue"/>). A quotation in the language its speaker is said to have spoken, by that speaker or by
    /// no one named, is the original, not a translation: it stays a statement of its own; and that speaker's other
    /// quotations in the batch's language are translations, whether or not their outlet says so.
    /// </summary>
    private static List<Translation> Translations(List<Quote> quotes, string language, Dictionary<string, string> texts, ParallelOptions parallel)
    {
        var own = new string?[quotes.Count];
        var spokenIn = new string?[quotes.Count];
        Parallel.For(0, quotes.Count, parallel, i =>
        {
            own[i] = LanguageDetector.Detect(quotes[i]);
            if ((own[i] is null || string.Equals(own[i], language, StringComparison.Ordinal)) && texts.TryGetValue(quotes[i].DocumentId, out var text)
                && TranslationCue.SpokenIn(text, quotes[i]) is { } from && !string.Equals(from, language, StringComparison.Ordinal))
            {
                spokenIn[i] = from;
            }
        });

        var originals = new List<(string Speaker, string Language)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            if (spokenIn[i] is { } from && quotes[i].Speaker is { } speaker)
            {
                originals.Add((speaker, from));
            }
        }

        // Each speaker said to have spoken another language once, found by the last word of the name (as Compatible compares).
        originals = [.. originals.Distinct()];
        var originalsByLastWord = originals.ToLookup(o => Surname(o.Speaker), StringComparer.Ordinal);

        // The surnames of the batch's named speakers: an unnamed quotation right after one of them is theirs.
        var surnames = originals.Count == 0 ? [] : quotes.Select(q => q.Speaker).OfType<string>().Where(s => !Unnamed(s)).Select(Surname).ToHashSet(StringComparer.Ordinal);
        var found = new List<Translation>();
        for (var i = 0; i < quotes.Count; i++)
        {
            if (spokenIn[i] is not null)
            {
                found.Add(new Translation(quotes[i].Id, quotes[i].DocumentId, own[i] ?? language));
            }
            else if (own[i] is { } lang && !string.Equals(lang, language, StringComparison.Ordinal))
            {
                // In another language: the original when its speaker is one an outlet says spoke that language, or when
                // the quotation names no one (a role, or nobody) while someone in the batch is said to have spoken it.
                var original = originals.Exists(o => string.Equals(o.Language, lang, StringComparison.Ordinal)
                    && (SaidBy(quotes[i], o.Speaker, texts) || (Unnamed(quotes[i].Speaker) && !NamesSomeone(quotes[i], surnames, texts))));
                if (!original)
                {
                    found.Add(new Translation(quotes[i].Id, quotes[i].DocumentId, lang));
                }
            }
            else if ((own[i] is null || string.Equals(own[i], language, StringComparison.Ordinal)) && quotes[i].Speaker is { } speaker
                && originalsByLastWord[Surname(speaker)].Any(o => StatementSpeakers.Compatible(speaker, o.Speaker)))
            {
                // In the batch's language, by a speaker another outlet says spoke another language: a translation too.
                found.Add(new Translation(quotes[i].Id, quotes[i].DocumentId, own[i] ?? language));
            }
        }

        return found;
    }

    private static readonly char[] NameSeparators = [' ', '\t', ',', ';', ':', '«', '»', '“', '”', '"', '(', ')'];

    /// <summary>The last word of a speaker's name.</summary>
    private static string Surname(string speaker) => speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : speaker;

    /// <summary>Whether the sentence before a quotation (at most 300 characters of its paragraph) names one of <paramref name="surnames"/>.</summary>
    private static bool NamesSomeone(Quote quote, HashSet<string> surnames, Dictionary<string, string> texts)
    {
        if (surnames.Count == 0 || quote.Spans.Count == 0 || !texts.TryGetValue(quote.DocumentId, out var text) || quote.Spans[0].Start > text.Length)
        {
            return false;
        }

        var start = quote.Spans[0].Start;
        var from = Math.Max(text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1, start - 300);
        return text[from..start].Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Any(w => surnames.Contains(w.TrimEnd('.')));
    }

    /// <summary>Whether a quotation's speaker is no one's name: unknown, or a role in lower case (<c>a ministra</c>, <c>the minister</c>).</summary>
    private static bool Unnamed(string? speaker) => speaker is null || (speaker.Length > 0 && char.IsLower(speaker[0]));

    /// <summary>
    /// Whether <paramref name="quote"/> is <paramref name="speaker"/>'s: its speaker is compatible, or its paragraph names
    /// the speaker (the surname) before it (a speaker the attribution missed in another language's sentence).
    /// </summary>
    private static bool SaidBy(Quote quote, string speaker, Dictionary<string, string> texts)
    {
        if (quote.Speaker is { } own && StatementSpeakers.Compatible(own, speaker))
        {
            return true;
        }

        if (quote.Spans.Count == 0 || !texts.TryGetValue(quote.DocumentId, out var text) || quote.Spans[0].Start > text.Length)
        {
            return false;
        }

        var surname = Surname(speaker);
        var start = quote.Spans[0].Start;
        var paragraph = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(paragraph, start - paragraph);
        var at = before.IndexOf(surname, StringComparison.Ordinal);
        return surname.Length > 1 && at >= 0 && (at + surname.Length == before.Length || !char.IsLetter(before[at + surname.Length])) && (at == 0 || !char.IsLetter(before[at - 1]));
    }

    /// <summary>Runs the pipeline over a batch of articles, stopping when asked.</summary>
    /// <param name="articles">The articles; their order does not change the result.</param>
    /// <param name="cancellationToken">Stops the run: it is checked between documents, between statements and between stages.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">When two articles share an <see cref="Article.Id"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled before the report is complete.</exception>
    public CrossCheckReport CrossCheck(IEnumerable<Article> articles, CancellationToken cancellationToken) =>
        CrossCheck(articles, null, null, cancellationToken);

    /// <summary>Runs the pipeline (as the synchronous <c>CrossCheck</c>) on the thread pool, off the caller's thread.</summary>
    /// <param name="articles">The articles; their order does not change the result. They are enumerated on the thread pool too.</param>
    /// <param name="references">Known original texts, which take precedence over the outlets' consensus where they apply, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the stage and the documents done (see <see cref="CrossCheckProgress"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report; the task is cancelled when <paramref name="cancellationToken"/> is.</returns>
    public Task<CrossCheckReport> CrossCheckAsync(IEnumerable<Article> articles, IEnumerable<Article>? references = null, IProgress<CrossCheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Task.Run(() => CrossCheck(articles, references, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Reads the claims of every article (in parallel) and cross-checks them.</summary>
    private static IReadOnlyList<ClaimCheck> CheckClaims(Article[] ordered, ParallelOptions parallel, IProgress<CrossCheckProgress>? progress)
    {
        var reading = ProgressCounter.Start(progress, CrossCheckStage.Claims, ordered.Length);
        var perArticle = new List<ClaimMention>[ordered.Length];
        Parallel.For(0, ordered.Length, parallel, i =>
        {
            perArticle[i] = ClaimExtractor.Extract(ordered[i]);
            reading.Increment();
        });
        var claims = ClaimChecker.Check(perArticle.SelectMany(m => m).ToList(), parallel.CancellationToken);
        reading.Complete();
        return claims;
    }

    /// <summary>A reference text becomes one quotation per paragraph run, in a document of its own.</summary>
    private static List<Quote> ReferenceQuotes(IEnumerable<Article>? references)
    {
        var list = new List<Quote>();
        if (references is null)
        {
            return list;
        }

        foreach (var article in references.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var pieces = new List<string>();
            var spans = new List<TextSpan>();
            var text = article.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    var s = start;
                    var e = i;
                    while (s < e && char.IsWhiteSpace(text[s]))
                    {
                        s++;
                    }

                    while (e > s && char.IsWhiteSpace(text[e - 1]))
                    {
                        e--;
                    }

                    if (e > s)
                    {
                        pieces.Add(text[s..e]);
                        spans.Add(new TextSpan(s, e));
                    }

                    start = i + 1;
                }
            }

            if (pieces.Count > 0)
            {
                list.Add(new Quote("reference:" + article.Id + "#q1", "reference:" + article.Id, null, QuoteKind.Direct, pieces, spans));
            }
        }

        return list;
    }
}
