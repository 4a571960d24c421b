using System.Text;

namespace Scandal.Core.Text;

/// <summary>
/// One news article: an identifier, where it came from, its text as decoded, and any problems met while reading it.
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad content: an empty, binary or non-UTF-8 input becomes an article with a
/// <see cref="Diagnostic"/> (and, for binary input, empty text), so a batch of articles always runs to the end.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Article
{
    /// <summary>Inputs larger than this many bytes are truncated with a diagnostic (64 MiB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    /// <summary>Reads an article from a stream of UTF-8 (with or without BOM).</summary>
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

    /// <summary>Reads an article from a file of UTF-8 (with or without BOM); its identifier is the file name without extension.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>
    /// The article; a file that cannot be read (missing, denied, I/O error) yields an article with empty text and an
    /// <see cref="DiagnosticCodes.Unreadable"/> error rather than an exception.
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is <see langword="null"/>.</exception>
    public static Article FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        try
        {
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
        var bytes = ReadAll(stream, diagnostics);
        var text = Decode(bytes, diagnostics);
        CheckContent(text, diagnostics);
        return new Article(id, path, text, diagnostics);
    }

    private static byte[] ReadAll(Stream stream, List<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var room = MaxBytes - (int)buffer.Length;
            if (read > room)
            {
                buffer.Write(chunk, 0, room);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.InputTooLarge, $"input is larger than {MaxBytes} bytes; only the first {MaxBytes} bytes were read"));
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, List<Diagnostic> diagnostics)
    {
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (LooksBinary(content))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.BinaryInput, "input looks binary (NUL bytes or control characters), not text; it was skipped"));
            return string.Empty;
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NotUtf8, "input is not valid UTF-8; it was decoded as Latin-1, so accented letters may be wrong"));
            return Encoding.Latin1.GetString(content);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 10 > sample.Length;
    }

    private static void CheckContent(string text, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text) && !diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInput, "input is empty; it holds no quotation"));
        }
    }
}
