using System.Diagnostics;
using System.Text.Json;

namespace Scandal.Core.Tests.Hostile;

/// <summary>The sample console, run as a process: every failure is one line and a documented exit code.</summary>
public sealed class ConsoleTests : IDisposable
{
    private const string Article1 = "The mayor spoke on Monday. “We will build the bridge before the winter comes,” Mayor Lena Arvid said.\n";
    private const string Article2 = "Mayor Lena Arvid was firm. “We will build the bridge before winter comes,” she said.\n";

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("scandal-cli-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void Help_ListsTheExitCodes()
    {
        var run = Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--recursive, -r", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_IntoAMissingFolder_FailsFirstWithOneLine()
    {
        var a = Write("a.txt", Article1);

        var run = Run(a, "--out", Path.Combine(dir.FullName, "missing", "report.json"), "--format", "json");

        Assert.Equal(3, run.ExitCode);
        AssertOneLine(run.Stderr, "does not exist");
    }

    [Fact]
    public void Out_OntoAFolder_Fails()
    {
        var a = Write("a.txt", Article1);

        var run = Run(a, "--out", dir.FullName);

        Assert.Equal(3, run.ExitCode);
        AssertOneLine(run.Stderr, "is a folder");
    }

    [Fact]
    public void Out_OntoAnInputOrTheReference_FailsAndLeavesItAlone()
    {
        var a = Write("a.txt", Article1);
        var reference = Write("original.md", Article2);

        var onInput = Run(a, "--out", a);
        var onReference = Run(a, "--reference", reference, "--out", reference);

        Assert.Equal(3, onInput.ExitCode);
        AssertOneLine(onInput.Stderr, "is one of the inputs");
        Assert.Equal(3, onReference.ExitCode);
        Assert.Equal(Article1, File.ReadAllText(a));
        Assert.Equal(Article2, File.ReadAllText(reference));
    }

    [Fact]
    public void Out_Written_ReplacesThePreviousReportAndLeavesNoTemporaryFile()
    {
        var a = Write("a.txt", Article1);
        var b = Write("b.txt", Article2);
        var outDir = Directory.CreateDirectory(Path.Combine(dir.FullName, "out"));
        var report = Path.Combine(outDir.FullName, "report.json");
        File.WriteAllText(report, "previous");

        var run = Run(a, b, "--format", "json", "--out", report);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(["report.json"], outDir.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void SameFileTwiceOrSameContent_CountsOnceWithAWarning()
    {
        var a = Write("a.txt", Article1);
        Write("copy.txt", Article1);

        var run = Run(a, dir.FullName, a, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a"], DocumentIds(run.Stdout));
        Assert.Contains("counts once", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SameNameInTwoFolders_IdsDoNotDependOnArgumentOrder()
    {
        var x = Directory.CreateDirectory(Path.Combine(dir.FullName, "x"));
        var y = Directory.CreateDirectory(Path.Combine(dir.FullName, "y"));
        var xa = Path.Combine(x.FullName, "a.txt");
        var ya = Path.Combine(y.FullName, "a.txt");
        File.WriteAllText(xa, Article1);
        File.WriteAllText(ya, Article2);
        var a = Path.Combine(dir.FullName, "a-2.txt");
        File.WriteAllText(a, "The mayor left. “Nothing to add,” Arvid said.\n");

        var forward = Run(xa, ya, a, "--format", "json");
        var backward = Run(a, ya, xa, "--format", "json");

        Assert.Equal(0, forward.ExitCode);
        Assert.Equal(forward.Stdout, backward.Stdout);
        Assert.Equal(["a-2", "x/a.txt", "y/a.txt"], DocumentIds(forward.Stdout));
        using var json = JsonDocument.Parse(forward.Stdout);
        Assert.All(json.RootElement.GetProperty("documents").EnumerateArray(), d => Assert.NotEqual(JsonValueKind.Null, d.GetProperty("path").ValueKind));
    }

    [Fact]
    public void Subfolders_AreSkippedWithAWarningUnlessRecursive()
    {
        Write("a.txt", Article1);
        var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "more"));
        File.WriteAllText(Path.Combine(sub.FullName, "b.txt"), Article2);
        Write("notes.pdf", "x");

        var flat = Run(dir.FullName, "--format", "json");
        var recursive = Run(dir.FullName, "-r", "--format", "json");

        Assert.Equal(["a"], DocumentIds(flat.Stdout));
        Assert.Contains("subfolder(s) skipped (use -r", flat.Stderr, StringComparison.Ordinal);
        Assert.Contains("not *.txt or *.md", flat.Stderr, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], DocumentIds(recursive.Stdout));
    }

    [Fact]
    public void EmptySelection_IsAnError()
    {
        var empty = Directory.CreateDirectory(Path.Combine(dir.FullName, "empty"));

        var run = Run(empty.FullName);

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run.Stderr, "nothing to read");
    }

    [Fact]
    public void NamedPipeInAFolder_IsSkippedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a.txt", Article1);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(dir.FullName, "live.txt")))
        {
            mkfifo.WaitForExit();
        }

        var run = Run(dir.FullName, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a"], DocumentIds(run.Stdout));
        Assert.Contains("named pipe", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInput_IsOneLineAndExitCode1()
    {
        var run = Run(Path.Combine(dir.FullName, "nope.txt"));

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run.Stderr, "no such file or folder");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<string> DocumentIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
    }

    private static void AssertOneLine(string stderr, string expected)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("scandal: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr);

    private Result Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir.FullName,
        };
        start.ArgumentList.Add(ConsolePath());
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard, not a timing: a console that blocks (a named pipe) must fail the test, not hang the suite.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the console did not exit");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The console built beside this test assembly's configuration (the test project builds it).</summary>
    private static string ConsolePath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory); // tests/Scandal.Core.Tests/bin/<Configuration>/<tfm>/
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        for (var root = here; root is not null; root = root.Parent)
        {
            var dll = Path.Combine(root.FullName, "samples", "Scandal.Cli", "bin", configuration, tfm, "scandal.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("the console scandal.dll is not built");
    }
}
