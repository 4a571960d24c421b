using Microsoft.Extensions.DependencyInjection;
using Scandal.Core.Tests.Engine;
using Scandal.Core.Tests.Support;

namespace Scandal.Core.Tests.DependencyInjection;

public class ResolvedEngineCancellationTests
{
    [Fact]
    public async Task AddScandal_ResolvedEngine_RunsAsyncWithProgressAndStopsOnCancel()
    {
        using var provider = new ServiceCollection().AddScandal(o => o.MaxDegreeOfParallelism = 2).BuildServiceProvider();
        var engine = provider.GetRequiredService<ScandalEngine>();
        var progress = new CrossCheckProgressTests.Recorder();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var report = await engine.CrossCheckAsync(InventedBatch.Create(40), progress: progress);

        Assert.Equal(40, report.Documents.Count);
        Assert.Equal(new CrossCheckProgress(CrossCheckStage.Score, 40, 40), progress.Reports[^1]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.CrossCheckAsync(InventedBatch.Create(40), cancellationToken: cts.Token));
    }
}
