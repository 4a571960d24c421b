using BenchmarkDotNet.Running;
using Scandal.Core.Benchmarks.Accuracy;
using Scandal.Core.Benchmarks.Hostile;
using Scandal.Core.Benchmarks.Scale;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// Entry point. <c>-- --filter '*Scorer*'</c> runs the scorer benchmarks; <c>-- scale --articles 100000</c> prints the
/// end-to-end scale figures; <c>-- accuracy</c> the figures on the labelled development corpora; <c>-- hostile
/// [--max-mb N]</c> time and peak memory on pathological inputs at four sizes.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks or the scale command chosen on the command line.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
        {
            return ScaleCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "hostile")
        {
            return HostileCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "accuracy")
        {
            return AccuracyCommand.Run(args[1..]);
        }

        // Without a --job of its own, a run uses BenchmarkDotNet's short job (3 warm-ups, 3 iterations): enough for
        // the ratios, in minutes. CI passes --job dry for a smoke run.
        if (!args.Contains("--job") && !args.Contains("-j"))
        {
            args = [.. args, "--job", "short"];
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
