namespace Scandal.Cli;

/// <summary>A failure the console reports as one line on standard error, with its documented exit code.</summary>
internal sealed class CliError(int exitCode, string message) : Exception(message)
{
    public const int Input = 1;
    public const int Usage = 2;
    public const int Output = 3;
    public const int Internal = 4;

    public int ExitCode { get; } = exitCode;
}
