namespace Scandal.Cli;

/// <summary>
/// The <c>--out</c> file, checked before any work and written atomically: the report goes to a temporary file in the
/// same folder, which replaces the destination only once it is complete, so a run killed mid-write leaves the previous
/// report (or nothing) and never half of one.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string destination;
    private readonly string temporary;
    private FileStream? stream;

    private OutputFile(string destination, string temporary, FileStream stream)
    {
        this.destination = destination;
        this.temporary = temporary;
        this.stream = stream;
    }

    public Stream Stream => stream ?? throw new ObjectDisposedException(nameof(OutputFile));

    /// <summary>
    /// Checks that <paramref name="path"/> can receive the report — its folder exists, it is not a folder, not one of
    /// <paramref name="inputs"/> (real full paths) — and creates the temporary file beside it (which proves the folder
    /// writable). Throws <see cref="CliError"/> with <see cref="CliError.Output"/> otherwise.
    /// </summary>
    public static OutputFile Open(string path, IReadOnlyCollection<string> inputs)
    {
        if (Directory.Exists(path))
        {
            throw new CliError(CliError.Output, $"--out {path} is a folder, not a file");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            throw new CliError(CliError.Output, $"--out {path}: folder {folder} does not exist");
        }

        var real = InputSelection.RealPath(full);
        if (inputs.Contains(real))
        {
            throw new CliError(CliError.Output, $"--out {path} is one of the inputs; it would be overwritten");
        }

        // A pipe or a device reports a length of 0: only then is it worth asking (the library refuses them unopened).
        if (File.Exists(full) && new FileInfo(full).Length == 0 && Scandal.Core.Text.Article.FromFile(full) is { } probe && probe.Diagnostics.Any(d => d.Code == Scandal.Core.Text.DiagnosticCodes.NotRegularFile))
        {
            throw new CliError(CliError.Output, $"--out {path} is not a regular file");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputFile(full, temporary, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliError(CliError.Output, $"--out {path}: cannot write in {folder}: {InputSelection.OneLine(ex.Message)}");
        }
    }

    /// <summary>Flushes the temporary file to disk and moves it over the destination.</summary>
    public void Commit()
    {
        try
        {
            stream!.Flush(flushToDisk: true);
            stream.Dispose();
            stream = null;
            File.Move(temporary, destination, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliError(CliError.Output, $"--out {destination}: {InputSelection.OneLine(ex.Message)}");
        }
    }

    /// <summary>Removes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        stream?.Dispose();
        stream = null;
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the destination is untouched.
        }
    }
}
