using System.Collections.Concurrent;
using Scandal.Core.Alignment;
using Scandal.Core.Discrepancies;
using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Alignment;

/// <summary>
/// Many short documents quoting one statement (wire copies, a flood of short posts): what alignment keeps per
/// document is shared where the documents print the same text, and the reports stream out.
/// </summary>
public class ManyShortDocumentsTests
{
    [Fact]
    public void Rendering_SameTextAtOtherPlaces_SharesOneTokenisationWithItsOwnSpans()
    {
        const string Said = "We will not raise taxes, not this year and not next year.";
        var a = Single("a", $"The minister spoke on Monday. “{Said}”");
        var b = Single("b", $"In a long interview broadcast late on Monday night, the minister said: “{Said}”");
        var shared = new ConcurrentDictionary<TokenisedText.Key, TokenisedText>();

        var ra = new Rendering(0, a.Quote, isReference: false, shared);
        var rb = new Rendering(1, b.Quote, isReference: false, shared);

        Assert.True(ra.SharesWordsWith(rb));
        Assert.Same(ra.Norms, rb.Norms);
        Assert.Single(shared);
        foreach (var (r, text) in new[] { (ra, a.Text), (rb, b.Text) })
        {
            Assert.Equal(12, r.Words.Count);
            for (var i = 0; i < r.Words.Count; i++)
            {
                var word = r.Words[i];
                Assert.Equal(word.Printed, text[word.Span.Start..word.Span.End]);
            }
        }
    }

    [Fact]
    public void Rendering_SameWordsSplitOtherwise_IsNotShared()
    {
        // The same words, split by attributions of different lengths: the pieces stand apart differently.
        var a = Single("a", "“We will not raise taxes,” she said, “not this year and not next year.”");
        var b = Single("b", "“We will not raise taxes,” the finance minister said, “not this year and not next year.”");
        Assert.Equal(2, a.Quote.Pieces.Count);
        Assert.Equal(a.Quote.Text, b.Quote.Text);
        var shared = new ConcurrentDictionary<TokenisedText.Key, TokenisedText>();

        var ra = new Rendering(0, a.Quote, isReference: false, shared);
        var rb = new Rendering(1, b.Quote, isReference: false, shared);

        Assert.False(ra.SharesWordsWith(rb));
        Assert.Equal("not", rb.Words[5].Printed);
        Assert.Equal("not", b.Text[rb.Words[5].Span.Start..rb.Words[5].Span.End]);
    }

    [Fact]
    public void CrossCheck_ManyCopiesAtOtherPlaces_SpansPointIntoEachDocument()
    {
        const string Said = "The reservoir is at its lowest level in thirty years and every household must cut its water use.";
        var articles = new List<Article>();
        for (var i = 0; i < 60; i++)
        {
            var said = i % 3 == 2 ? Said.Replace("thirty", "forty", StringComparison.Ordinal) : Said;
            articles.Add(Article.FromText($"d{i:D3}", $"{new string('x', i % 7 + 1)} Update {i}. The utility warned residents. “{said}” the utility said."));
        }

        var report = Support.Corpus.Engine.CrossCheck(articles);

        var statement = Assert.Single(report.Statements);
        Assert.Equal(60, statement.Witnesses.Count);
        var texts = articles.ToDictionary(a => a.Id, a => a.Text);
        var changed = statement.Witnesses.Where(w => w.Discrepancies.Count > 0).ToList();
        Assert.Equal(20, changed.Count);
        foreach (var w in changed)
        {
            var d = Assert.Single(w.Discrepancies);
            Assert.Equal(DiscrepancyKind.Substitution, d.Kind);
            Assert.Equal("forty", texts[w.DocumentId][d.Span.Start..d.Span.End]);
        }
    }

    [Fact]
    public void JsonWriter_StatementWithThousandsOfWitnesses_IsWrittenInSlices()
    {
        // One statement quoted by 3,000 documents: its witnesses and document lists run to megabytes of JSON, which
        // reach the stream as they are written, not as one block held in the writer.
        var articles = Enumerable.Range(0, 3000)
            .Select(i => Article.FromText($"post{i:D5}", $"Post {i}. “The bridge will reopen to traffic on the first of May,” the mayor said."))
            .ToList();
        var report = Support.Corpus.Engine.CrossCheck(articles);
        Assert.Equal(3000, Assert.Single(report.Statements).Witnesses.Count);
        using var sink = new LargestWriteStream();

        JsonReportWriter.Write(report, sink);

        Assert.True(sink.Length > 1 << 20, $"{sink.Length} bytes");
        Assert.InRange(sink.LargestWrite, 1, 256 * 1024);
    }

    private static (string Text, Quote Quote) Single(string id, string text) =>
        (text, Assert.Single(CrossCheck.Extract(Article.FromText(id, text)).Quotes));

    /// <summary>Counts the bytes and remembers the largest single write.</summary>
    private sealed class LargestWriteStream : Stream
    {
        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            Position += buffer.Length;
        }
    }
}
