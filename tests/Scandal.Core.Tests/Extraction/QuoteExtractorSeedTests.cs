using Scandal.Core.Extraction;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Extraction;

/// <summary>The seeds are the spec: one reviewed snapshot per article, plus targeted assertions on the hard cases.</summary>
public class QuoteExtractorSeedTests
{
    private static readonly QuoteExtractor Extractor = new();

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestPaths.SeedFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    private static ExtractionResult Extract(string seed) => Extractor.Extract(Article.FromFile(Path.Combine(TestPaths.Seeds, seed + ".txt")));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_MatchesReviewedSnapshot(string seed)
    {
        var result = Extract(seed);

        Snapshots.VerifyMarkdown(MarkdownReportWriter.WriteExtraction(result), "Extraction." + seed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_EverySpanSlicesToItsPiece(string seed)
    {
        var result = Extract(seed);

        Assert.NotEmpty(result.Quotes);
        foreach (var quote in result.Quotes)
        {
            for (var i = 0; i < quote.Pieces.Count; i++)
            {
                Assert.Equal(quote.Pieces[i], quote.Spans[i].Slice(result.Article.Text).ToString());
                Assert.False(QuoteMarksAt(quote.Pieces[i]), $"piece keeps a quotation mark: {quote.Pieces[i]}");
            }
        }
    }

    private static bool QuoteMarksAt(string piece) => piece[0] is '"' or '“' or '”' || piece[^1] is '"' or '“' or '”';
}
