using System.Diagnostics;
using System.Globalization;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks.Hostile;

/// <summary>
/// <c>hostile [--max-mb N] [--class NAME] [--timeout S]</c>: for each pathological class of <see cref="HostileCorpus"/>,
/// runs the whole pipeline (extraction, grouping, alignment, classification, scoring, claims) and writes the JSON and
/// Markdown reports (to a counting sink) at N/8, N/4, N/2 and N MB, each size in a child process of its own so that its
/// peak memory is the whole process's (<see cref="Process.PeakWorkingSet64"/> at exit, not a sample). Prints time, peak
/// memory, output size and the growth of time per doubling (×2 is linear; the issue asks at most ×2.3).
/// </summary>
internal static class HostileCommand
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--one")
        {
            return RunOne(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        var maxMb = 8.0;
        var timeout = 120;
        string? only = null;
        double[]? sizes = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--max-mb":
                    maxMb = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--class":
                    only = args[i + 1];
                    break;
                case "--timeout":
                    timeout = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--sizes":
                    sizes = args[i + 1].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var inv = CultureInfo.InvariantCulture;
        sizes ??= [maxMb / 8, maxMb / 4, maxMb / 2, maxMb];
        Console.WriteLine(string.Create(inv, $"hostile inputs: sizes {string.Join(", ", sizes.Select(x => x.ToString("0.###", inv)))} MB (MiB of characters); timeout {timeout} s per run; {Environment.ProcessorCount} threads"));
        Console.WriteLine("class             size MB   docs     time s   ×/doubling  peak MiB  json MB   md MB  stages s (claims extract align score json md), allocated, GC pauses, CPU time of all threads, pairs proposed/scored by the grouping/quotations whose candidates were cut");
        foreach (var c in HostileCorpus.Classes.Where(c => only is null || c.Name == only))
        {
            double? previous = null;
            var previousSize = 0.0;
            foreach (var mb in sizes)
            {
                var size = (int)Math.Min(int.MaxValue - 1024, mb * 1024 * 1024);
                var result = RunChild(c.Name, size, timeout);
                var doubled = previousSize > 0 && Math.Abs(mb / previousSize - 2) < 1e-9;
                var growth = doubled && previous is { } p && result.Seconds is { } s && p > 0.05 ? (s / p).ToString("0.00", inv) : "";
                var time = result.Seconds is { } t ? t.ToString("0.00", inv) : $"> {timeout}";
                Console.WriteLine(string.Create(inv, $"{c.Name,-17} {mb,7:0.00} {result.Documents,6} {time,10} {growth,11} {result.PeakMiB,9:N0} {result.JsonMb,7:0.0} {result.MarkdownMb,7:0.0}  {result.Stages}"));
                previous = result.Seconds;
                previousSize = mb;
                if (result.Seconds is null)
                {
                    break; // larger sizes would time out too
                }
            }
        }

        return 0;
    }

    private readonly record struct ChildResult(double? Seconds, int Documents, double PeakMiB, double JsonMb, double MarkdownMb, string Stages);

    private static ChildResult RunChild(string name, int size, int timeout)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HostileCommand).Assembly.Location);
        }

        foreach (var a in new[] { "hostile", "--one", name, size.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout * 1000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ChildResult(null, 0, 0, 0, 0, "");
        }

        var fields = output.Result.Trim().Split(' ');
        if (process.ExitCode != 0 || fields.Length != 6)
        {
            Console.Error.WriteLine($"{name} {size}: child failed (exit {process.ExitCode}): {output.Result}");
            return new ChildResult(null, 0, 0, 0, 0, "");
        }

        var inv = CultureInfo.InvariantCulture;
        return new ChildResult(double.Parse(fields[0], inv), int.Parse(fields[1], inv), double.Parse(fields[2], inv), double.Parse(fields[3], inv), double.Parse(fields[4], inv), fields[5].Replace(',', ' '));
    }

    /// <summary>The child: generate (not timed), then time the pipeline and both writers; print the figures on one line.</summary>
    private static int RunOne(string name, int size)
    {
        var c = HostileCorpus.Classes.Single(c => c.Name == name);
        var articles = c.Generate(size, 42).Select(i => Article.FromText(i.Id, i.Text)).ToList();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        TimeSpan cpu;
        using (var before = Process.GetCurrentProcess())
        {
            cpu = before.TotalProcessorTime;
        }

        var stopwatch = Stopwatch.StartNew();
        var stages = new StageClock(stopwatch);
        var report = new ScandalEngine().CrossCheck(articles, null, stages);
        stages.Mark(4);
        using var json = new CountingStream();
        JsonReportWriter.Write(report, json);
        stages.Mark(5);
        using var markdown = new CountingStream();
        using (var writer = new StreamWriter(markdown, leaveOpen: true))
        {
            MarkdownReportWriter.Write(report, writer);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        stages.Mark(6);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peak = self.PeakWorkingSet64 / 1048576.0;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{seconds:0.000} {report.Documents.Count} {peak:0} {json.Length / 1048576.0:0.00} {markdown.Length / 1048576.0:0.00} {stages},alloc:{(GC.GetTotalAllocatedBytes() - allocated) / 1073741824.0:0.00}GB,gc:{(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00}s,cpu:{(self.TotalProcessorTime - cpu).TotalSeconds:0.0}s,pairs:{report.Stats.CandidatePairs}/{report.Stats.PairsScored}/{report.Stats.Bounded}"));
        return 0;
    }

    /// <summary>
    /// Times the stages from the engine's progress reports (called synchronously on the pipeline's threads; the first
    /// report of a stage ends the previous one) and the two writers.
    /// </summary>
    private sealed class StageClock(Stopwatch stopwatch) : IProgress<CrossCheckProgress>
    {
        // Start of claims, extract, align, score, json, markdown, end.
        private readonly double?[] marks = new double?[7];

        public void Report(CrossCheckProgress value) => Mark((int)value.Stage);

        public void Mark(int index)
        {
            lock (marks)
            {
                marks[index] ??= stopwatch.Elapsed.TotalSeconds;
            }
        }

        public override string ToString()
        {
            var inv = CultureInfo.InvariantCulture;
            var parts = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var next = Enumerable.Range(i + 1, 6 - i).Select(j => marks[j]).FirstOrDefault(m => m is not null);
                parts.Add(marks[i] is { } a && next is { } b ? (b - a).ToString("0.00", inv) : "-");
            }

            return string.Join(',', parts);
        }
    }

    /// <summary>A sink that counts the bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
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

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;
    }
}
