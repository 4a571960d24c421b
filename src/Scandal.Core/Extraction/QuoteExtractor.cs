using System.Globalization;
using Scandal.Core.Extraction.Attribution;
using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>
/// Finds every quotation in an article, with its speaker, kind and exact character spans.
/// </summary>
/// <remarks>
/// <para>The stages, each an internal type: <see cref="QuoteScanner"/> pairs quotation marks (curly, straight, single,
/// « », „ “, 「 」) paragraph by paragraph and links paragraphs that reopen a quote; <see cref="EmbeddedPosts"/> finds
/// posts signed <c>— Name (@handle) Date</c>; quoted stretches are then joined into quotations; <see cref="Attribution"/>
/// reads the cue next to each; <see cref="EntityIndex"/> resolves the cue to the fullest name in the article.</para>
/// <para><b>One quotation or two.</b> Two quoted stretches are one quotation with two pieces when the first does not
/// end a sentence (it ends with a comma, a dash or no punctuation), the text between them is on the same paragraph,
/// is at most 160 characters, holds an attribution cue and no other quotation mark:
/// <c>"I was quiet," she said on Twitter, "not because..."</c>, <c>“A,” Kim explained. “And B.”</c>.
/// Separated by narrative, or when the first ends its sentence, they are two quotations.</para>
/// <para><b>Kinds.</b> A post is <see cref="QuoteKind.EmbeddedPost"/>. A quotation is a <see cref="QuoteKind.Fragment"/>
/// when it starts in lower case (a few words lifted into the reporter's sentence) or has at most
/// <see cref="ExtractionOptions.FragmentMaxWords"/> words and does not end a sentence; otherwise it is
/// <see cref="QuoteKind.Direct"/>. A quoted nickname inside a name (<c>Dwayne "The Rock" Johnson</c>) is not a quotation.</para>
/// <para><b>Speakers.</b> A name in the cue resolves to the fullest form of that name in the article; she/he to the
/// previous quotation's speaker when that is a person, else the nearest person named before; it/they and "the
/// company"/"the brand" to the organisation the article names most among those named in the preceding 1,500
/// characters (or the previous speaker when that is an organisation); "the statement"/"the message" to the previous
/// speaker. A quotation that is a paragraph of its own with no cue takes the first name of the paragraph before it; a
/// quoted heading takes the author of the post that follows and contains its words. Otherwise the speaker is null.</para>
/// <para>An instance holds no mutable state: it is thread-safe and meant to be built once and reused.
/// Time is linear in the length of the article.</para>
/// </remarks>
public sealed class QuoteExtractor
{
    private const int MaxGap = 160;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Extraction settings, or <see langword="null"/> for the defaults.</param>
    public QuoteExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
    }

    /// <summary>The settings this extractor uses.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Finds the quotations in <paramref name="article"/>.</summary>
    /// <param name="article">The article to read.</param>
    /// <returns>The quotations in article order, with diagnostics; never throws on messy text.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is <see langword="null"/>.</exception>
    public ExtractionResult Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var diagnostics = new List<Diagnostic>(article.Diagnostics);
        var text = article.Text;
        if (text.Length == 0)
        {
            return new ExtractionResult(article, [], diagnostics);
        }

        var run = new Run(this, article, diagnostics);
        var quotes = run.Execute();
        return new ExtractionResult(article, quotes, diagnostics);
    }

    /// <summary>The state of one extraction.</summary>
    private sealed class Run
    {
        private readonly QuoteExtractor owner;
        private readonly Article article;
        private readonly string text;
        private readonly List<Diagnostic> diagnostics;
        private List<Paragraph> paragraphs = [];
        private List<QuotedStretch> stretches = [];
        private List<EmbeddedPost> posts = [];
        private SpeakerResolver resolver = null!;
        private bool[] inQuote = [];

        public Run(QuoteExtractor owner, Article article, List<Diagnostic> diagnostics)
        {
            this.owner = owner;
            this.article = article;
            text = article.Text;
            this.diagnostics = diagnostics;
        }

        public List<Quote> Execute()
        {
            paragraphs = QuoteScanner.Paragraphs(text);
            stretches = QuoteScanner.Scan(text, paragraphs, owner.Options.MaxQuoteLength, diagnostics);
            inQuote = new bool[text.Length];
            foreach (var s in stretches)
            {
                Array.Fill(inQuote, true, s.Open, Math.Min(text.Length, s.Close + 1) - s.Open);
            }

            posts = EmbeddedPosts.Find(text, paragraphs);
            resolver = new SpeakerResolver(text, paragraphs, inQuote, EntityIndex.Build(text, paragraphs, inQuote));

            var candidates = new List<QuoteCandidate>();
            foreach (var post in posts)
            {
                var c = new QuoteCandidate { Kind = QuoteKind.EmbeddedPost, Speaker = post.Author, InPost = true, Signature = post.Signature };
                c.Pieces.Add(new QuotedStretch(post.Content.Start - 1, post.Content.End, post.Content, -1, 0, false, false, false));
                candidates.Add(c);
            }

            candidates.AddRange(JoinStretches());
            candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            resolver.Resolve(candidates);

            var quotes = new List<Quote>(candidates.Count);
            foreach (var c in candidates)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}#q{quotes.Count + 1}");
                var pieces = c.Pieces.Select(p => text.Substring(p.Content.Start, p.Content.Length)).ToList();
                var spans = c.Pieces.Select(p => p.Content).ToList();
                quotes.Add(new Quote(id, article.Id, c.Speaker, c.Kind, pieces, spans, c.Evidence, c.Missing));
            }

            return quotes;
        }

        /// <summary>Turns top-level quoted stretches into quotations: paragraphs that run on, then split quotations.</summary>
        private List<QuoteCandidate> JoinStretches()
        {
            var result = new List<QuoteCandidate>();
            QuoteCandidate? open = null;
            foreach (var s in stretches)
            {
                if (s.Depth > 0)
                {
                    continue;
                }

                var post = PostHolding(s.Content);
                if (post is { } p)
                {
                    if (p.Content == s.Content)
                    {
                        continue; // the post itself in quotation marks
                    }

                    var inner = new QuoteCandidate { Kind = QuoteKind.Fragment, InPost = true };
                    inner.Pieces.Add(s);
                    result.Add(inner);
                    continue;
                }

                if (IsNickname(s))
                {
                    continue;
                }

                if (open is not null)
                {
                    open.Pieces.Add(s);
                }
                else
                {
                    open = new QuoteCandidate();
                    open.Pieces.Add(s);
                    result.Add(open);
                }

                if (!s.RunsOn)
                {
                    open = null;
                }
            }

            // Split quotations: a stretch that does not end its sentence, a short attribution, then the next stretch.
            var merged = new List<QuoteCandidate>(result.Count);
            foreach (var c in result)
            {
                if (merged.Count > 0 && !c.InPost && TryJoin(merged[^1], c))
                {
                    continue;
                }

                merged.Add(c);
            }

            foreach (var c in merged)
            {
                if (c.Kind != QuoteKind.EmbeddedPost)
                {
                    c.Kind = c.InPost ? QuoteKind.Fragment : Classify(c);
                }
            }

            return merged;
        }

        private bool TryJoin(QuoteCandidate first, QuoteCandidate second)
        {
            if (first.InPost || first.Kind == QuoteKind.EmbeddedPost)
            {
                return false;
            }

            var a = first.Last;
            var b = second.Pieces[0];
            if (a.Unbalanced || a.RunsOn || a.Paragraph != b.Paragraph || b.Open - a.Close - 1 > MaxGap || b.Open <= a.Close)
            {
                return false;
            }

            var last = LastNonSpace(a.Content);
            if (last is '.' or '!' or '?' or '…' && !(last == '.' && a.Content.Length > 3 && text[a.Content.End - 2] == '.'))
            {
                return false;
            }

            // The gap is the attribution and nothing more: no other quotation mark, and once a sentence ends in it
            // ("Kim explained on Twitter."), only white space until the next piece.
            var ended = false;
            for (var i = a.Close + 1; i < b.Open; i++)
            {
                var c = text[i];
                if (QuoteMarks.IsDouble(c) || (ended && !char.IsWhiteSpace(c)))
                {
                    return false;
                }

                ended |= Sentences.EndsAt(text, i);
            }

            var cue = resolver.GapCue(a.Close + 1, b.Open);
            if (cue is null || cue.Value.IsSourceOnly)
            {
                return false;
            }

            first.GapCue ??= cue;
            first.Pieces.AddRange(second.Pieces);
            return true;
        }

        private char LastNonSpace(TextSpan span) => TextReads.LastNonSpace(text, span);

        private QuoteKind Classify(QuoteCandidate c)
        {
            var content = c.Pieces[0].Content;
            var firstLetter = FirstLetter(content);
            if (firstLetter is { } f && char.IsLower(f))
            {
                return QuoteKind.Fragment;
            }

            var words = 0;
            foreach (var p in c.Pieces)
            {
                words += CountWords(p.Content);
            }

            var last = LastNonSpace(c.Last.Content);
            var endsSentence = last is '.' or '!' or '?' or '…';
            return words <= owner.Options.FragmentMaxWords && !endsSentence && c.Pieces.Count == 1 && !FollowedByCue(c) ? QuoteKind.Fragment : QuoteKind.Direct;
        }

        /// <summary>A short quote followed by ", she said" is a spoken sentence, not a fragment.</summary>
        private bool FollowedByCue(QuoteCandidate c)
        {
            var last = LastNonSpace(c.Last.Content);
            return last == ',' && resolver.HasCueAfter(c) && CountWords(c.Last.Content) >= 3;
        }

        private char? FirstLetter(TextSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    return text[i];
                }

                if (char.IsDigit(text[i]))
                {
                    return null;
                }
            }

            return null;
        }

        private int CountWords(TextSpan span) => TextReads.CountWords(text, span);

        private EmbeddedPost? PostHolding(TextSpan span)
        {
            foreach (var p in posts)
            {
                if (p.Content.Contains(span) || (p.Content.Start >= span.Start - 1 && p.Content.End <= span.End + 1 && p.Content.Overlaps(span)))
                {
                    return p;
                }
            }

            return null;
        }

        /// <summary>
        /// A single capitalised word quoted between two capitalised words: <c>Kanye "Ye" West</c>. Words in capitals
        /// throughout, two or more, are a headline's shouted quotation (<c>COP CHIEF 'ANGRY AND ASHAMED' OVER VIDEO</c>).
        /// </summary>
        private bool IsNickname(QuotedStretch s)
        {
            var words = CountWords(s.Content);
            if (words > 3 || s.Open < 2 || s.Close + 2 >= text.Length)
            {
                return false;
            }

            if (words >= 2 && !text.AsSpan(s.Content.Start, s.Content.Length).ContainsAnyInRange('a', 'z'))
            {
                return false;
            }

            var before = s.Open - 1;
            var after = s.Close + 1;
            return text[before] == ' ' && char.IsLetter(text[before - 1]) && char.IsUpper(WordStartChar(before - 1))
                && text[after] == ' ' && after + 1 < text.Length && char.IsUpper(text[after + 1])
                && char.IsUpper(text[s.Content.Start]) && LastNonSpace(s.Content) is not (',' or '.' or '!' or '?');
        }

        private char WordStartChar(int i)
        {
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            return text[i];
        }
    }
}
