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
    public void StandardOutputOnAFullDevice_IsOneLineAndExitCode3()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Windows and macOS have no device that is always full.
        }

        var a = Write("a.txt", Article1);

        // /dev/full fails every write with "no space left on device", exactly as a full disk does.
        var run = RunWithStdout("/dev/full", a, "--format", "json");

        Assert.Equal(3, run.ExitCode);
        AssertOneLine(run.Stderr, "cannot write the report");
    }

    [Fact]
    public void OutOnAFullDisk_IsOneLineExitCode3AndLeavesThePreviousReport()
    {
        // A 64 KiB file system of its own; only possible where the tests may mount one (root on Linux, as in CI).
        var mount = Directory.CreateDirectory(Path.Combine(dir.FullName, "small"));
        if (OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess || Tool("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.FullName) != 0)
        {
            return;
        }

        try
        {
            var report = Path.Combine(mount.FullName, "report.json");
            File.WriteAllText(report, "previous");
            var a = Write("a.txt", Article1 + string.Concat(Enumerable.Repeat(Article2, 2_000)));

            var run = Run(a, "--format", "json", "--out", report);

            Assert.Equal(3, run.ExitCode);
            AssertOneLine(run.Stderr, "--out");
            Assert.Equal("previous", File.ReadAllText(report));
            Assert.Equal(["report.json"], mount.GetFiles().Select(f => f.Name));
        }
        finally
        {
            Tool("umount", mount.FullName);
        }
    }

    [Fact]
    public void UnreadableFolder_IsOneLineAndExitCode1_AndAnUnreadableSubfolderAWarning()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var top = Directory.CreateDirectory(Path.Combine(dir.FullName, "top"));
        File.WriteAllText(Path.Combine(top.FullName, "a.txt"), Article1);
        var sub = Directory.CreateDirectory(Path.Combine(top.FullName, "sub"));
        File.WriteAllText(Path.Combine(sub.FullName, "b.txt"), Article2);
        sub.UnixFileMode = UnixFileMode.None;
        var locked = Directory.CreateDirectory(Path.Combine(dir.FullName, "locked"));
        File.WriteAllText(Path.Combine(locked.FullName, "c.txt"), Article2);
        locked.UnixFileMode = UnixFileMode.None;
        try
        {
            var recursive = RunUnprivileged(top.FullName, "-r", "--format", "json");
            var unreadable = RunUnprivileged(locked.FullName);
            if (recursive is null || unreadable is null)
            {
                return; // Running as root without a way to drop privileges: root reads any folder.
            }

            Assert.Equal(0, recursive.ExitCode);
            Assert.Equal(["a"], DocumentIds(recursive.Stdout));
            AssertOneLine(recursive.Stderr, "cannot read folder");
            Assert.Equal(1, unreadable.ExitCode);
            AssertOneLine(unreadable.Stderr, "cannot read folder");
        }
        finally
        {
            sub.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            locked.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }
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

    private Result Run(params string[] args) => Exec([Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ConsolePath(), .. args]);

    private Result Exec(string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir.FullName,
        };
        foreach (var a in command.Skip(1))
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

    /// <summary>Runs the console through <c>sh</c> with its standard output sent to <paramref name="stdout"/>.</summary>
    private Result RunWithStdout(string stdout, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return Exec(["sh", "-c", "exec \"$0\" \"$@\" > " + stdout, host, ConsolePath(), .. args]);
    }

    /// <summary>
    /// Runs the console as the unprivileged user <c>nobody</c> when the tests run as root (root reads every folder),
    /// from a copy of its build output that <c>nobody</c> may read; null when privileges cannot be dropped here.
    /// </summary>
    private Result? RunUnprivileged(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return Run(args);
        }

        if (!File.Exists("/usr/bin/setpriv"))
        {
            return null;
        }

        var copy = Path.Combine(dir.FullName, "console");
        if (!Directory.Exists(copy))
        {
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(ConsolePath())!))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            // The temporary folder is created for its owner only: open it (not its locked subfolders) to others.
            dir.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            foreach (var path in Directory.EnumerateFileSystemEntries(dir.FullName, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            {
                var mode = File.GetUnixFileMode(path);
                if (mode != UnixFileMode.None) // the folders a test locked stay locked
                {
                    File.SetUnixFileMode(path, mode | UnixFileMode.OtherRead | (Directory.Exists(path) ? UnixFileMode.OtherExecute : UnixFileMode.None));
                }
            }
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string[] drop = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + dir.FullName, "DOTNET_CLI_HOME=" + dir.FullName, host];
        var probe = Exec([.. drop, Path.Combine(copy, "scandal.dll"), "--help"]);
        if (probe.ExitCode != 0)
        {
            return null; // the .NET host itself is not readable by nobody (installed under /root, say).
        }

        return Exec([.. drop, Path.Combine(copy, "scandal.dll"), .. args]);
    }

    private static int Tool(params string[] args)
    {
        var start = new ProcessStartInfo(args[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args.Skip(1))
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
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
