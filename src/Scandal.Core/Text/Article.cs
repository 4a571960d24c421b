namespace Scandal.Core.Text;

/// <summary>
/// One news article: an identifier, where it came from, its text as decoded, and any problems met while reading it.
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad content: an empty, binary or non-UTF-8 input becomes an article with a
/// <see cref="Diagnostic"/> (and, for binary input, empty text), so a batch of articles always runs to the end.</para>
/// <para>Decoding: UTF-8 with or without BOM; UTF-16 LE or BE by its BOM, or without one by the zero bytes that text in
/// the ASCII range leaves in every other byte (<see cref="DiagnosticCodes.Utf16"/>); Latin-1 only as the fallback for a
/// file that is none of these (<see cref="DiagnosticCodes.NotUtf8"/>). An input over <see cref="MaxBytes"/> is cut on a
/// character boundary (<see cref="DiagnosticCodes.InputTooLarge"/>). Only regular files are read: a named pipe, a
/// device or a socket is refused unopened (<see cref="DiagnosticCodes.NotRegularFile"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Article
{
    /// <summary>Inputs larger than this many bytes are truncated with a diagnostic (64 MiB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private Article(string id, string? path, string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        Id = id;
        Path = path;
        Text = text;
        Diagnostics = ReadOnly.Copy(diagnostics);
    }

    /// <summary>The article's identifier, unique within a batch (by default the file name without extension).</summary>
    public string Id { get; }

    /// <summary>The file the article was read from, or <see langword="null"/> when it was given as text or a stream.</summary>
    public string? Path { get; }

    /// <summary>The text as decoded: BOM removed, line endings kept as they were, so spans index it directly.</summary>
    public string Text { get; }

    /// <summary>Problems met while reading the input; empty when there were none.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The same article under another identifier (its path, text and diagnostics kept), to make ids unique in a batch.</summary>
    /// <param name="id">The new identifier.</param>
    /// <returns>The renamed article.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> is <see langword="null"/>.</exception>
    public Article WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new Article(id, Path, Text, Diagnostics);
    }

    /// <summary>Creates an article from text already in memory.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="text">The article's text.</param>
    /// <returns>The article, with a diagnostic when the text is empty.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static Article FromText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        CheckContent(text, diagnostics);
        return new Article(id, null, text, diagnostics);
    }

    /// <summary>Reads an article from a stream of UTF-8 or UTF-16 (see the remarks on decoding).</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="stream">The stream to read to its end; it is not disposed.</param>
    /// <returns>The article, with diagnostics for empty, binary or non-UTF-8 content.</returns>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    public static Article FromStream(string id, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(stream);
        return FromStreamCore(id, null, stream);
    }

    /// <summary>Reads an article from a regular file of UTF-8 or UTF-16 (see the remarks on decoding); its identifier is the file name without extension.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>
    /// The article; a file that cannot be read (missing, denied, I/O error) yields an article with empty text and an
    /// <see cref="DiagnosticCodes.Unreadable"/> error rather than an exception; a named pipe, device or socket yields a
    /// <see cref="DiagnosticCodes.NotRegularFile"/> error without being opened.
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static Article FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        try
        {
            if (FileKind.NotRegular(path) is { } kind)
            {
                var refused = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.NotRegularFile, $"'{path}' is {kind}, not a regular file; it was not read");
                return new Article(id, path, string.Empty, [refused]);
            }

            using var stream = File.OpenRead(path);
            return FromStreamCore(id, path, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Unreadable, $"cannot read '{path}': {ex.Message}");
            return new Article(id, path, string.Empty, [diagnostic]);
        }
    }

    private static Article FromStreamCore(string id, string? path, Stream stream)
    {
        var diagnostics = new List<Diagnostic>();
        var bytes = ReadAll(stream, diagnostics, out var truncated);
        var text = TextDecoder.Decode(bytes, truncated, diagnostics);
        CheckContent(text, diagnostics);
        return new Article(id, path, text, diagnostics);
    }

    private static ArraySegment<byte> ReadAll(Stream stream, List<Diagnostic> diagnostics, out bool truncated)
    {
        truncated = false;
        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(MaxBytes, Math.Max(0, stream.Length - stream.Position))) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var room = MaxBytes - (int)buffer.Length;
            if (read > room)
            {
                buffer.Write(chunk, 0, room);
                truncated = true;
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.InputTooLarge, $"input is larger than {MaxBytes} bytes; only the first {MaxBytes} bytes were read, cut on a character boundary"));
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void CheckContent(string text, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text) && !diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInput, "input is empty; it holds no quotation"));
        }
    }
}
