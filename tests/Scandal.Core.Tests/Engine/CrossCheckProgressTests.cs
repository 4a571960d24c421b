using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Engine;

public class CrossCheckProgressTests
{
    [Fact]
    public void CrossCheck_WithProgress_ReportsEveryStageInOrderAndCountsUpToTheTotal()
    {
        var articles = InventedBatch.Create(600);
        var progress = new Recorder();

        var report = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 }).CrossCheck(articles, null, progress, CancellationToken.None);

        Assert.Equal(600, report.Documents.Count);
        var reports = progress.Reports;
        Assert.Equal([CrossCheckStage.Claims, CrossCheckStage.Extract, CrossCheckStage.Align, CrossCheckStage.Score], reports.Select(r => r.Stage).Distinct());
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Stage <= p.Second.Stage), "stages out of order");
        Assert.All(reports, r => Assert.Equal(600, r.DocumentsTotal));
        foreach (var stage in reports.GroupBy(r => r.Stage))
        {
            var done = stage.Select(r => r.DocumentsDone).ToList();
            Assert.Equal(0, done[0]);
            Assert.Equal(600, done[^1]);
            Assert.True(done.Zip(done.Skip(1)).All(p => p.First < p.Second), $"{stage.Key}: not increasing: {string.Join(",", done)}");
        }

        // The reading stages report as they go, not only at their ends.
        Assert.True(reports.Count(r => r.Stage == CrossCheckStage.Extract) > 10);
    }

    [Fact]
    public void CrossCheck_WithoutClaims_StartsAtExtract()
    {
        var progress = new Recorder();

        new ScandalEngine(new ScandalOptions { CheckClaims = false }).CrossCheck(InventedBatch.Create(20), null, progress, CancellationToken.None);

        Assert.Equal(CrossCheckStage.Extract, progress.Reports[0].Stage);
        Assert.DoesNotContain(progress.Reports, r => r.Stage == CrossCheckStage.Claims);
        Assert.Equal(new CrossCheckProgress(CrossCheckStage.Score, 20, 20), progress.Reports[^1]);
    }

    [Fact]
    public void CrossCheck_WithProgressAndToken_GivesTheSameReportAsWithout()
    {
        var articles = InventedBatch.Create(120);
        var engine = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 });
        using var cts = new CancellationTokenSource();

        var plain = JsonReportWriter.Write(engine.CrossCheck(articles));
        var observed = JsonReportWriter.Write(engine.CrossCheck(articles, null, new Recorder(), cts.Token));
        var shuffled = JsonReportWriter.Write(CrossCheck.Run(Enumerable.Reverse(articles), null, new Recorder(), cts.Token));

        Assert.Equal(plain, observed);
        Assert.Equal(plain, shuffled);
        Assert.Contains("\"statements\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrossCheckAsync_ReturnsBeforeReadingTheArticles_ThenGivesTheReport()
    {
        using var gate = new ManualResetEventSlim();
        var articles = InventedBatch.Create(30).Select(a => gate.Wait(TimeSpan.FromSeconds(30)) ? a : throw new TimeoutException("the caller's thread is running the batch"));

        var task = new ScandalEngine().CrossCheckAsync(articles);
        var returnedFirst = !task.IsCompleted;
        gate.Set();
        var report = await task;

        Assert.True(returnedFirst);
        Assert.Equal(30, report.Documents.Count);
        Assert.NotEmpty(report.Statements);
    }

    /// <summary>Records reports synchronously, in the order they are made.</summary>
    internal sealed class Recorder : IProgress<CrossCheckProgress>
    {
        private readonly List<CrossCheckProgress> reports = [];

        public List<CrossCheckProgress> Reports
        {
            get
            {
                lock (reports)
                {
                    return [.. reports];
                }
            }
        }

        public void Report(CrossCheckProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
