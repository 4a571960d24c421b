using Scandal.Core.Text;

namespace Scandal.Core.Reporting;

/// <summary>One input article as seen by a report: its identity and the problems met while reading it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DocumentSummary
{
    internal DocumentSummary(string id, string? path, int length, IReadOnlyList<Diagnostic> diagnostics)
    {
        Id = id;
        Path = path;
        Length = length;
        Diagnostics = ReadOnly.Copy(diagnostics);
    }

    /// <summary>The article's identifier.</summary>
    public string Id { get; }

    /// <summary>The file it was read from, when it was read from a file.</summary>
    public string? Path { get; }

    /// <summary>Its length in characters, as decoded.</summary>
    public int Length { get; }

    /// <summary>Reading and extraction diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
