namespace Scandal.Cli;

/// <summary>
/// Turns the paths on the command line into the list of article files: folders give their *.txt and *.md files (and
/// with <c>-r</c> their subfolders'), the same file reached twice counts once, skipped entries are warned about.
/// </summary>
internal static class InputSelection
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>The files to read, sorted by full path and without duplicates; throws <see cref="CliError"/> on a missing or unreadable path.</summary>
    public static List<string> Resolve(IReadOnlyList<string> paths, bool recursive, TextWriter warnings)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal); // real full path -> path as given
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddFolder(path, recursive, files, visited, warnings, top: true);
            }
            else if (File.Exists(path))
            {
                AddFile(path, files, warnings);
            }
            else
            {
                throw new CliError(CliError.Input, $"no such file or folder: {path}");
            }
        }

        return [.. files.Values];
    }

    /// <summary>The full path with symbolic links resolved, so two names of one file compare equal.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            var real = target?.FullName ?? full;
            var dir = Path.GetDirectoryName(real);
            if (dir is not null)
            {
                var dirInfo = new DirectoryInfo(dir);
                var dirTarget = dirInfo.LinkTarget is null ? null : dirInfo.ResolveLinkTarget(returnFinalTarget: true);
                if (dirTarget is not null)
                {
                    real = Path.Combine(dirTarget.FullName, Path.GetFileName(real));
                }
            }

            return real;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static void AddFile(string path, SortedDictionary<string, string> files, TextWriter warnings)
    {
        var real = RealPath(path);
        if (!files.TryAdd(real, path))
        {
            warnings.WriteLine($"scandal: warning: {path} is given more than once; it counts once");
        }
    }

    private static void AddFolder(string folder, bool recursive, SortedDictionary<string, string> files, HashSet<string> visited, TextWriter warnings, bool top)
    {
        var real = RealPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) is { Length: > 0 } trimmed ? trimmed : folder);
        if (!visited.Add(real))
        {
            if (top)
            {
                warnings.WriteLine($"scandal: warning: folder {folder} is given more than once; it counts once");
            }

            return;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (top)
            {
                throw new CliError(CliError.Input, $"cannot read folder {folder}: {OneLine(ex.Message)}");
            }

            warnings.WriteLine($"scandal: warning: cannot read folder {folder}: {OneLine(ex.Message)}; skipped");
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        var subfolders = 0;
        var others = 0;
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                if (recursive)
                {
                    AddFolder(entry, recursive, files, visited, warnings, top: false);
                }
                else
                {
                    subfolders++;
                }
            }
            else if (Extensions.Contains(Path.GetExtension(entry), StringComparer.OrdinalIgnoreCase))
            {
                AddFile(entry, files, warnings);
            }
            else
            {
                others++;
            }
        }

        if (subfolders > 0)
        {
            warnings.WriteLine($"scandal: warning: {folder}: {subfolders} subfolder(s) skipped (use -r to read them)");
        }

        if (others > 0)
        {
            warnings.WriteLine($"scandal: warning: {folder}: {others} entr{(others == 1 ? "y" : "ies")} skipped (not *.txt or *.md)");
        }
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
