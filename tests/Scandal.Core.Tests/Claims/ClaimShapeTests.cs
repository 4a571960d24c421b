using Scandal.Core.Claims;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Claims;

/// <summary>Dates with years, ambiguous numeric dates, names compared as names, titles, and patterns that cannot time out.</summary>
public class ClaimShapeTests
{
    private static ClaimCheck DateClaim(params string[] texts) =>
        Assert.Single(ClaimChecker.Check(texts.Select((t, i) => Article.FromText(((char)('a' + i)).ToString(), t))), c => c.Kind == ClaimKind.Date);

    [Fact]
    public void Check_SameDayDifferentYears_Disagree()
    {
        var claim = DateClaim(
            "The harbour authority signed the dredging contract on June 4, 2019 after a long dispute.",
            "After a long dispute, the harbour authority signed the dredging contract on June 4, 2021.");

        Assert.False(claim.Consistent);
        Assert.Equal(["2019-06-04", "2021-06-04"], claim.Readings.Select(r => r.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_DateWithoutYear_AgreesWithTheDatedReading()
    {
        var claim = DateClaim(
            "The harbour authority signed the dredging contract on June 4, 2021 after a long dispute.",
            "After a long dispute, the harbour authority signed the dredging contract on June 4.");

        Assert.True(claim.Consistent);
        Assert.Equal("2021-06-04", claim.Readings[0].Value);
    }

    [Fact]
    public void FindMentions_NumericDateBothPartsUnderThirteen_IsAmbiguous()
    {
        var date = Assert.Single(ClaimChecker.FindMentions(Article.FromText("a", "The festival board met on 04/06 to approve the budget.")), m => m.Kind == ClaimKind.Date);

        Assert.True(date.Ambiguous);
        Assert.Equal("--04-06", date.Value);
        Assert.Equal("--06-04", date.AlternativeValue);
    }

    [Fact]
    public void FindMentions_OtherDateWithDayOverTwelveFirst_SettlesDayFirst()
    {
        var mentions = ClaimChecker.FindMentions(Article.FromText("a", "The board met on 04/06 to approve the budget. Tickets went on sale on 25/12/2021 at noon."));
        var date = Assert.Single(mentions, m => m.Text == "04/06");

        Assert.False(date.Ambiguous);
        Assert.Equal("--06-04", date.Value);
    }

    [Fact]
    public void FindMentions_OtherDateWithDayOverTwelveSecond_SettlesMonthFirst()
    {
        var mentions = ClaimChecker.FindMentions(Article.FromText("a", "The board met on 04/06 to approve the budget. Tickets went on sale on 7/14 at noon."));

        Assert.Equal("--04-06", Assert.Single(mentions, m => m.Text == "04/06").Value);
        Assert.False(Assert.Single(mentions, m => m.Text == "04/06").Ambiguous);
    }

    [Fact]
    public void Check_AmbiguousDateInBothDocuments_IsReportedAmbiguous()
    {
        var claim = DateClaim(
            "The festival board approved the budget on 04/06 after the vote.",
            "After the vote, the festival board approved the budget on 04/06.");

        Assert.True(Assert.Single(claim.Readings).Ambiguous);
    }

    [Fact]
    public void Check_AmbiguousDateBesideAnotherDocumentsDate_StaysAmbiguous()
    {
        // Only the article's own dates may settle how it writes dates; another outlet's "June 4" does not.
        var claim = DateClaim(
            "The festival board approved the budget on 04/06 after the vote.",
            "After the vote, the festival board approved the budget on June 4.");

        Assert.Contains(claim.Readings, r => r.Ambiguous && r.Value == "--04-06");
        Assert.Contains(claim.Readings, r => !r.Ambiguous && r.Value == "--06-04");
    }

    [Fact]
    public void Check_SimilarSurnamesWithDifferentFirstNames_AreDifferentPeople()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The report was praised by Martin Clinton, a former adviser."),
            Article.FromText("b", "The report was criticised by Rachel Clifton, a local organiser."),
        ]);

        Assert.DoesNotContain(checks, c => c.Kind == ClaimKind.Name);
    }

    [Fact]
    public void Check_SameFirstNameSurnameSpelledTwoWays_IsAVariant()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "The report was praised by Martin Clinton, a former adviser."),
            Article.FromText("b", "The report was praised by Martin Clnton, a former adviser."),
        ]);

        Assert.Single(checks, c => c.Kind == ClaimKind.Name);
    }

    [Fact]
    public void Check_WordFamily_IsNotAVariant()
    {
        var checks = ClaimChecker.Check(
        [
            Article.FromText("a", "Trade with Latin America grew again this year, officials said."),
            Article.FromText("b", "The Latin American market grew again this year, officials said."),
            Article.FromText("c", "Trade across the Americas grew again this year, officials said."),
        ]);

        Assert.DoesNotContain(checks, c => c.Kind == ClaimKind.Name);
    }

    [Theory]
    [InlineData("The plan was backed by Former Mexican President Vicente Fox on Sunday.", "Vicente Fox")]
    [InlineData("It was announced by Prime Minister Anneli Virtanen in Helsinki.", "Anneli Virtanen")]
    [InlineData("Reporters asked White House Press Secretary Dana Whitfield about it.", "Dana Whitfield")]
    public void FindMentions_Title_IsNotPartOfTheName(string text, string name)
    {
        var mentions = ClaimChecker.FindMentions(Article.FromText("a", text));

        Assert.Contains(mentions, m => m.Kind == ClaimKind.Name && m.Value == name && m.Text == name);
        Assert.DoesNotContain(mentions, m => m.Kind == ClaimKind.Name && m.Value.Contains("President", StringComparison.Ordinal) && m.Value != name);
    }

    [Fact]
    public void FindMentions_CompanyNamedGeneral_KeepsItsName()
    {
        var mentions = ClaimChecker.FindMentions(Article.FromText("a", "Workers at General Motors voted on the offer."));

        Assert.Contains(mentions, m => m.Kind == ClaimKind.Name && m.Value == "General Motors");
    }

    [Fact]
    public void FindMentions_PathologicalParagraph_KeepsEveryClaimAfterIt()
    {
        // Long runs that made the backtracking patterns slow: capitalised words, digits and separators without end.
        var hostile = string.Concat(Enumerable.Repeat("Aa Bb Cc Dd 1,000,000,000,000 12/12/12/12/ $$$ ", 4000));
        var text = hostile + "\nThe city paid $25 million on March 3, 2021, Mayor Ines Duarte said.";

        var mentions = ClaimChecker.FindMentions(Article.FromText("a", text));

        Assert.Contains(mentions, m => m.Kind == ClaimKind.Amount && m.Value == "USD 25000000");
        Assert.Contains(mentions, m => m.Kind == ClaimKind.Date && m.Value == "2021-03-03");
        Assert.Contains(mentions, m => m.Kind == ClaimKind.Name && m.Value == "Ines Duarte");
    }
}
