namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// An unnamed speaker known by a role phrase (<c>a council spokeswoman</c>, <c>a person familiar with the case</c>,
/// <c>a senior aide</c>) speaks in its own cue and is what a pronoun right after refers to, rather than a person the
/// article named earlier.
/// </summary>
public class UnnamedRoleSpeakerTests
{
    [Fact]
    public void PronounAfterAnUnnamedRole_IsThatRole()
    {
        const string text = "Mayor Joan Halloway said the council had listened to residents.\n\n"
            + "A council spokeswoman said the vote would be streamed online. \"Residents can send questions until noon on Friday,\" she said.";
        AttributionAssert.Speaker(text, "Residents can send", "a council spokeswoman");
    }

    [Fact]
    public void PronounAfterAnUnnamedRole_OfTheOtherGender_IsNotThatRole()
    {
        const string text = "Mayor Joan Halloway said the council had listened to residents.\n\n"
            + "A council spokesman said the vote would be streamed online. \"Residents can send questions until noon on Friday,\" she said.";
        var quote = AttributionAssert.Run(text).Quotes.Single(q => q.Text.Contains("Residents can send", StringComparison.Ordinal));
        Assert.NotEqual("a council spokesman", quote.Speaker);
    }

    [Fact]
    public void PronounAfterAnUnnamedRole_WithAPersonNamedSince_IsThatPerson()
    {
        const string text = "A council spokeswoman said the vote would be streamed online. Councillor Mary Dunne, who opposes the plan, "
            + "said she would attend. \"I want to hear the answers in person,\" she said.";
        AttributionAssert.Speaker(text, "I want to hear", "Mary Dunne");
    }

    [Fact]
    public void RoleWithModifierAndRelativeClause_IsTheSpeaker()
    {
        const string text = "Jurors convicted Paul Renner on Friday.\n\n"
            + "A person familiar with the case, who was not authorised to discuss it, said prosecutors would seek "
            + "\"the longest sentence available.\" Renner said he would appeal.";
        AttributionAssert.Speaker(text, "the longest sentence", "a person familiar with the case");
    }

    [Fact]
    public void ParticipialAppositive_DoesNotHideTheSubject()
    {
        const string text = "Senator Ruth Abney criticised the bill on Monday.\n\n"
            + "A senior Senate aide, speaking on condition of anonymity to discuss private talks, said leaders were \"deeply annoyed\" by the row.";
        AttributionAssert.Speaker(text, "deeply annoyed", "a senior Senate aide");
    }

    [Fact]
    public void GivenNameAfterAKinNoun_IsAPerson()
    {
        const string text = "Mayor Joan Halloway backed the plan. Neighbour Tom Reilly said it was a mistake.\n\n"
            + "His wife, Maureen, agreed. She said they had bought the house for the quiet.\n\n"
            + "\"It was the reason we moved here,\" she said.";
        AttributionAssert.Speaker(text, "It was the reason", "Maureen");
    }
}

/// <summary>Tabloid style: an indefinite phrase that names no one, a participle of speech, a kin name after a possessive name.</summary>
public class TabloidRoleAndKinTests
{
    [Fact]
    public void IndefiniteObjectPhrase_IsNoRoleThePronounRefersTo()
    {
        const string text = "Singer Mia Crane broke her silence on Sunday.\n\n"
            + "Mia took to Instagram to share a cryptic post. \"New chapter,\" she wrote alongside a photo.";
        AttributionAssert.Speaker(text, "New chapter", "Mia Crane");
    }

    [Fact]
    public void ParticipleOfSpeechAfterAComma_NamesTheSubject()
    {
        const string text = "Her co-star Lauren Tibbs was quick to show support, commenting: \"Proud of you, babe.\"";
        AttributionAssert.Speaker(text, "Proud of you", "Lauren Tibbs");
    }

    [Fact]
    public void KinNameAfterAPossessiveName_IsAPerson()
    {
        const string text = "Singer Mia Crane has split from Kieran Dowd.\n\n"
            + "Kieran's mum, Brenda, told the Mirror her son was \"heartbroken\". \"He's not eating,\" she added.";
        AttributionAssert.Speaker(text, "He's not eating", "Brenda");
    }
}
