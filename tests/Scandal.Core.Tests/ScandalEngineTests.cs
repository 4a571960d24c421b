using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Tests;

public class ScandalEngineTests
{
    [Fact]
    public void CrossCheck_BadInputsAmongGoodOnes_ReportsDiagnosticsAndKeepsTheRest()
    {
        var dir = Directory.CreateTempSubdirectory("scandal-bad-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10]);
            File.WriteAllText(Path.Combine(dir.FullName, "empty.txt"), string.Empty);
            File.WriteAllText(Path.Combine(dir.FullName, "long.txt"), "He said “" + new string('x', 1_200_000));
            File.WriteAllText(Path.Combine(dir.FullName, "good.txt"), "Rhea Balogun spoke. “We will fix the roads by June,” Balogun said. 🚧 Страна «ждёт».");
            var articles = Directory.GetFiles(dir.FullName).Order(StringComparer.Ordinal).Select(Article.FromFile);

            var report = new ScandalEngine().CrossCheck(articles);

            Assert.Equal(4, report.Documents.Count);
            Assert.Contains(report.Documents.Single(d => d.Id == "binary").Diagnostics, d => d.Code == DiagnosticCodes.BinaryInput);
            Assert.Contains(report.Documents.Single(d => d.Id == "empty").Diagnostics, d => d.Code == DiagnosticCodes.EmptyInput);
            Assert.NotEmpty(report.Documents.Single(d => d.Id == "long").Diagnostics);
            var good = report.Quotes.Where(q => q.DocumentId == "good").ToList();
            Assert.Contains(good, q => q.Speaker == "Rhea Balogun" && q.Text == "We will fix the roads by June,");
            Assert.Contains(good, q => q.Text == "ждёт");
            Assert.Contains("\"schemaVersion\": 1", JsonReportWriter.Write(report), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void CrossCheck_DuplicateIds_IsAContractError()
    {
        var engine = new ScandalEngine();

        Assert.Throws<ArgumentException>(() => engine.CrossCheck([Article.FromText("same", "a"), Article.FromText("same", "b")]));
    }

    [Fact]
    public void CrossCheck_OneThreadAndTwo_GiveTheSameJson()
    {
        var articles = Support.TestPaths.SeedFiles().Select(Article.FromFile).ToList();

        var one = JsonReportWriter.Write(new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 1 }).CrossCheck(articles));
        var two = JsonReportWriter.Write(new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 }).CrossCheck(articles));

        Assert.Equal(one, two);
    }
}
