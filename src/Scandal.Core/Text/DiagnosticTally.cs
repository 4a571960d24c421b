using System.Globalization;

namespace Scandal.Core.Text;

/// <summary>
/// Collects the diagnostics of one document and aggregates those of one kind (same severity, code and message) into
/// one <see cref="Diagnostic"/> with a count and the first places: a document full of stray quotation marks yields one
/// diagnostic, not one per mark, so a report's size is bounded by its documents, not by their defects.
/// </summary>
/// <remarks>Not thread-safe: one tally per document.</remarks>
internal sealed class DiagnosticTally
{
    /// <summary>How many places an aggregated diagnostic keeps.</summary>
    public const int MaxSpans = 5;

    private readonly Dictionary<(DiagnosticSeverity Severity, string Code, string Message), Entry> entries = [];
    private readonly List<Entry> order = [];

    /// <summary>Records one occurrence of a problem.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">Its code (see <see cref="DiagnosticCodes"/>).</param>
    /// <param name="message">Its one-line explanation, the same for every occurrence of the kind.</param>
    /// <param name="span">Where it occurred, when it applies to a place.</param>
    public void Add(DiagnosticSeverity severity, string code, string message, TextSpan? span = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        var key = (severity, code, message);
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new Entry(severity, code, message);
            entries.Add(key, entry);
            order.Add(entry);
        }

        entry.Count++;
        if (span is { } s && entry.Spans.Count < MaxSpans)
        {
            entry.Spans.Add(s);
        }
    }

    /// <summary>Records a diagnostic already built (it may itself stand for several occurrences).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var key = (diagnostic.Severity, diagnostic.Code, diagnostic.Message);
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new Entry(diagnostic.Severity, diagnostic.Code, diagnostic.Message);
            entries.Add(key, entry);
            order.Add(entry);
        }

        entry.Count += diagnostic.Count;
        foreach (var s in diagnostic.FirstSpans)
        {
            if (entry.Spans.Count < MaxSpans)
            {
                entry.Spans.Add(s);
            }
        }
    }

    /// <summary>One diagnostic per kind, in the order each kind first occurred.</summary>
    /// <returns>The aggregated diagnostics; a kind seen more than once says how often and where first in its message.</returns>
    public List<Diagnostic> ToList()
    {
        var list = new List<Diagnostic>(order.Count);
        foreach (var e in order)
        {
            if (e.Count == 1)
            {
                list.Add(new Diagnostic(e.Severity, e.Code, e.Message, e.Spans.Count > 0 ? e.Spans[0] : null));
                continue;
            }

            var starts = string.Join(", ", e.Spans.Select(s => s.Start.ToString(CultureInfo.InvariantCulture)));
            var message = e.Spans.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{e.Message} ({e.Count} times in this document)")
                : string.Create(CultureInfo.InvariantCulture, $"{e.Message} ({e.Count} times in this document; first at {starts})");
            list.Add(new Diagnostic(e.Severity, e.Code, message, e.Count, e.Spans.ToArray()));
        }

        return list;
    }

    /// <summary>Aggregates a list of diagnostics: one per kind, with counts.</summary>
    /// <param name="diagnostics">The diagnostics of one document.</param>
    /// <returns>The aggregated list.</returns>
    public static List<Diagnostic> Aggregate(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tally = new DiagnosticTally();
        foreach (var d in diagnostics)
        {
            tally.Add(d);
        }

        return tally.ToList();
    }

    private sealed class Entry(DiagnosticSeverity severity, string code, string message)
    {
        public DiagnosticSeverity Severity { get; } = severity;

        public string Code { get; } = code;

        public string Message { get; } = message;

        public int Count { get; set; }

        public List<TextSpan> Spans { get; } = [];
    }
}
