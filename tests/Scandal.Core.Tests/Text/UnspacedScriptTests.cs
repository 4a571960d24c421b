using Scandal.Core.Discrepancies;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Text;

/// <summary>Scripts written without spaces (Han, kana, Thai) are segmented per character.</summary>
public class UnspacedScriptTests
{
    [Fact]
    public void Tokenize_Japanese_OneWordPerCharacterWithSpans()
    {
        const string text = "増税は絶対に行わない";

        var tokens = WordTokenizer.Tokenize(text, 10);

        Assert.Equal(text.Select(c => c.ToString()), tokens.Select(t => t.Printed));
        Assert.All(tokens, t => Assert.Equal(t.Printed, text.Substring(t.Span.Start - 10, t.Span.Length)));
    }

    [Fact]
    public void Tokenize_MixedScripts_LatinWordsStayWhole()
    {
        var tokens = WordTokenizer.Tokenize("NHKの記者 said 東京");

        Assert.Equal(["NHK", "の", "記", "者", "said", "東", "京"], tokens.Select(t => t.Printed));
    }

    [Fact]
    public void Tokenize_ThaiVowelMarks_StayWithTheirConsonant()
    {
        var tokens = WordTokenizer.Tokenize("กินข้าว");

        Assert.Equal(["กิ", "น", "ข้", "า", "ว"], tokens.Select(t => t.Printed));
    }

    [Fact]
    public void CrossCheck_JapaneseQuotesDifferingInOneVerb_AreOneStatementWithADiscrepancy()
    {
        var articles = new[]
        {
            Article.FromText("asahi-like", "首相は記者会見で「増税は絶対に行わないと約束する」と述べた。"),
            Article.FromText("yomiuri-like", "首相は記者会見で「増税は絶対に行うと約束する」と語った。"),
        };

        var report = new ScandalEngine().CrossCheck(articles);

        var statement = Assert.Single(report.Statements, s => !s.SingleSource);
        Assert.Equal(2, statement.DocumentIds.Count);
        Assert.Contains(statement.Witnesses, w => w.Discrepancies.Any(d => d.Kind != DiscrepancyKind.Typography));
    }
}
