using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Scandal.Core.Reporting;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks.Scale;

/// <summary>
/// <c>scale --articles N [--seed S] [--threads T]</c>: generates a synthetic corpus (not timed), then times the whole
/// pipeline — extraction, grouping, alignment, classification, scoring, claims and the JSON report — and prints the
/// throughput, the pairs the index proposed and scored, the peak working set, a SHA-256 of the JSON (compare runs with
/// different thread counts), and the quality against what was planted.
/// </summary>
internal static class ScaleCommand
{
    public static int Run(string[] args)
    {
        var articles = 10_000;
        var seed = 42;
        var threads = Environment.ProcessorCount;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--articles":
                    articles = value;
                    break;
                case "--seed":
                    seed = value;
                    break;
                case "--threads":
                    threads = value;
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var corpus = SyntheticCorpus.Generate(articles, seed);
        var inputs = corpus.Select(a => Article.FromText(a.Id, a.Text)).ToList();
        var megabytes = inputs.Sum(a => (long)a.Text.Length) * 2 / 1024.0 / 1024.0;
        GC.Collect();

        var engine = new ScandalEngine(new ScandalOptions { MaxDegreeOfParallelism = threads });

        // Stage figure: extraction alone, single-threaded.
        var extraction = Stopwatch.StartNew();
        var extracted = 0;
        foreach (var article in inputs)
        {
            extracted += engine.Extract(article).Quotes.Count;
        }

        extraction.Stop();
        var claims = Stopwatch.StartNew();
        _ = Scandal.Core.Claims.ClaimChecker.Check(inputs);
        claims.Stop();
        GC.Collect();

        var stopwatch = Stopwatch.StartNew();
        var report = engine.CrossCheck(inputs);
        var pipeline = stopwatch.Elapsed;
        using var hash = new HashingStream();
        JsonReportWriter.Write(report, hash);
        var total = stopwatch.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"articles        {articles:N0} ({megabytes:F1} MB of UTF-16 text), seed {seed}, threads {threads}"));
        Console.WriteLine(string.Create(inv, $"quotes          {report.Quotes.Count:N0} (planted {corpus.Sum(a => a.Planted.Count):N0})"));
        Console.WriteLine(string.Create(inv, $"statements      {report.Statements.Count:N0} ({report.Statements.Count(s => !s.SingleSource):N0} multi-source)"));
        Console.WriteLine(string.Create(inv, $"pairs           {report.Stats.CandidatePairs:N0} proposed by the index, {report.Stats.PairsScored:N0} scored (all pairs would be {(double)report.Quotes.Count * (report.Quotes.Count - 1) / 2:N0}), {report.Stats.Bounded:N0} quotations with candidates cut (SC0202)"));
        Console.WriteLine(string.Create(inv, $"time            {total.TotalSeconds:F2} s end to end ({pipeline.TotalSeconds:F2} s pipeline + {(total - pipeline).TotalSeconds:F2} s JSON)"));
        Console.WriteLine(string.Create(inv, $"throughput      {articles / total.TotalSeconds:N0} articles/s"));
        Console.WriteLine(string.Create(inv, $"stages (1 thread, separately) extraction {extraction.Elapsed.TotalSeconds:F2} s ({megabytes / 2 / extraction.Elapsed.TotalSeconds:F1} MB/s), claims {claims.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(inv, $"peak memory     {peak:N0} MiB working set"));
        Console.WriteLine(string.Create(inv, $"json sha-256    {Convert.ToHexString(hash.Hash())[..16]}… ({hash.Length:N0} bytes)"));
        Quality(corpus, report);
        Stages(report);
        return 0;
    }

    /// <summary>Re-runs grouping and the whole alignment on the report's quotes, single-threaded, to show where time goes.</summary>
    private static void Stages(CrossCheckReport report)
    {
        var sw = Stopwatch.StartNew();
        var renderings = report.Quotes.Select((q, i) => new Scandal.Core.Alignment.Rendering(i, q, isReference: false)).Where(r => r.Norms.Count >= 2).ToList();
        var prepare = sw.Elapsed;
        sw.Restart();
        var groups = new Scandal.Core.Alignment.StatementGrouper(Scandal.Core.Matching.FuzzyScorer.Instance, new Scandal.Core.Alignment.AlignmentStats()).Group(renderings);
        var grouping = sw.Elapsed;
        sw.Restart();
        var consensuses = groups.Select(g => (g, Scandal.Core.Alignment.ConsensusBuilder.Build(g, new Scandal.Core.Alignment.WordCosts()))).ToList();
        var consensusTime = sw.Elapsed;
        sw.Restart();
        foreach (var (g, c) in consensuses)
        {
            foreach (var r in g)
            {
                if (c.Words.Count > 0)
                {
                    _ = Scandal.Core.Discrepancies.DiscrepancyClassifier.Classify(c, r);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consensus {consensusTime.TotalSeconds:F2} s, classify {sw.Elapsed.TotalSeconds:F2} s"));
        sw.Restart();
        _ = new Scandal.Core.Alignment.QuoteAligner(Scandal.Core.Matching.FuzzyScorer.Instance, 1).Align(report.Quotes, [], Scandal.Core.Scoring.StatementScorer.Score);
        var all = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages (1 thread) prepare {prepare.TotalSeconds:F2} s, group {grouping.TotalSeconds:F2} s ({groups.Count:N0} groups), prepare+group+consensus+classify {all.TotalSeconds:F2} s"));
    }

    private static void Quality(List<SyntheticArticle> corpus, CrossCheckReport report)
    {
        var byDoc = report.Quotes.GroupBy(q => q.DocumentId).ToDictionary(g => g.Key, g => g.ToList());
        int planted = 0, found = 0, rightSpeaker = 0;
        var truth = new Dictionary<string, string>();
        foreach (var article in corpus)
        {
            planted += article.Planted.Count;
            if (!byDoc.TryGetValue(article.Id, out var quotes))
            {
                continue;
            }

            for (var k = 0; k < Math.Min(quotes.Count, article.Planted.Count); k++)
            {
                found++;
                truth[quotes[k].Id] = article.Planted[k].StatementKey;
                if (quotes[k].Speaker == article.Planted[k].Speaker)
                {
                    rightSpeaker++;
                }
            }
        }

        var multi = report.Statements.Where(s => s.Witnesses.Count > 1).ToList();
        var pure = multi.Count(s => s.Witnesses.Select(w => truth.GetValueOrDefault(w.QuoteId, "?")).Distinct().Count() == 1);
        var keys = truth.Values.Distinct().Count();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"quality         {found:N0}/{planted:N0} planted quotes extracted, {100.0 * rightSpeaker / Math.Max(1, found):F1}% with the planted speaker"));
        Console.WriteLine(string.Create(inv, $"grouping        {100.0 * pure / Math.Max(1, multi.Count):F1}% of multi-quote statements pure; {report.Statements.Count:N0} statements for {keys:N0} planted ones"));
    }

    /// <summary>A write-only stream that only hashes, so the JSON report is produced in full but not kept.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public byte[] Hash() => hash.GetCurrentHash();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            length += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
