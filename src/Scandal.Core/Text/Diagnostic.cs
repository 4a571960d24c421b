namespace Scandal.Core.Text;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; results are complete.</summary>
    Info,

    /// <summary>Something looked wrong; results are best-effort.</summary>
    Warning,

    /// <summary>The input could not be used; results for it are empty.</summary>
    Error,
}

/// <summary>
/// A problem found in an input, reported instead of thrown: messy input never crashes the pipeline,
/// it yields best-effort results plus diagnostics.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">A stable machine-readable code, such as <c>SC0001</c>.</param>
    /// <param name="message">A one-line human-readable explanation.</param>
    /// <param name="span">Where in the article it applies, when it applies to a place.</param>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, TextSpan? span = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Severity = severity;
        Code = code;
        Message = message;
        Span = span;
        Count = 1;
        FirstSpans = span is { } s ? [s] : [];
    }

    /// <summary>Creates the diagnostic standing for <paramref name="count"/> occurrences of one problem in one document.</summary>
    internal Diagnostic(DiagnosticSeverity severity, string code, string message, int count, IReadOnlyList<TextSpan> firstSpans)
        : this(severity, code, message, firstSpans.Count > 0 ? firstSpans[0] : null)
    {
        Count = count;
        FirstSpans = firstSpans;
    }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A stable machine-readable code (see <see cref="DiagnosticCodes"/>).</summary>
    public string Code { get; }

    /// <summary>A one-line human-readable explanation.</summary>
    public string Message { get; }

    /// <summary>Where in the article it applies (the first place, when it stands for several), or <see langword="null"/> for the whole input.</summary>
    public TextSpan? Span { get; }

    /// <summary>
    /// How many times the problem occurred in the document: occurrences of one kind are aggregated into one
    /// diagnostic (see <see cref="FirstSpans"/>) rather than reported one by one. 1 for a single occurrence.
    /// </summary>
    public int Count { get; }

    /// <summary>The places of the first occurrences (at most five), in article order.</summary>
    public IReadOnlyList<TextSpan> FirstSpans { get; }

    /// <inheritdoc />
    public override string ToString() => Span is { } s ? $"{Severity} {Code} at {s}: {Message}" : $"{Severity} {Code}: {Message}";
}

/// <summary>The codes used by <see cref="Diagnostic"/>.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input is empty or holds only white space.</summary>
    public const string EmptyInput = "SC0001";

    /// <summary>The input looks binary (NUL bytes or mostly control characters); it was not read as text.</summary>
    public const string BinaryInput = "SC0002";

    /// <summary>The input is not valid UTF-8 nor UTF-16; it was decoded as Latin-1 instead (the documented fallback).</summary>
    public const string NotUtf8 = "SC0003";

    /// <summary>The input could not be read (missing file, access denied, I/O error).</summary>
    public const string Unreadable = "SC0004";

    /// <summary>A quotation mark opens but never closes; the quote was cut at the end of its paragraph.</summary>
    public const string UnbalancedQuote = "SC0101";

    /// <summary>Quotation marks nest deeper than extraction keeps apart; the deeper quotations are read as part of the one around them.</summary>
    public const string DeepNesting = "SC0103";

    /// <summary>A line is so long that extraction capped the length of a quote in it.</summary>
    public const string OverlongText = "SC0102";

    /// <summary>The input is larger than the configured maximum and was truncated.</summary>
    public const string InputTooLarge = "SC0005";

    /// <summary>The input is UTF-16 (recognised by its byte-order mark or by its zero bytes) and was decoded as such.</summary>
    public const string Utf16 = "SC0006";

    /// <summary>The path names a named pipe, a device, a socket or a folder, not a regular file; it was not read.</summary>
    public const string NotRegularFile = "SC0007";

    /// <summary>Quotations of a statement were too long to align exactly and were aligned coarsely between shared stretches.</summary>
    public const string AlignmentApproximated = "SC0201";

    /// <summary>
    /// A quotation shared words with more quotations than grouping compares one with; it was compared only with those
    /// sharing the most, so it may have missed the statement it belongs to.
    /// </summary>
    public const string GroupingBounded = "SC0202";
}
