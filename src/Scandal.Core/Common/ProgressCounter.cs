namespace Scandal.Core;

/// <summary>
/// Counts the documents a stage has finished on any number of threads and reports the count, rarely (about 200 times a
/// stage, always at the end) and in increasing order, to an optional <see cref="IProgress{T}"/>.
/// </summary>
internal sealed class ProgressCounter
{
    private readonly IProgress<CrossCheckProgress>? progress;
    private readonly CrossCheckStage stage;
    private readonly int total;
    private readonly int step;
    private readonly object gate = new();
    private int done;
    private int reported = -1;

    private ProgressCounter(IProgress<CrossCheckProgress>? progress, CrossCheckStage stage, int total)
    {
        this.progress = progress;
        this.stage = stage;
        this.total = total;
        step = Math.Max(1, total / 200);
    }

    /// <summary>Starts a stage: reports 0 of <paramref name="total"/>.</summary>
    public static ProgressCounter Start(IProgress<CrossCheckProgress>? progress, CrossCheckStage stage, int total)
    {
        var counter = new ProgressCounter(progress, stage, total);
        counter.Report(0);
        return counter;
    }

    /// <summary>One more document is done.</summary>
    public void Increment()
    {
        if (progress is null)
        {
            return;
        }

        var d = Interlocked.Increment(ref done);
        if (d == total || d % step == 0)
        {
            Report(d);
        }
    }

    /// <summary>The stage is over: reports the total (once).</summary>
    public void Complete() => Report(total);

    private void Report(int value)
    {
        if (progress is null)
        {
            return;
        }

        lock (gate)
        {
            if (value > reported)
            {
                reported = value;
                progress.Report(new CrossCheckProgress(stage, value, total));
            }
        }
    }
}
