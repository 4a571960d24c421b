using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scandal.Core.Alignment;
using Scandal.Core.Claims;
using Scandal.Core.Extraction;
using Scandal.Core.Scoring;
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
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
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

    /// <summary>Writes the report as UTF-8 JSON to a stream, as it goes (in slices of 64 KB): memory does not grow with
    /// the size of the output. Write to the destination (a file) rather than to a string for large reports.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; it is flushed, not disposed.</param>
    public static void Write(CrossCheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", CrossCheckReport.SchemaVersion);
        w.WriteString("language", report.Language);
        WriteDocuments(w, report.Documents);
        WriteQuotes(w, report);
        WriteStatements(w, report.Statements);
        WriteOutlets(w, report.Outlets);
        WriteClaims(w, report.Claims);
        WriteTranslations(w, report.Translations);
        w.WriteEndObject();
    }

    private static void WriteTranslations(Utf8JsonWriter w, IReadOnlyList<Discrepancies.Translation> translations)
    {
        w.WriteStartArray("translations");
        foreach (var t in translations)
        {
            w.WriteStartObject();
            w.WriteString("quoteId", t.QuoteId);
            w.WriteString("documentId", t.DocumentId);
            w.WriteString("language", t.Language);
            w.WriteEndObject();
        }

        w.WriteEndArray();
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
            FlushIfLarge(w);
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

        if (diagnostic.Count > 1)
        {
            // Aggregated: how many occurrences, and where the first ones start (the message says it too).
            w.WriteNumber("count", diagnostic.Count);
            w.WriteStartArray("firstStarts");
            foreach (var s in diagnostic.FirstSpans)
            {
                w.WriteNumberValue(s.Start);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteQuotes(Utf8JsonWriter w, CrossCheckReport report)
    {
        var translated = report.Translations.ToDictionary(t => t.QuoteId, t => t.Language, StringComparer.Ordinal);
        w.WriteStartArray("quotes");
        foreach (var q in report.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("documentId", q.DocumentId);
            w.WriteString("speaker", q.Speaker);
            WriteSpeakerEvidence(w, q);
            w.WriteString("kind", ToCamel(q.Kind.ToString()));
            w.WriteString("text", q.Text);
            w.WriteString("language", translated.GetValueOrDefault(q.Id, report.Language));
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
            FlushIfLarge(w);
        }

        w.WriteEndArray();
    }

    /// <summary><c>speakerEvidence: {rule, start, end}</c> when a cue named the speaker; <c>speakerMissing</c> when none did.</summary>
    private static void WriteSpeakerEvidence(Utf8JsonWriter w, Quote q)
    {
        if (q.Evidence is { } e)
        {
            w.WriteStartObject("speakerEvidence");
            w.WriteString("rule", e.Rule);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteEndObject();
        }

        if (q.MissingReason is { } missing)
        {
            w.WriteString("speakerMissing", ToCamel(missing.ToString()));
        }
    }

    private static void WriteStatements(Utf8JsonWriter w, IReadOnlyList<Statement> statements)
    {
        w.WriteStartArray("statements");
        foreach (var s in statements)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("speaker", s.Speaker);
            w.WriteBoolean("speakersDisagree", s.SpeakersDisagree);
            if (s.SpeakerReadings.Count > 1)
            {
                w.WriteStartArray("speakerReadings");
                foreach (var reading in s.SpeakerReadings)
                {
                    w.WriteStartObject();
                    w.WriteString("speaker", reading.Speaker);
                    WriteStrings(w, "documentIds", reading.DocumentIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteString("consensus", s.Consensus);
            w.WriteBoolean("singleSource", s.SingleSource);
            w.WriteBoolean("fromReference", s.FromReference);
            WriteNumber(w, "agreement", s.Agreement);
            w.WriteStartArray("documentIds");
            foreach (var d in s.DocumentIds)
            {
                w.WriteStringValue(d);
                FlushIfLarge(w);
            }

            w.WriteEndArray();
            w.WriteStartArray("contested");
            foreach (var c in s.Contested)
            {
                w.WriteStartObject();
                w.WriteNumber("position", c.Index);
                w.WriteStartArray("readings");
                foreach (var r in c.Readings)
                {
                    w.WriteStartObject();
                    w.WriteString("text", r.Text);
                    WriteStrings(w, "documentIds", r.DocumentIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("words");
            foreach (var word in s.Words)
            {
                w.WriteStartObject();
                w.WriteString("text", word.Text);
                if (word.IsGap)
                {
                    w.WriteBoolean("gap", true);
                }

                WriteStrings(w, "documentIds", word.SupportingDocumentIds);
                w.WriteNumber("covering", word.CoveringDocuments);
                if (word.Contested)
                {
                    w.WriteBoolean("contested", true);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("witnesses");
            foreach (var witness in s.Witnesses)
            {
                w.WriteStartObject();
                w.WriteString("quoteId", witness.QuoteId);
                w.WriteString("documentId", witness.DocumentId);
                WriteNumber(w, "fidelity", witness.Fidelity);
                w.WriteNumber("coverage", Math.Round(witness.Coverage, 4));
                w.WriteNumber("coveredWords", witness.CoveredWords);
                w.WriteStartArray("discrepancies");
                foreach (var d in witness.Discrepancies)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", ToCamel(d.Kind.ToString()));
                    w.WriteString("expected", d.Expected);
                    w.WriteString("actual", d.Actual);
                    w.WriteNumber("start", d.Span.Start);
                    w.WriteNumber("end", d.Span.End);
                    w.WriteBoolean("signalled", d.Signalled);
                    w.WriteBoolean("contested", d.Contested);
                    w.WriteNumber("weight", Math.Round(d.Weight, 4));
                    w.WriteBoolean("material", d.Material);
                    if (d.Reason is not null)
                    {
                        w.WriteString("reason", d.Reason);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                FlushIfLarge(w); // one statement may have millions of witnesses
            }

            w.WriteEndArray();
            w.WriteEndObject();
            FlushIfLarge(w);
        }

        w.WriteEndArray();
    }

    private static void WriteOutlets(Utf8JsonWriter w, IReadOnlyList<OutletScore> outlets)
    {
        w.WriteStartArray("outlets");
        foreach (var o in outlets)
        {
            w.WriteStartObject();
            w.WriteString("documentId", o.DocumentId);
            WriteNumber(w, "consistency", o.Consistency);
            w.WriteNumber("quotes", o.Quotes);
            w.WriteNumber("scoredWords", o.ScoredWords);
            w.WriteStartObject("discrepancies");
            foreach (var (kind, count) in o.Discrepancies.OrderBy(kv => kv.Key))
            {
                w.WriteNumber(ToCamel(kind.ToString()), count);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            FlushIfLarge(w);
        }

        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, IReadOnlyList<ClaimCheck> claims)
    {
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("kind", ToCamel(c.Kind.ToString()));
            w.WriteString("topic", c.Topic);
            w.WriteBoolean("consistent", c.Consistent);
            w.WriteStartArray("readings");
            foreach (var r in c.Readings)
            {
                w.WriteStartObject();
                w.WriteString("value", r.Value);
                if (r.Ambiguous)
                {
                    w.WriteBoolean("ambiguous", true);
                }

                WriteStrings(w, "documentIds", r.DocumentIds);
                w.WriteStartArray("mentions");
                foreach (var m in r.Mentions)
                {
                    w.WriteStartObject();
                    w.WriteString("documentId", m.DocumentId);
                    w.WriteString("text", m.Text);
                    w.WriteNumber("start", m.Span.Start);
                    w.WriteNumber("end", m.Span.End);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            FlushIfLarge(w);
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
            FlushIfLarge(w);
        }

        w.WriteEndArray();
    }

    /// <summary>Scores are rounded to four decimals so that reports compare across machines.</summary>
    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Streams the report out in 64 KB slices instead of holding it all in the writer's buffer.</summary>
    /// <remarks>
    /// Called after each element of every list that grows with the input (documents, quotes, witnesses, document ids),
    /// not only after each statement: one statement quoted by millions of documents would otherwise be held whole.
    /// </remarks>
    private static void FlushIfLarge(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16)
        {
            w.Flush();
        }
    }

    internal static string ToCamel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
