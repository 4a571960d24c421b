using System.Text;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Text;

public class ArticleDecodingTests
{
    private const string Sample = "The minister said: “We will not raise taxes,” on Tuesday. Café owners disagreed.\n";

    [Fact]
    public void FromStream_Utf16LittleEndianWithBom_IsDecodedWithItsDiagnostic()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal(Sample, article.Text);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.Utf16, diagnostic.Code);
        Assert.Contains("UTF-16 LE", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromStream_Utf16BigEndianWithBom_IsDecoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal(Sample, article.Text);
        Assert.Contains("UTF-16 BE", Assert.Single(article.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromStream_Utf16WithoutBom_IsRecognisedByItsZeroBytes(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

        var article = Article.FromStream("x", new MemoryStream(encoding.GetBytes(Sample + Sample)));

        Assert.Equal(Sample + Sample, article.Text);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.Utf16, diagnostic.Code);
        Assert.Contains("no byte-order mark", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromStream_Utf16WithoutBomAndAllIdeographs_IsRecognisedByItsPunctuation(bool bigEndian)
    {
        // No ASCII at all, so almost no zero bytes: the zero-byte test cannot see it is UTF-16.
        const string Text = "市长周三表示，新桥将在冬季之前完工。\n「我们不会再推迟了。」她说。\n居民对此表示欢迎，但仍有疑虑。\n";
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

        var article = Article.FromStream("x", new MemoryStream(encoding.GetBytes(Text + Text)));

        Assert.Equal(Text + Text, article.Text);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.Utf16, diagnostic.Code);
        Assert.Contains(bigEndian ? "UTF-16 BE" : "UTF-16 LE", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromStream_Latin1WithFewSpaces_IsNotTakenForUtf16()
    {
        // Pairs of Latin letters read as UTF-16 fall among the ideographs; without CJK punctuation it stays Latin-1.
        var text = string.Concat(Enumerable.Repeat("Donaudampfschifffahrtsgesellschaftskapit\u00e4nsm\u00fctze.", 8));

        var article = Article.FromStream("x", new MemoryStream(Encoding.Latin1.GetBytes(text)));

        Assert.Equal(text, article.Text);
        Assert.Equal(DiagnosticCodes.NotUtf8, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromStream_InvalidUtf8WithoutZeros_FallsBackToLatin1WithItsDiagnostic()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me, \u00abvoil\u00e0\u00bb dit-il.");

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal("Caf\u00e9 cr\u00e8me, \u00abvoil\u00e0\u00bb dit-il.", article.Text);
        Assert.Equal(DiagnosticCodes.NotUtf8, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromStream_BinaryWithZerosOnBothSides_IsStillBinary()
    {
        var bytes = new byte[256];
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = (byte)(i * 7);
        }

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal(DiagnosticCodes.BinaryInput, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromStream_CutAtTheSizeLimitInsideACharacter_StaysUtf8()
    {
        // "“é” " is 3 + 2 + 3 + 1 = 9 bytes; 64 MiB is not a multiple of 9, so the cut falls inside a character.
        var unit = Encoding.UTF8.GetBytes("“é” ");
        var cut = Article.MaxBytes % unit.Length;
        Assert.NotEqual(0, cut);

        var article = Article.FromStream("x", new RepeatingStream(unit, Article.MaxBytes + 100));

        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCodes.NotUtf8);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.StartsWith("“é” “é” ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', article.Text);
        Assert.Equal(Article.MaxBytes - Utf8Tail(unit, cut), Encoding.UTF8.GetByteCount(article.Text));
    }

    [Fact]
    public void Utf8Boundary_DropsOnlyAnIncompleteLastCharacter()
    {
        var bytes = Encoding.UTF8.GetBytes("a“b😀");

        Assert.Equal(bytes.Length, TextDecoder.Utf8Boundary(bytes));
        Assert.Equal(bytes.Length - 4, TextDecoder.Utf8Boundary(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Equal(1, TextDecoder.Utf8Boundary(bytes.AsSpan(0, 3)));
        Assert.Equal(4, TextDecoder.Utf8Boundary(bytes.AsSpan(0, 4)));
    }

    [Fact]
    public async Task FromFile_NamedPipe_IsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("scandal-fifo-");
        try
        {
            var fifo = Path.Combine(dir.FullName, "live.txt");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                mkfifo.WaitForExit();
            }

            // A guard, not a timing: before the fix, opening the pipe blocked for ever.
            var read = Task.Run(() => Article.FromFile(fifo));
            var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
            Assert.True(finished == read, "reading a named pipe blocked");

            var article = await read;
            Assert.Equal(string.Empty, article.Text);
            var diagnostic = Assert.Single(article.Diagnostics);
            Assert.Equal(DiagnosticCodes.NotRegularFile, diagnostic.Code);
            Assert.Contains("named pipe", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void FromFile_Device_IsRefused()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }

        var article = Article.FromFile("/dev/null");

        Assert.Equal(DiagnosticCodes.NotRegularFile, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void WithId_KeepsPathTextAndDiagnostics()
    {
        var article = Article.FromStream("x", new MemoryStream(Encoding.Latin1.GetBytes("Caf\u00e9")));

        var renamed = article.WithId("y");

        Assert.Equal("y", renamed.Id);
        Assert.Equal(article.Text, renamed.Text);
        Assert.Same(article.Diagnostics, renamed.Diagnostics);
    }

    private static int Utf8Tail(byte[] unit, int cut)
    {
        // "“é” " has its characters start at bytes 0, 3, 5, 8 (and the next unit at 9): a cut after `cut` bytes of a unit
        // keeps the bytes from the last character start up to the cut, which are an incomplete character unless none.
        Assert.Equal(9, unit.Length);
        int[] starts = [0, 3, 5, 8, 9];
        return cut - starts.Last(start => start <= cut);
    }

    /// <summary>A stream of <c>length</c> bytes repeating <c>unit</c>, without holding them.</summary>
    private sealed class RepeatingStream(byte[] unit, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = unit[(position + i) % unit.Length];
            }

            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
