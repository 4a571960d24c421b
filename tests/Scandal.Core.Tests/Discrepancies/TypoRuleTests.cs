using Scandal.Core.Discrepancies;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>The typo rule: a non-word close to the consensus word; real word for real word is a substitution.</summary>
public class TypoRuleTests
{
    [Theory]
    [InlineData("safety", "satefy")]
    [InlineData("their", "thier")]
    [InlineData("accountability", "accountabiliity")]
    [InlineData("balenciaga", "balenziaga")]
    public void IsTypo_NonWordCloseToTheWord_IsTypo(string expected, string actual) => Assert.True(TypoRule.IsTypo(expected, actual));

    [Theory]
    [InlineData("from", "form")]
    [InlineData("cleared", "cleaned")]
    [InlineData("clinton", "clifton")]
    [InlineData("the", "those")]
    [InlineData("250", "260")]
    [InlineData("2024", "2025")]
    public void IsTypo_RealWordsOrNumbers_IsNot(string expected, string actual) => Assert.False(TypoRule.IsTypo(expected, actual));

    [Fact]
    public void EnglishWords_KnowsInflectionsPossessivesAndCompounds()
    {
        Assert.True(EnglishWords.Contains("apologized"));
        Assert.True(EnglishWords.Contains("mayor's"));
        Assert.True(EnglishWords.Contains("long-term"));
        Assert.False(EnglishWords.Contains("satefy"));
    }

    [Theory]
    [InlineData("colour", "color")]
    [InlineData("apologise", "apologize")]
    [InlineData("organisation", "organization")]
    [InlineData("analyse", "analyze")]
    [InlineData("centre", "center")]
    [InlineData("travelled", "traveled")]
    [InlineData("whilst", "while")]
    public void SpellingVariants_BritishAndAmerican_AreVariants(string british, string american) => Assert.True(SpellingVariants.AreVariants(british, american));

    [Theory]
    [InlineData("four", "for")]
    [InlineData("timbre", "timber")]
    [InlineData("filled", "filed")]
    [InlineData("stalled", "staled")]
    [InlineData("promise", "promize")]
    public void SpellingVariants_DistinctWords_AreNot(string a, string b) => Assert.False(SpellingVariants.AreVariants(a, b));
}
