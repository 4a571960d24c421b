using System.Text.RegularExpressions;
using Scandal.Core.Text;

namespace Scandal.Core.Extraction;

/// <summary>A social post reproduced in an article, found by its signature.</summary>
/// <param name="Content">The post's words (without surrounding quotation marks).</param>
/// <param name="Author">The signed name as printed.</param>
/// <param name="Signature">The signature line or tail (<c>— Name (@handle) Month D, YYYY</c>).</param>
internal readonly record struct EmbeddedPost(TextSpan Content, string Author, TextSpan Signature);

/// <summary>
/// Finds posts embedded as text, signed <c>— Name (@handle) Month D, YYYY</c> (any dash, the date optional): the post is
/// the text before the signature on the same line or, when the signature stands on a line of its own, the paragraph before it.
/// </summary>
internal static partial class EmbeddedPosts
{
    // NonBacktracking: matching time is linear in the paragraph, so there is no timeout and no paragraph is skipped.
    // The engine has no look-behind: a hyphen dash takes the white space before it, and Find steps over it.
    [GeneratedRegex(@"(?<dash>[—–―]|--|\s-)\s*(?<name>[^\r\n—–―()@]{1,80}?)\s*\(@(?<handle>[A-Za-z0-9_.]{1,40})\)(?:\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking)]
    private static partial Regex Signature();

    public static List<EmbeddedPost> Find(string text, List<Paragraph> paragraphs)
    {
        var posts = new List<EmbeddedPost>();
        if (text.IndexOf("(@", StringComparison.Ordinal) < 0)
        {
            return posts;
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            if (para.Length == 0)
            {
                continue;
            }

            var m = Signature().Match(text, para.Start, para.Length);
            if (!m.Success)
            {
                continue;
            }

            var signatureStart = char.IsWhiteSpace(text[m.Index]) ? m.Index + 1 : m.Index;

            var author = m.Groups["name"].Value.Trim();
            if (author.Length == 0)
            {
                continue;
            }

            var signature = new TextSpan(signatureStart, para.End);
            var contentStart = para.Start;
            var contentEnd = signatureStart;
            if (string.IsNullOrWhiteSpace(text[para.Start..signatureStart]))
            {
                // Signature on its own line: the post is the previous non-empty paragraph.
                var q = p - 1;
                while (q >= 0 && string.IsNullOrWhiteSpace(text.AsSpan(paragraphs[q].Start, paragraphs[q].Length).ToString()))
                {
                    q--;
                }

                if (q < 0)
                {
                    continue;
                }

                contentStart = paragraphs[q].Start;
                contentEnd = paragraphs[q].End;
            }

            var content = Trim(text, contentStart, contentEnd);
            if (content.IsEmpty)
            {
                continue;
            }

            posts.Add(new EmbeddedPost(content, author, signature));
        }

        return posts;
    }

    /// <summary>Trims white space and one pair of enclosing quotation marks.</summary>
    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start >= 2 && QuoteMarks.IsDouble(text[start]) && QuoteMarks.IsDouble(text[end - 1]))
        {
            start++;
            end--;
        }

        return new TextSpan(start, Math.Max(start, end));
    }
}
