using Scandal.Core.Claims;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Claims;

public class ClaimCheckerTests
{
    [Theory]
    [InlineData("The fine was $3.5 million in all.", "$3.5 million", "USD 3500000")]
    [InlineData("It paid €40,000 last year.", "€40,000", "EUR 40000")]
    [InlineData("A deal worth 12 million euros was signed.", "12 million euros", "EUR 12000000")]
    [InlineData("Tickets cost £15 each.", "£15", "GBP 15")]
    public void FindMentions_Amount_IsNormalisedToCurrencyAndValue(string text, string printed, string value)
    {
        var amount = Assert.Single(ClaimChecker.FindMentions(Article.FromText("a", text)), m => m.Kind == ClaimKind.Amount);

        Assert.Equal(printed, amount.Text);
        Assert.Equal(value, amount.Value);
        Assert.Equal(printed, amount.Span.Slice(text).ToString());
    }

    [Theory]
    [InlineData("It opened on March 3, 2021 in Lyon.", "March 3, 2021", "2021-03-03")]
    [InlineData("The vote is on 3 March.", "3 March", "--03-03")]
    [InlineData("Filed 2021-03-04, it was sealed.", "2021-03-04", "2021-03-04")]
    [InlineData("Posted 7/14 by the mayor.", "7/14", "--07-14")]
    [InlineData("She spoke on Sept. 9th to the press.", "Sept. 9th", "--09-09")]
    public void FindMentions_Date_IsNormalised(string text, string printed, string value)
    {
        var date = Assert.Single(ClaimChecker.FindMentions(Article.FromText("a", text)), m => m.Kind == ClaimKind.Date);

        Assert.Equal(printed, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The shop is open 24/7 for everyone.")]
    [InlineData("Score was 13/40 at the break.")]
    public void FindMentions_FractionThatIsNotADate_IsIgnored(string text)
    {
        Assert.DoesNotContain(ClaimChecker.FindMentions(Article.FromText("a", text)), m => m.Kind == ClaimKind.Date);
    }

    [Fact]
    public void Check_NameSpelledTwoWays_ReportsBothReadingsMajorityFirst()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The coach Marta Oyelaran said the team would recover. Oyelaran left early."),
            Article.FromText("b", "Coach Marta Oyelaran spoke after the match."),
            Article.FromText("c", "According to Martha Oyelaran, the team would recover."),
        ]);

        var name = Assert.Single(checks, c => c.Kind == ClaimKind.Name);
        Assert.False(name.Consistent);
        Assert.Equal("Marta Oyelaran", name.Readings[0].Value);
        Assert.Equal(["a", "b"], name.Readings[0].DocumentIds);
        Assert.Equal("Martha Oyelaran", name.Readings[1].Value);
        Assert.Equal(["c"], name.Readings[1].DocumentIds);
    }

    [Fact]
    public void Check_PluralOfAName_IsNotAVariant()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "Reporters asked Dana Okafor about the deal."),
            Article.FromText("b", "The Okafors star, Dana Okafor, declined to comment."),
        ]);

        Assert.DoesNotContain(checks, c => c.Kind == ClaimKind.Name);
    }

    [Fact]
    public void Check_AmountsDisagreeOnTheSameFact_IsInconsistent()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The league fined the club $2 million for the stadium breach."),
            Article.FromText("b", "Over the stadium breach, the club was fined $3 million by the league."),
        ]);

        var amount = Assert.Single(checks, c => c.Kind == ClaimKind.Amount);
        Assert.False(amount.Consistent);
        Assert.Equal(["USD 2000000", "USD 3000000"], amount.Readings.Select(r => r.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_SameDateWithAndWithoutYear_Agree()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The minister resigned on June 4, 2023 after the vote."),
            Article.FromText("b", "After the vote, the minister resigned on June 4."),
        ]);

        var date = Assert.Single(checks, c => c.Kind == ClaimKind.Date);
        Assert.True(date.Consistent);
        Assert.Equal("2023-06-04", date.Readings[0].Value);
        Assert.Equal(["a", "b"], date.Readings[0].DocumentIds);
    }

    [Fact]
    public void Check_ClaimStatedByOneDocument_IsNotReported()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The firm paid $9 million to settle."),
            Article.FromText("b", "Nothing about money here."),
        ]);

        Assert.DoesNotContain(checks, c => c.Kind == ClaimKind.Amount);
    }

    [Fact]
    public void Check_DoesNotDependOnArticleOrder()
    {
        var articles = Directory.GetFiles(Support.TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(Article.FromFile).ToList();

        static string Render(IReadOnlyList<ClaimCheck> checks) => string.Join('\n', checks.Select(c =>
            $"{c.Id} {c.Kind} {c.Topic} " + string.Join(';', c.Readings.Select(r => r.Value + ":" + string.Join(',', r.DocumentIds)))));

        var forward = Render(ClaimChecker.Check(articles));
        articles.Reverse();
        var backward = Render(ClaimChecker.Check(articles));

        Assert.Equal(forward, backward);
        Assert.NotEmpty(forward);
    }

    [Fact]
    public void FindMentions_MegabyteLineOfJunk_ReturnsQuickly()
    {
        var junk = string.Concat(Enumerable.Repeat("Ab $9 Cd 1/2 ", 80_000));

        var mentions = ClaimChecker.FindMentions(Article.FromText("junk", junk));

        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(junk).ToString()));
    }
}
