using System.Runtime.CompilerServices;
using System.Text;

namespace Scandal.Core.Tests.Support;

/// <summary>
/// The one door to snapshot files, following the Verify conventions: the approved report is
/// <c>Snapshots/{Name}.verified.{ext}</c>; on a mismatch the new output is written beside it as
/// <c>{Name}.received.{ext}</c> (git-ignored) and the test fails with the first differing lines.
/// To approve, review the received file and move it over the verified one.
/// A missing verified file is created (and the test passes) on a developer machine, but fails when
/// <c>SNAPSHOOTER_STRICT_MODE=true</c> or <c>CI=true</c>, as in <c>.ci/run</c>.
/// Switching to Verify.Xunit later replaces the body of <see cref="Verify"/> with <c>Verifier.Verify</c>.
/// </summary>
internal static class Snapshots
{
    public static string Folder { get; } = Path.Combine(TestPaths.TestProject, "Snapshots");

    /// <summary>Checks a Markdown report against <c>Snapshots/{name}.verified.md</c>.</summary>
    public static void VerifyMarkdown(string markdown, string name) => Verify(markdown, name, "md");

    /// <summary>Checks a JSON report against <c>Snapshots/{name}.verified.json</c>.</summary>
    public static void VerifyJson(string json, string name) => Verify(json, name, "json");

    /// <summary>Checks plain text against <c>Snapshots/{name}.verified.txt</c>.</summary>
    public static void VerifyText(string text, string name) => Verify(text, name, "txt");

    private static bool Strict =>
        string.Equals(Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static void Verify(string content, string name, string extension)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!content.EndsWith('\n'))
        {
            content += "\n";
        }

        var verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        var received = Path.Combine(Folder, $"{name}.received.{extension}");
        if (!File.Exists(verified))
        {
            if (Strict)
            {
                File.WriteAllText(received, content);
                Assert.Fail($"No approved snapshot {verified}. The output was written to {received}: review it and rename it to .verified.{extension}.");
            }

            Directory.CreateDirectory(Folder);
            File.WriteAllText(verified, content);
            return;
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.Equals(expected, content, StringComparison.Ordinal))
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, content);
        Assert.Fail($"Snapshot {name}.verified.{extension} differs; see {received}.\n{FirstDifference(expected, content)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 5; i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (!string.Equals(el, al, StringComparison.Ordinal))
            {
                sb.Append("line ").Append(i + 1).Append(":\n  verified: ").Append(el).Append("\n  received: ").Append(al).Append('\n');
                shown++;
            }
        }

        return sb.ToString();
    }
}

/// <summary>Paths of the repository, found from the test project's directory (not from the PDB).</summary>
internal static class TestPaths
{
    public static string TestProject { get; } = FindTestProject();

    public static string Repository { get; } = Path.GetFullPath(Path.Combine(TestProject, "..", ".."));

    public static string Seeds { get; } = Path.Combine(Repository, "seeds");

    public static IEnumerable<string> SeedFiles() => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    private static string FindTestProject([CallerFilePath] string source = "")
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scandal.Core.Tests.csproj")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        return Path.GetDirectoryName(Path.GetDirectoryName(source))!;
    }
}
