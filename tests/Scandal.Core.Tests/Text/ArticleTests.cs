using System.Text;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Text;

public class ArticleTests
{
    [Fact]
    public void FromStream_Utf8WithBom_DropsTheBomAndKeepsCrLf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Line “one”\r\nLine two")).ToArray();

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal("Line “one”\r\nLine two", article.Text);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void FromStream_Empty_HasEmptyInputWarning()
    {
        var article = Article.FromStream("x", new MemoryStream());

        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.EmptyInput, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void FromStream_BinaryJunk_IsSkippedWithError()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48 };

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal(string.Empty, article.Text);
        Assert.Equal(DiagnosticCodes.BinaryInput, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromStream_Latin1_IsDecodedWithWarning()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 \u00abbonjour\u00bb");

        var article = Article.FromStream("x", new MemoryStream(bytes));

        Assert.Equal("Caf\u00e9 \u00abbonjour\u00bb", article.Text);
        Assert.Equal(DiagnosticCodes.NotUtf8, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromFile_Missing_IsUnreadableNotAnException()
    {
        var article = Article.FromFile(Path.Combine(Path.GetTempPath(), "no-such-dir-scandal", "gone.txt"));

        Assert.Equal("gone", article.Id);
        Assert.Equal(DiagnosticCodes.Unreadable, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void FromText_EmojiAndOtherScripts_AreKeptAsIs()
    {
        const string text = "他说：「我们会回来的」 👏🏽 مرحبا";

        var article = Article.FromText("x", text);

        Assert.Equal(text, article.Text);
        Assert.Empty(article.Diagnostics);
    }
}
