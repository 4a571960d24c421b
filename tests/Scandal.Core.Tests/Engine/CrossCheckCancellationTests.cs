using System.Diagnostics;
using Xunit.Abstractions;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Engine;

/// <summary>
/// The issue asks that a cancelled cross-check of 10,000 articles stop within 100 ms. This is a responsiveness bound,
/// not a speed figure: the time from <see cref="CancellationTokenSource.Cancel()"/> to the caller seeing
/// <see cref="OperationCanceledException"/> depends on how often the pipeline looks at the token, not on how fast it is.
/// On a loaded machine a thread may wait for a core, so the bound must hold in one of three attempts.
/// </summary>
[Collection(ResponsivenessCollection.Name)]
public class CrossCheckCancellationTests(ITestOutputHelper output)
{
    private const int Batch = 10_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(100);

    [Theory]
    [InlineData(CrossCheckStage.Claims, 1)] // reading the articles' names, amounts and dates
    [InlineData(CrossCheckStage.Claims, 10)] // comparing them across the articles
    [InlineData(CrossCheckStage.Extract, 1)]
    [InlineData(CrossCheckStage.Align, 0)]
    [InlineData(CrossCheckStage.Score, 0)]
    public void CrossCheckAsync_CancelledDuringAStage_StopsWithin100Milliseconds(CrossCheckStage stage, int tenths)
    {
        var articles = InventedBatch.Create(Batch);
        var engine = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = 2 });
        engine.CrossCheck(articles.Take(200)); // warm-up: every stage compiled before anything is timed

        var attempts = new List<TimeSpan>();
        for (var attempt = 0; attempt < 3 && (attempts.Count == 0 || attempts.Min() >= Bound); attempt++)
        {
            attempts.Add(TimeToStop(engine, articles, stage, articles.Count * tenths / 10));
        }

        var figures = string.Join(", ", attempts.Select(t => $"{t.TotalMilliseconds:0.0} ms"));
        output.WriteLine($"{stage} at {tenths}/10: stopped after {figures}");
        Assert.True(attempts.Min() < Bound, $"{stage} at {tenths}/10: stopped after {figures}");
    }

    [Fact]
    public void CrossCheck_TokenAlreadyCancelled_ThrowsBeforeReadingAnything()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var read = 0;
        var articles = InventedBatch.Create(5).Select(a =>
        {
            read++;
            return a;
        });

        Assert.ThrowsAny<OperationCanceledException>(() => CrossCheck.Run(articles, cts.Token));
        Assert.Equal(0, read);
    }

    [Fact]
    public async Task RunAsync_Cancelled_EndsAsACancelledTask()
    {
        using var cts = new CancellationTokenSource();
        var articles = InventedBatch.Create(2_000);
        var progress = new CancelOnFirst(CrossCheckStage.Extract, cts);

        var task = CrossCheck.RunAsync(articles, null, progress, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(task.IsCanceled);
    }

    /// <summary>
    /// Starts a cross-check on the thread pool, waits (on this thread) until <paramref name="stage"/> reports
    /// <paramref name="documents"/> done, cancels, and measures until the caller sees the cancellation.
    /// </summary>
    private static TimeSpan TimeToStop(ScandalEngine engine, IReadOnlyList<Article> articles, CrossCheckStage stage, int documents)
    {
        using var cts = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var progress = new Signal(stage, documents, started);

        var task = engine.CrossCheckAsync(articles, null, progress, cts.Token);
        Assert.True(started.Wait(TimeSpan.FromMinutes(2)), $"{stage} never reached {documents} documents");
        Assert.False(task.IsCompleted, "the run ended before it could be cancelled");

        var clock = Stopwatch.StartNew();
        cts.Cancel();
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            clock.Stop();
            return clock.Elapsed;
        }

        throw new Xunit.Sdk.XunitException("the cancelled run returned a report");
    }

    /// <summary>Sets an event once a stage has done at least so many documents.</summary>
    private sealed class Signal(CrossCheckStage stage, int documents, ManualResetEventSlim started) : IProgress<CrossCheckProgress>
    {
        public void Report(CrossCheckProgress value)
        {
            if (value.Stage == stage && value.DocumentsDone >= documents)
            {
                started.Set();
            }
        }
    }

    /// <summary>Cancels at the first report of a stage.</summary>
    private sealed class CancelOnFirst(CrossCheckStage stage, CancellationTokenSource cts) : IProgress<CrossCheckProgress>
    {
        public void Report(CrossCheckProgress value)
        {
            if (value.Stage == stage)
            {
                cts.Cancel();
            }
        }
    }
}
