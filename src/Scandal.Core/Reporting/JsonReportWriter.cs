using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Reporting;

/// <summary>
/// Writes a <see cref="CrossCheckReport"/> as indented camelCase JSON (schema version <see cref="CrossCheckReport.SchemaVersion"/>).
/// </summary>
/// <remarks>Stateless and thread-safe. Output is deterministic: the same report always gives the same bytes.</remarks>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, with LF line endings.</returns>
    public static string Write(CrossCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Writes the report as UTF-8 JSON to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; it is not disposed.</param>
    public static void Write(CrossCheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", CrossCheckReport.SchemaVersion);
        WriteDocuments(w, report.Documents);
        WriteQuotes(w, report.Quotes);
        w.WriteEndObject();
    }

    private static void WriteDocuments(Utf8JsonWriter w, IReadOnlyList<DocumentSummary> documents)
    {
        w.WriteStartArray("documents");
        foreach (var d in documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("path", d.Path);
            w.WriteNumber("length", d.Length);
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in d.Diagnostics)
            {
                WriteDiagnostic(w, diagnostic);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic diagnostic)
    {
        w.WriteStartObject();
        w.WriteString("severity", ToCamel(diagnostic.Severity.ToString()));
        w.WriteString("code", diagnostic.Code);
        w.WriteString("message", diagnostic.Message);
        if (diagnostic.Span is { } span)
        {
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
        }

        w.WriteEndObject();
    }

    private static void WriteQuotes(Utf8JsonWriter w, IReadOnlyList<Quote> quotes)
    {
        w.WriteStartArray("quotes");
        foreach (var q in quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("documentId", q.DocumentId);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("kind", ToCamel(q.Kind.ToString()));
            w.WriteString("text", q.Text);
            w.WriteStartArray("spans");
            foreach (var span in q.Spans)
            {
                w.WriteStartObject();
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static string ToCamel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
