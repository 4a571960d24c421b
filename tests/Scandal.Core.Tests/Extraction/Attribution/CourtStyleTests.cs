namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// Court and official report styles: a bare title glued to the name (<c>Chair of the bench Margaret Ellery said</c>),
/// a statement read out for its author (<c>read a statement from X, …, which said:</c>), and a subject with a relative
/// clause and no commas (<c>A van driver who hit a bridge told magistrates…</c>).
/// </summary>
public class CourtStyleTests
{
    [Theory]
    [InlineData("Chair of the bench Rosemary Tulk told him: \"You put other drivers at risk.\"", "Rosemary Tulk")]
    [InlineData("Head of communications Idris Mahlangu said: \"We will publish the review in full.\"", "Idris Mahlangu")]
    public void TitleGluedToTheName_TheNameSpeaks(string text, string speaker)
    {
        var open = text.IndexOf('"', StringComparison.Ordinal) + 1;
        AttributionAssert.Speaker(text, text.Substring(open, 10), speaker);
    }

    [Fact]
    public void RoleWithAModifier_StaysTheRole()
    {
        // A determiner opens the phrase: "a source close to the singer Lola Brook" is someone else, not Lola Brook.
        const string text = "A source close to the singer Lola Brook said: \"She has not slept for days.\"";
        AttributionAssert.Speaker(text, "She has not slept", "a source close to the singer Lola Brook");
    }

    [Fact]
    public void StatementReadOut_SpeaksForItsAuthor()
    {
        const string text = "Prosecuting, Dara Quinlan said the damage ran to £30,000. "
            + "Ms Quinlan then read a statement from Victor Aldana, operations manager for Northline Rail, which said: "
            + "\"Every strike on a bridge puts passengers at risk.\"";
        AttributionAssert.Speaker(text, "Every strike", "Victor Aldana");
    }

    [Fact]
    public void SubjectWithARelativeClause_AndNoCommas_Speaks()
    {
        const string text = "Dean Harrow, 41, was fined on Monday.\n\n"
            + "A lorry driver who hit a 4.2-metre footbridge in Pellham told magistrates the road signs had been \"hidden by trees\".";
        var quote = AttributionAssert.Run(text).Quotes.Single(q => q.Text.Contains("hidden by trees", StringComparison.Ordinal));
        Assert.Equal("a lorry driver", quote.Speaker, ignoreCase: true);
    }
}
