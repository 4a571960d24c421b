using System.Text;

namespace Scandal.Core.Text;

/// <summary>
/// Turns the bytes of an input into text: UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM, or by the pattern of zero
/// bytes that ASCII-range text leaves in UTF-16), and Latin-1 only as the fallback for a file that is none of these.
/// Every choice other than plain UTF-8 leaves a diagnostic.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="content"/>; <paramref name="truncated"/> says it was cut at a size limit (so a
    /// character may be cut in two at its end, which is dropped rather than read as an error).</summary>
    public static string Decode(ReadOnlySpan<byte> content, bool truncated, List<Diagnostic> diagnostics)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(content[3..], truncated, diagnostics);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(content[2..], bigEndian: false, truncated, "a byte-order mark", diagnostics, guessed: false)!;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(content[2..], bigEndian: true, truncated, "a byte-order mark", diagnostics, guessed: false)!;
        }

        if (LooksUtf16(content) is { } bigEndian && DecodeUtf16(content, bigEndian, truncated, "its zero bytes (no byte-order mark)", diagnostics, guessed: true) is { } guess)
        {
            return guess;
        }

        if (LooksCjkUtf16(content) is { } cjkBigEndian && DecodeUtf16(content, cjkBigEndian, truncated, "its CJK punctuation (no byte-order mark)", diagnostics, guessed: true) is { } cjk)
        {
            return cjk;
        }

        if (LooksBinary(content))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.BinaryInput, "input looks binary (NUL bytes or control characters), not text; it was skipped"));
            return string.Empty;
        }

        return DecodeUtf8(content, truncated, diagnostics);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> content, bool truncated, List<Diagnostic> diagnostics)
    {
        if (truncated)
        {
            content = content[..Utf8Boundary(content)];
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NotUtf8, "input is not valid UTF-8 nor UTF-16; it was decoded as Latin-1 (the documented fallback), so accented letters and curly quotation marks may be wrong"));
            return Encoding.Latin1.GetString(content);
        }
    }

    /// <summary>Decodes UTF-16; a guess (no BOM) that does not decode cleanly to text returns <see langword="null"/>.</summary>
    private static string? DecodeUtf16(ReadOnlySpan<byte> content, bool bigEndian, bool truncated, string how, List<Diagnostic> diagnostics, bool guessed)
    {
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        var length = content.Length & ~1;
        if (truncated && length >= 2)
        {
            // Do not end on the first half of a surrogate pair.
            var last = bigEndian ? (content[length - 2] << 8) | content[length - 1] : (content[length - 1] << 8) | content[length - 2];
            if (char.IsHighSurrogate((char)last))
            {
                length -= 2;
            }
        }

        var lenient = (content.Length & 1) != 0 && !truncated;
        try
        {
            var text = (bigEndian ? StrictUtf16Be : StrictUtf16Le).GetString(content[..length]);
            if (guessed && MostlyControl(text))
            {
                return null;
            }

            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.Utf16, $"input is {name}, recognised by {how}; it was decoded as such"));
            if (lenient)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NotUtf8, $"input is {name} with an odd number of bytes; the last byte was dropped"));
            }

            return text;
        }
        catch (DecoderFallbackException) when (!guessed)
        {
            var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Utf16, $"input is {name}, recognised by {how}, but holds unpaired surrogates; they were replaced with U+FFFD"));
            return encoding.GetString(content[..length]);
        }
    }

    /// <summary>
    /// The length of the longest prefix of <paramref name="content"/> that does not end inside a UTF-8 character:
    /// at most three bytes are dropped, and only the bytes of a character that the cut left incomplete.
    /// </summary>
    internal static int Utf8Boundary(ReadOnlySpan<byte> content)
    {
        var end = content.Length;
        for (var back = 1; back <= Math.Min(4, end); back++)
        {
            var b = content[end - back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: look further back for the lead
            }

            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? end - back : end;
        }

        return end;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: text in the ASCII range (spaces, line breaks, digits, Latin letters) leaves a
    /// zero in every other byte. Taken as UTF-16 when at least 16 code units are sampled, one side has a zero in at
    /// least 10 % of them and the other in at most 2 % (UTF-8 text has no zero byte at all), and the text then decodes
    /// without an unpaired surrogate and is not mostly control characters.
    /// Returns whether it is big-endian, or <see langword="null"/> when it is not UTF-16.
    /// </summary>
    private static bool? LooksUtf16(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 8192) & ~1)];
        if (sample.Length < 32)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var units = sample.Length / 2;
        if (oddZeros * 10 >= units && evenZeros * 50 <= units)
        {
            return false; // little-endian: "A\0"
        }

        if (evenZeros * 10 >= units && oddZeros * 50 <= units)
        {
            return true; // big-endian: "\0A"
        }

        return null;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark whose text is almost all ideographs, kana or hangul, so that it has too few
    /// zero bytes for <see cref="LooksUtf16"/> (Chinese or Japanese with no ASCII). Taken only when the bytes are not
    /// UTF-8, and one byte order, read over a sample of at least 16 code units, gives at least 85 % of CJK characters,
    /// CJK or full-width punctuation, spaces and line breaks, at least one in 200 being CJK punctuation (、 。 「 」 『 』
    /// ， ！ ？ ： ；), while the other order does not. The punctuation test is what keeps Latin-1 out: its low bytes
    /// (0x01, 0x02, 0x0C, 0x0D, 0x0E, 0x0F, 0x1A, 0x1B, 0x1F) are control characters that no Latin-1 text has beside
    /// 0x30 or 0xFF. Returns whether it is big-endian, or <see langword="null"/>.
    /// </summary>
    private static bool? LooksCjkUtf16(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 8192) & ~1)];
        if (sample.Length < 32)
        {
            return null;
        }

        // The sample test first: it fails at once on ordinary text, which is then not validated as UTF-8 twice.
        var little = CjkShare(sample, bigEndian: false);
        var big = CjkShare(sample, bigEndian: true);
        if (little == big || System.Text.Unicode.Utf8.IsValid(content))
        {
            return null;
        }

        return big;
    }

    private static bool CjkShare(ReadOnlySpan<byte> sample, bool bigEndian)
    {
        int units = sample.Length / 2, text = 0, punctuation = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var c = (char)(bigEndian ? (sample[i] << 8) | sample[i + 1] : (sample[i + 1] << 8) | sample[i]);
            if (c is '\u3001' or '\u3002' or (>= '\u300C' and <= '\u300F') or '\uFF0C' or '\uFF01' or '\uFF1F' or '\uFF1A' or '\uFF1B')
            {
                punctuation++;
                text++;
            }
            else if (c is (>= '\u3000' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uFF00' and <= '\uFFEF') or ' ' or '\n' or '\r')
            {
                text++;
            }
        }

        return text * 100 >= units * 85 && punctuation * 200 >= units;
    }

    private static bool MostlyControl(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var control = 0;
        foreach (var c in sample)
        {
            if (c < 0x20 && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control * 10 > sample.Length;
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
}
