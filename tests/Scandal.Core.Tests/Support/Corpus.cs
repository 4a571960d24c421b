using Scandal.Core.Alignment;
using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Scoring;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Support;

/// <summary>Builds small corpora written for the tests: each article quotes the speaker once.</summary>
internal static class Corpus
{
    public static readonly ScandalEngine Engine = new(new ScandalOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>One article per rendering: "Speaker said: “rendering”".</summary>
    public static CrossCheckReport Quotes(string speaker, params string[] renderings)
    {
        var articles = renderings.Select((r, i) => Article.FromText($"outlet{i + 1}", $"{speaker} spoke to reporters on Monday. “{r}” {speaker.Split(' ')[^1]} said.")).ToList();
        return Engine.CrossCheck(articles);
    }

    public static Witness Witness(CrossCheckReport report, string documentId) =>
        Assert.Single(report.Statements.SelectMany(s => s.Witnesses), w => w.DocumentId == documentId);

    public static List<Discrepancy> Counted(Witness witness) => witness.Discrepancies.Where(d => d.Weight > 0).ToList();
}
