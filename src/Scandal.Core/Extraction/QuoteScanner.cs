using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>A stretch of text between a pair of quotation marks (or from an opening mark to the end of its paragraph).</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or the paragraph end when the quotation runs on or is unbalanced.</param>
/// <param name="Content">The quoted words, trimmed of white space inside the marks.</param>
/// <param name="Paragraph">Index of the paragraph it is in.</param>
/// <param name="Depth">0 for a top-level quotation, 1 and more for quotes inside quotes.</param>
/// <param name="RunsOn">The quotation continues in the next paragraph, which reopens the mark.</param>
/// <param name="Unbalanced">The opening mark is never closed.</param>
/// <param name="Single">Opened with a single mark (‘ ' ‹ ‚).</param>
internal readonly record struct QuotedStretch(int Open, int Close, TextSpan Content, int Paragraph, int Depth, bool RunsOn, bool Unbalanced, bool Single);

/// <summary>A paragraph: one line of the article, without its line break.</summary>
internal readonly record struct Paragraph(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds the quoted stretches of an article: pairs quotation marks per paragraph with a stack, tells apostrophes
/// (<c>don't</c>, <c>Kim’s</c>, <c>fans'</c>) from single quotes, links paragraphs that reopen a quote that the
/// previous one left open, and cuts a quote whose mark never closes at the end of its paragraph (with a diagnostic)
/// so that a stray mark never swallows the rest of the article. Linear in the length of the text, however deep the
/// marks nest and however many stray marks there are (their diagnostics are aggregated per kind).
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// The deepest nesting kept as a stretch of its own (0 is top level): «“‘…’”» is depth 2. Deeper quotations lie
    /// inside one that is kept, so nothing is lost; keeping them all would make the work quadratic in the depth (each
    /// stretch covers the rest of its paragraph).
    /// </summary>
    private const int MaxNesting = 3;

    private readonly record struct OpenMark(int Position, char Mark, bool Single);

    public static List<Paragraph> Paragraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\u2029')
            {
                var end = i;
                if (end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                paragraphs.Add(new Paragraph(start, end));
                start = i + 1;
            }
        }

        return paragraphs;
    }

    public static List<QuotedStretch> Scan(string text, List<Paragraph> paragraphs, int maxQuoteLength, List<Diagnostic> diagnostics)
    {
        // Stray marks can number in the millions: one diagnostic per kind, with a count and the first places.
        var tally = new DiagnosticTally();
        var stretches = Scan(text, paragraphs, maxQuoteLength, tally);
        diagnostics.AddRange(tally.ToList());
        return stretches;
    }

    private static List<QuotedStretch> Scan(string text, List<Paragraph> paragraphs, int maxQuoteLength, DiagnosticTally diagnostics)
    {
        var stretches = new List<QuotedStretch>();
        var stack = new List<OpenMark>();
        var doubleAt = new List<int>(); // per stack entry: the index of the topmost double mark at or below it, or -1
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            stack.Clear();
            doubleAt.Clear();
            for (var i = para.Start; i < para.End; i++)
            {
                var c = text[i];
                if (!QuoteMarks.IsMark(c))
                {
                    continue;
                }

                var prev = i > para.Start ? text[i - 1] : ' ';
                var next = i + 1 < para.End ? text[i + 1] : ' ';
                var single = QuoteMarks.IsSingle(c);
                var wordBefore = QuoteMarks.IsWordChar(prev);
                var wordAfter = QuoteMarks.IsWordChar(next);

                if (single && c is '\'' or '\u2019' && wordBefore && wordAfter)
                {
                    continue; // apostrophe inside a word: don't, Kim’s, you're
                }

                // « „ 「 『 ‹ open wherever they stand (French puts a space inside, Japanese none outside);
                // » 」 』 › close wherever they stand. Other marks are read from their neighbours.
                var bracket = c is '\u00AB' or '\u201E' or '\u300C' or '\u300E' or '\u2039';
                var closingBracket = c is '\u00BB' or '\u300D' or '\u300F' or '\u203A';
                var canOpen = !QuoteMarks.OnlyCloses(c) && i + 1 < para.End
                    && (bracket || (QuoteMarks.OpensAfter(prev) && !char.IsWhiteSpace(next)));
                // A mark closes before a space or punctuation; after a sentence's own punctuation it closes even when
                // scraped text glues a word to it ("in any form."prevnext).
                var canClose = !QuoteMarks.OnlyOpens(c) && (!char.IsWhiteSpace(prev) || c is '\u00BB' or '\u300D' or '\u300F' or '\u203A')
                    && (closingBracket || QuoteMarks.ClosesBefore(next) || i + 1 == para.End || (!single && prev is '.' or ',' or '!' or '?'));

                // "the fans' game, not ours.'": a plural possessive before a lower-case word is an apostrophe when a
                // later mark in the paragraph can still close the quote.
                if (canClose && single && prev is 's' && next == ' ' && i + 2 < para.End && char.IsLower(text[i + 2]) && LaterSingleClose(text, i + 1, para.End))
                {
                    canClose = false;
                }


                // The innermost open mark this one can close: a single mark closes only the top of the stack; a double
                // mark may close through unclosed singles, i.e. it can close only the topmost double (found in one step,
                // so that a run of stray closing marks over thousands of open singles stays linear).
                var target = -1;
                if (canClose && stack.Count > 0)
                {
                    var candidate = single ? stack.Count - 1 : doubleAt[^1];
                    if (candidate >= 0 && QuoteMarks.Closes(stack[candidate].Mark, c))
                    {
                        target = candidate;
                    }
                }

                if (target >= 0)
                {
                    var open = stack[target];
                    stack.RemoveRange(target, stack.Count - target);
                    doubleAt.RemoveRange(target, doubleAt.Count - target);
                    if (target <= MaxNesting)
                    {
                        Add(stretches, text, open.Position, i, p, target, runsOn: false, unbalanced: false, open.Single);
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticSeverity.Info, DiagnosticCodes.DeepNesting, $"quotation marks nest more than {MaxNesting + 1} deep; the deeper quotations are read as part of the one around them", new TextSpan(open.Position, i + 1));
                    }

                    continue;
                }

                if (single && wordBefore && !wordAfter)
                {
                    continue; // possessive or elision: fans' , goin'
                }

                if (canOpen)
                {
                    stack.Add(new OpenMark(i, c, single));
                    doubleAt.Add(single ? (doubleAt.Count > 0 ? doubleAt[^1] : -1) : stack.Count - 1);
                    continue;
                }

                if (!single)
                {
                    diagnostics.Add(DiagnosticSeverity.Info, DiagnosticCodes.UnbalancedQuote, "a quotation mark here neither opens nor closes a quotation; it was ignored", new TextSpan(i, i + 1));
                }
            }

            // Marks left open at the end of the paragraph.
            for (var s = 0; s < stack.Count; s++)
            {
                var open = stack[s];
                if (open.Single)
                {
                    if (open.Mark == '\u2018')
                    {
                        diagnostics.Add(DiagnosticSeverity.Info, DiagnosticCodes.UnbalancedQuote, "a single quotation mark is never closed; it was read as an apostrophe", new TextSpan(open.Position, open.Position + 1));
                    }

                    continue;
                }

                var runsOn = s == 0 && NextParagraphReopens(text, paragraphs, p);
                if (!runsOn)
                {
                    diagnostics.Add(DiagnosticSeverity.Warning, DiagnosticCodes.UnbalancedQuote, "a quotation mark opens but never closes; the quotation was cut at the end of its paragraph", new TextSpan(open.Position, open.Position + 1));
                }

                Add(stretches, text, open.Position, para.End, p, s, runsOn, unbalanced: !runsOn, open.Single);
                break; // anything opened inside it is part of it
            }
        }

        stretches.Sort(static (a, b) => a.Open.CompareTo(b.Open));
        CapLength(stretches, maxQuoteLength, diagnostics);
        return stretches;
    }

    private static bool LaterSingleClose(string text, int from, int end)
    {
        end = Math.Min(end, from + 1000);
        for (var j = from; j < end; j++)
        {
            if (text[j] is '\'' or '\u2019' && j > from && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == end || !QuoteMarks.IsWordChar(text[j + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<QuotedStretch> stretches, string text, int open, int close, int paragraph, int depth, bool runsOn, bool unbalanced, bool single)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start || !HasWord(text, start, end))
        {
            return;
        }

        stretches.Add(new QuotedStretch(open, close, new TextSpan(start, end), paragraph, depth, runsOn, unbalanced, single));
    }

    private static bool HasWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextParagraphReopens(string text, List<Paragraph> paragraphs, int p)
    {
        for (var q = p + 1; q < paragraphs.Count; q++)
        {
            var para = paragraphs[q];
            var i = para.Start;
            while (i < para.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == para.End)
            {
                continue; // blank line between paragraphs
            }

            return QuoteMarks.IsDouble(text[i]) && !QuoteMarks.OnlyCloses(text[i]) && text[i] is not '\u201D' and not '\u00BB';
        }

        return false;
    }

    private static void CapLength(List<QuotedStretch> stretches, int maxQuoteLength, DiagnosticTally diagnostics)
    {
        for (var i = 0; i < stretches.Count; i++)
        {
            var s = stretches[i];
            if (s.Content.Length > maxQuoteLength && s.Unbalanced)
            {
                diagnostics.Add(DiagnosticSeverity.Warning, DiagnosticCodes.OverlongText, $"an unclosed quotation ran over {maxQuoteLength} characters; it was dropped", s.Content);
                stretches.RemoveAt(i);
                i--;
            }
        }
    }
}
