using System.Globalization;
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
    private const int Lookback = 1500;
    private const int PronounReach = 3000;

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
        private readonly List<Token> tokens = [];
        private List<Paragraph> paragraphs = [];
        private List<QuotedStretch> stretches = [];
        private List<EmbeddedPost> posts = [];
        private EntityIndex entities = null!;
        private bool[] inQuote = [];

        public Run(QuoteExtractor owner, Article article, List<Diagnostic> diagnostics)
        {
            this.owner = owner;
            this.article = article;
            text = article.Text;
            this.diagnostics = diagnostics;
        }

        private sealed class Candidate
        {
            public List<QuotedStretch> Pieces { get; } = [];

            public QuoteKind Kind { get; set; } = QuoteKind.Direct;

            public string? Speaker { get; set; }

            public Cue? GapCue { get; set; }

            public bool InPost { get; set; }

            public int Start => Pieces[0].Content.Start;

            public QuotedStretch Last => Pieces[^1];
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
            entities = EntityIndex.Build(text, paragraphs, inQuote);

            var candidates = new List<Candidate>();
            foreach (var post in posts)
            {
                var c = new Candidate { Kind = QuoteKind.EmbeddedPost, Speaker = post.Author, InPost = true };
                c.Pieces.Add(new QuotedStretch(post.Content.Start - 1, post.Content.End, post.Content, -1, 0, false, false, false));
                candidates.Add(c);
            }

            candidates.AddRange(JoinStretches());
            candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            ResolveSpeakers(candidates);

            var quotes = new List<Quote>(candidates.Count);
            foreach (var c in candidates)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}#q{quotes.Count + 1}");
                var pieces = c.Pieces.Select(p => text.Substring(p.Content.Start, p.Content.Length)).ToList();
                var spans = c.Pieces.Select(p => p.Content).ToList();
                quotes.Add(new Quote(id, article.Id, c.Speaker, c.Kind, pieces, spans));
            }

            return quotes;
        }

        /// <summary>Turns top-level quoted stretches into quotations: paragraphs that run on, then split quotations.</summary>
        private List<Candidate> JoinStretches()
        {
            var result = new List<Candidate>();
            Candidate? open = null;
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

                    var inner = new Candidate { Kind = QuoteKind.Fragment, InPost = true };
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
                    open = new Candidate();
                    open.Pieces.Add(s);
                    result.Add(open);
                }

                if (!s.RunsOn)
                {
                    open = null;
                }
            }

            // Split quotations: a stretch that does not end its sentence, a short attribution, then the next stretch.
            var merged = new List<Candidate>(result.Count);
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

        private bool TryJoin(Candidate first, Candidate second)
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

                ended |= c is '.' or '!' or '?' && !IsAbbreviation(i);
            }

            var cue = Attribution.After(text, a.Close + 1, b.Open, tokens);
            if (cue is null || cue.Value.IsSourceOnly)
            {
                return false;
            }

            first.GapCue ??= cue;
            first.Pieces.AddRange(second.Pieces);
            return true;
        }

        private char LastNonSpace(TextSpan span)
        {
            for (var i = span.End - 1; i >= span.Start; i--)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return text[i];
                }
            }

            return ' ';
        }

        private QuoteKind Classify(Candidate c)
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
        private bool FollowedByCue(Candidate c)
        {
            var last = LastNonSpace(c.Last.Content);
            return last == ',' && AfterCue(c) is not null && CountWords(c.Last.Content) >= 3;
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

        private int CountWords(TextSpan span)
        {
            var words = 0;
            var inWord = false;
            for (var i = span.Start; i < span.End; i++)
            {
                var w = char.IsLetterOrDigit(text[i]);
                if (w && !inWord)
                {
                    words++;
                }

                inWord = w || (inWord && WordScanner.IsApostrophe(text[i]));
            }

            return words;
        }

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

        /// <summary>A single capitalised word quoted between two capitalised words: <c>Kanye "Ye" West</c>.</summary>
        private bool IsNickname(QuotedStretch s)
        {
            if (CountWords(s.Content) > 3 || s.Open < 2 || s.Close + 2 >= text.Length)
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

        private void ResolveSpeakers(List<Candidate> candidates)
        {
            string? previous = null;
            var previousEnd = -1;
            for (var k = 0; k < candidates.Count; k++)
            {
                var c = candidates[k];
                if (c.Kind == QuoteKind.EmbeddedPost)
                {
                    previous = c.Speaker;
                    previousEnd = c.Last.Content.End;
                    continue;
                }

                if (c.InPost)
                {
                    continue; // a phrase quoted inside a post: its speaker is not the article's to say
                }

                var cue = c.GapCue ?? BestCue(c);
                string? speaker = null;
                if (cue is { } found)
                {
                    speaker = ResolveCue(found, c.Start, previous, previousEnd);
                }

                speaker ??= HeadingAuthor(c, candidates, k) ?? StandaloneSpeaker(c);
                c.Speaker = speaker;
                if (speaker is not null)
                {
                    previous = speaker;
                    previousEnd = c.Last.Content.End;
                }
            }
        }

        private Cue? BestCue(Candidate c)
        {
            var after = AfterCue(c);
            if (after is { IsSourceOnly: false })
            {
                return after;
            }

            var before = BeforeCue(c);
            if (before is { IsSourceOnly: false })
            {
                return before;
            }

            return after ?? before;
        }

        private Cue? AfterCue(Candidate c)
        {
            var last = c.Last;
            var from = Math.Min(text.Length, last.Close + 1);
            var para = paragraphs[last.Paragraph];
            var to = Math.Min(para.End, from + MaxGap);
            var endsSentence = LastNonSpace(last.Content) is '.';
            if (endsSentence)
            {
                // After a quote that ends its sentence, only "she said" style cues in lower case belong to it.
                var i = from;
                while (i < to && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= to)
                {
                    return null;
                }

                if (!char.IsLower(text[i]))
                {
                    // “...again.” Osei said. — a short sentence of its own that only attributes the quote.
                    var stop = text.IndexOfAny(['.', '!', '?', '“', '"', '\n'], i, Math.Min(60, to - i));
                    if (stop < 0 || text[stop] is not ('.' or '!' or '?') || CountWords(new TextSpan(i, stop)) > 4)
                    {
                        return null;
                    }

                    to = stop;
                }
            }

            return Attribution.After(text, from, to, tokens);
        }

        private Cue? BeforeCue(Candidate c)
        {
            var first = c.Pieces[0];
            if (first.Paragraph < 0)
            {
                return null;
            }

            var para = paragraphs[first.Paragraph];
            var from = Math.Max(para.Start, first.Open - 400);
            for (var i = first.Open - 1; i > from; i--)
            {
                if (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !inQuote[i] && !IsAbbreviation(i))
                {
                    from = i + 1;
                    break;
                }
            }

            return from < first.Open ? Attribution.Before(text, from, first.Open, tokens) : null;
        }

        /// <summary>A period after a one- to four-letter capitalised word ("Nov.", "Dr.", "Inc.") does not end a sentence.</summary>
        private bool IsAbbreviation(int period)
        {
            if (text[period] != '.')
            {
                return false;
            }

            var i = period;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            var length = period - i;
            return length is >= 1 and <= 4 && char.IsUpper(text[i]);
        }

        private string? ResolveCue(Cue cue, int quoteStart, string? previous, int previousEnd)
        {
            var previousNear = previous is not null && quoteStart - previousEnd <= PronounReach;
            var since = Math.Max(previousEnd, cue.Position - Lookback);
            switch (cue.Kind)
            {
                case SubjectKind.Name:
                    return entities.Resolve(cue.Subject);
                case SubjectKind.PersonPronoun:
                    if (string.Equals(cue.Subject, "I", StringComparison.Ordinal))
                    {
                        return null;
                    }

                    // A person named since the previous quotation is the likeliest "she"; else the previous speaker.
                    foreach (var m in entities.Before(cue.Position, since))
                    {
                        if (m.IsPerson)
                        {
                            return m.Canonical;
                        }
                    }

                    if (previousNear && IsPerson(previous!))
                    {
                        return previous;
                    }

                    foreach (var m in entities.Before(cue.Position, cue.Position - PronounReach))
                    {
                        if (m.IsPerson)
                        {
                            return m.Canonical;
                        }
                    }

                    return previousNear ? previous : null;
                default:
                    // it / they / the company / the statement: an organisation named since the previous quotation,
                    // else the previous speaker (when it is an organisation, or the cue is the statement itself),
                    // else the organisation most named in the preceding text.
                    var named = BestOrganisation(cue.Position, since);
                    if (named is not null)
                    {
                        return named;
                    }

                    if (previousNear && (cue.Kind == SubjectKind.Statement || !IsPerson(previous!)))
                    {
                        return previous;
                    }

                    return BestOrganisation(cue.Position, cue.Position - Lookback) ?? (previousNear && cue.Kind != SubjectKind.Issuer ? previous : null);
            }
        }

        private bool IsPerson(string name) => entities.IsPerson(name) || name.Contains(' ', StringComparison.Ordinal);

        /// <summary>The organisation named most in the article among those named in <c>[from, position)</c>.</summary>
        private string? BestOrganisation(int position, int from)
        {
            string? best = null;
            var bestCount = 0;
            foreach (var m in entities.Before(position, from))
            {
                if (m.IsPerson || m.IsVenue)
                {
                    continue;
                }

                var count = entities.Count(m.Canonical);
                if (count > bestCount)
                {
                    best = m.Canonical;
                    bestCount = count;
                }
            }

            return best;
        }

        /// <summary>A quotation that fills its paragraph and quotes the post that follows takes the post's author.</summary>
        private string? HeadingAuthor(Candidate c, List<Candidate> candidates, int k)
        {
            if (!FillsParagraph(c))
            {
                return null;
            }

            for (var j = k + 1; j < candidates.Count && j <= k + 3; j++)
            {
                var next = candidates[j];
                if (next.Kind != QuoteKind.EmbeddedPost)
                {
                    continue;
                }

                if (next.Start - c.Last.Content.End > 400)
                {
                    return null;
                }

                var heading = Words(c.Pieces[0].Content);
                var post = Words(next.Pieces[0].Content).ToHashSet(StringComparer.Ordinal);
                var shared = heading.Count(post.Contains);
                return heading.Count > 0 && shared * 10 >= heading.Count * 6 ? next.Speaker : null;
            }

            return null;
        }

        private List<string> Words(TextSpan span)
        {
            var list = new List<string>();
            foreach (var t in WordScanner.Tokenize(text, span.Start, span.End))
            {
                if (t.IsWord)
                {
                    list.Add(text.Substring(t.Start, t.Length).ToLowerInvariant());
                }
            }

            return list;
        }

        /// <summary>A quotation alone in its paragraph, with no cue, takes the first name in the paragraph before it.</summary>
        private string? StandaloneSpeaker(Candidate c)
        {
            if (!FillsParagraph(c))
            {
                return null;
            }

            var p = c.Pieces[0].Paragraph - 1;
            while (p >= 0 && paragraphs[p].Length == 0)
            {
                p--;
            }

            if (p < 0)
            {
                return null;
            }

            var para = paragraphs[p];
            EntityMention? first = null;
            foreach (var m in entities.Before(para.End, para.Start))
            {
                first = m; // nearest first, so the last one seen is the earliest in the paragraph
            }

            return first?.Canonical;
        }

        private bool FillsParagraph(Candidate c)
        {
            var first = c.Pieces[0];
            var last = c.Last;
            if (first.Paragraph < 0)
            {
                return false;
            }

            var para = paragraphs[first.Paragraph];
            for (var i = para.Start; i < first.Open; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            var lastPara = paragraphs[last.Paragraph];
            for (var i = Math.Min(last.Close + 1, lastPara.End); i < lastPara.End; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
