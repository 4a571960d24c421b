namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// One invented sentence per resolver rule of issue 9: continuation, pronoun salience, appositives, cues in other
/// languages. Each asserts the speaker a wrong rule would not give.
/// </summary>
public class ResolverRuleTests
{
    // --- merge of the noun-phrase and resolver rules ---

    [Fact]
    public void CueInTheQuotationsOwnSentence_BeatsAReportedSpeechCueInTheSentenceBefore()
    {
        const string text = "Nordpay chief executive Lena Varga wrote to staff on Monday.\n\nAccording to the letter, staff in the northern offices will be paid until March. “Nobody leaves without their health cover,” according to Varga.";

        AttributionAssert.Speaker(text, "health cover", "Lena Varga", "according to NAME");
    }

    [Fact]
    public void ForeignVerb_WithAWrittenSubjectTheGrammarCannotRead_GetsNoImplicitSpeaker()
    {
        // French states its subject: "la CGT-X a indiqué" has one (a hyphenated code the grammar does not read as a name),
        // so the quotation is not given to the last speaker as if the subject had been left out.
        const string text = "Le ministre Hugo Lefèvre a appelé au calme. « Il faut reprendre le dialogue », a déclaré Hugo Lefèvre.\n\n« Les billets seront remboursés », la CGT-X a indiqué.";

        AttributionAssert.Speaker(text, "billets seront", null);
    }

    [Fact]
    public void ForeignVerb_WithAnAcronymSubject_GivesTheQuotationToTheOrganisation()
    {
        // An acronym after an article ("la CGTX") is an organisation the grammar reads: the quotation is its, not the last speaker's.
        const string text = "Le ministre Hugo Lefèvre a appelé au calme. « Il faut reprendre le dialogue », a déclaré Hugo Lefèvre.\n\n« Les billets seront remboursés », la CGTX a indiqué.";

        AttributionAssert.Speaker(text, "billets seront", "CGTX");
    }

    [Fact]
    public void ForeignVerb_AfterTheQuotation_StillReadsADroppedSubject()
    {
        const string text = "La ministra Ana Ruiz visitó la presa el lunes. «No habrá cortes de agua este verano», añadió.";

        AttributionAssert.Speaker(text, "cortes de agua", "Ana Ruiz");
    }

    // --- continuation ---

    [Fact]
    public void QuotedParagraph_AfterPronounReportedSpeech_IsThePersonThePronounNames()
    {
        const string text = "Marla Quint is one of the organisers.\n\n“We are not here to fight anyone,” Quint says.\n\nShe says the group was told the drilling starts next month.\n\n“Once that happens, there is no undoing it.”";

        AttributionAssert.Speaker(text, "no undoing it", "Marla Quint", "reported speech");
    }

    [Fact]
    public void ReportedSpeech_MainClauseCue_WinsOverAVerbInsideWhatWasReported()
    {
        const string text = "Village elder Tomas Ruelo, who speaks for the valley farms, said residents had warned the company for years.\n\n“We told them the slope was moving.”";

        AttributionAssert.Speaker(text, "slope was moving", "Tomas Ruelo", "reported speech");
    }

    [Fact]
    public void ReportedSpeech_CommaBoundInvertedCue_NamesTheLaterSpeaker()
    {
        const string text = "Ivo Brandt says the union will attend every meeting, and so, says Nell Prosser, will she.\n\n“I will bring the whole herd if I have to.”";

        AttributionAssert.Speaker(text, "whole herd", "Nell Prosser", "reported speech");
    }

    [Fact]
    public void QuoteOpeningASentence_AfterAnotherQuoteOfTheParagraph_KeepsItsSpeaker()
    {
        const string text = "Her plans involve a garden and, Edith Moor says, “no opinions in public ever again”. Then she pauses. “Well. Perhaps one or two.”";

        AttributionAssert.Speaker(text, "Perhaps one or two", "Edith Moor", "continuation");
    }

    [Fact]
    public void QuoteOpeningASentence_AfterASentenceThatReportsSpeech_IsItsSubject()
    {
        const string text = "Retired welder Amos Kettle said he voted for the mayor “because he shows up”. “You know what you get with him.”";

        AttributionAssert.Speaker(text, "what you get", "Amos Kettle", "NAME VERB");
    }

    [Fact]
    public void QuoteOpeningASentence_AfterASentenceItsPersonOpens_IsThatPerson()
    {
        const string text = "The club confirmed the move on Monday.\n\nHis first coach, Dana Wilke, paid tribute. “He was the hardest worker I ever had.”";

        AttributionAssert.Speaker(text, "hardest worker", "Dana Wilke", "continuation");
    }

    [Fact]
    public void QuoteOpeningASentence_AfterASentenceWithNoPerson_StaysUnattributed()
    {
        const string text = "Dock workers walked out on Monday.\n\nOn the picket line, the mood was defiant. “We will be here as long as it takes.”";

        AttributionAssert.Speaker(text, "as long as it takes", null);
    }

    [Fact]
    public void QuotedParagraph_AfterNarrative_PrefersThePersonWhoIsASubjectOverAnOrganisationOrObject()
    {
        const string text = "A group of former Brightwell investors gathered outside. One of them, retired dentist Howard Lyle, lost his savings.\n\n“I am not here for revenge.”";

        AttributionAssert.Speaker(text, "not here for revenge", "Howard Lyle", "continuation");
    }

    [Fact]
    public void QuotedParagraph_AfterNarrative_SkipsAPersonFollowedByAs()
    {
        const string text = "Harriet Vance wrote the novel in a year.\n\nThe adaptation will star Abena Kwarteng as the grandmother. Vance has not read the scripts.\n\n“It is their film and my book.”";

        AttributionAssert.Speaker(text, "their film", "Harriet Vance", "continuation");
    }

    [Fact]
    public void QuoteOpeningASentence_AfterReportedSpeechWithAPronoun_IsThatSpeaker()
    {
        const string text = "The deal came after Senator Mark Tolland dropped his demand.\n\n“I did not get everything I wanted,” Mr. Tolland said. He added that he had been moved by the testimony. “You stop thinking about deadlines.”";

        AttributionAssert.Speaker(text, "stop thinking", "Mark Tolland", "PRONOUN VERB");
    }

    // --- pronoun ---

    [Fact]
    public void Pronoun_InANarratorsTranscriptParagraph_IsNotTheNarrator()
    {
        const string text = "ANCHOR: Our reporter, Colm Reddy, has the story.\n\nCOLM REDDY: The parlour on Ruth Ann Fenwick's farm was built in 1952. She milks sixty cows here.\n\n“Sixty cows used to be a living,” she says.";

        AttributionAssert.Speaker(text, "used to be a living", "Ruth Ann Fenwick", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_Replying_IsNotWhoAsked()
    {
        const string text = "Prosecutor Malik Orton asked Beatrix Lunde about the demonstration.\n\n“Who told you to fake the results?” Orton asked.\n\n“The founder did,” she replied.";

        AttributionAssert.Speaker(text, "founder did", "Beatrix Lunde", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_OfTheOtherGender_SkipsTheLastSpeakerForThePersonTheArticleCallsSo()
    {
        const string text = "For twenty years, Edith Marlowe-Ode sat in Courtroom 4 of the Crown Court. On the day she retired, she talked.\n\nDefence barrister Sir Colin Ames, who appeared before her a hundred times, called her “frightening”.\n\n“If you had not read the bundle, she knew,” he says.\n\nHer plans involve a garden and, she says, “no opinions in public ever again”.";

        AttributionAssert.Speaker(text, "no opinions", "Edith Marlowe-Ode", "PRONOUN VERB");
    }

    [Fact]
    public void Pronoun_AfterAnUnnamedSpeaker_IsTheNamedPersonTheArticleCallsSo()
    {
        const string text = "Edith Marlowe-Ode sat on the bench for years. On the day she retired, she finally talked.\n\nThe trial made her a hate figure; one columnist called her “a danger to the public”.\n\n“I got letters,” she says.";

        AttributionAssert.Speaker(text, "got letters", "Edith Marlowe-Ode", "PRONOUN VERB");
    }

    [Fact]
    public void AgeInPlaceOfAName_RefersBackLikeAPronoun()
    {
        const string text = "Gordon Pettifer, who cooked for the family for 14 years, said the Duke had one rule. “No sprouts, not ever,” the 63-year-old revealed.";

        AttributionAssert.Speaker(text, "No sprouts", "Gordon Pettifer", "PRONOUN VERB");
    }

    [Fact]
    public void CueInsideQuotedTitle_IsNoCue()
    {
        const string text = "“Spending is under control,” said Ola Brekstad.\n\nMinister Henrik Dahlberg, who titled his speech “Steady as She Goes”, began by saying the economy had “turned a corner”.";

        AttributionAssert.Speaker(text, "turned a corner", "Henrik Dahlberg");
    }

    [Fact]
    public void PersonWhoReadsLetters_IsNoCueAfterTheQuote()
    {
        const string text = "Devi Rao had the idea in 2021, Rao says.\n\nThe app – a compromise she calls “the great capitalisation war” – reads a user's statements and letters.";

        AttributionAssert.Speaker(text, "capitalisation war", "Devi Rao", "PRONOUN VERB");
    }

    // --- appositive, name-verb, verb-descriptor-name ---

    [Fact]
    public void AfterCue_HonorificNameWithLongAppositive_NamesThePerson()
    {
        const string text = "“The effect is real but modest,” Dr. Farid Hadi, a neurologist at St. Brendan's Hospital who was not involved in the study, said in an email.";

        AttributionAssert.Speaker(text, "real but modest", "Farid Hadi", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void Appositive_WithARelativeClauseAndANumber_NamesThePerson()
    {
        const string text = "Hockey star Kez Arlo, whose foundation pledged $500,000 to the rink, posted that he was “still all in”.";

        AttributionAssert.Speaker(text, "still all in", "Kez Arlo", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void Appositive_DescriptorThenName_NamesThePerson()
    {
        const string text = "Her friend and co-host, the journalist Marta Ibarra, confirmed that the presenter is “radiant”.";

        AttributionAssert.Speaker(text, "radiant", "Marta Ibarra", "NAME, APPOSITIVE, VERB");
    }

    [Fact]
    public void SentenceSubject_AfterAnOpeningPhrase_IsTheNameAfterItsRole()
    {
        const string text = "In 2024, the consumer finance writer Orla Keane criticised the app, calling its privacy policy “a masterpiece of vagueness”.";

        AttributionAssert.Speaker(text, "masterpiece", "Orla Keane", "SUBJECT …, VERB-ING");
    }

    [Fact]
    public void SentenceSubject_CapitalisedDescriptorBeforeARole_IsNotTheName()
    {
        const string text = "Defence attorney Joanna Pyke objected, calling it “hearsay dressed up as testimony”.";

        AttributionAssert.Speaker(text, "hearsay", "Joanna Pyke");
    }

    [Fact]
    public void Headline_QuoteThenTabloidVerb_NamesTheFullName()
    {
        const string text = "'SHE STOLE MY SONG' Popstar Jade Rennie blasts ex-bandmate\n\nPOPSTAR Jade Rennie has accused a former bandmate of stealing her melody.";

        AttributionAssert.Speaker(text, "STOLE MY SONG", "Jade Rennie");
    }

    [Fact]
    public void ClauseOpeningWithAPersonAndEndingInAColon_IntroducesTheirWords()
    {
        const string text = "Lucía Barrera rompe su silencio: «Nunca he estado tan feliz»\n\nLa presentadora Lucía Barrera ha hablado por primera vez.";

        AttributionAssert.Speaker(text, "tan feliz", "Lucía Barrera", "SUBJECT …: QUOTE");
    }

    [Fact]
    public void ClauseWithASpeechVerb_IsReadByItsVerb_NotAsAColonClause()
    {
        const string text = "Brickfield Lane producers said in a statement: “We will not be commenting further.”";

        var quote = AttributionAssert.Speaker(text, "commenting further", "Brickfield Lane producers");
        Assert.NotNull(quote.Evidence);
        Assert.NotEqual("SUBJECT …: QUOTE", quote.Evidence!.Rule);
    }

    // --- other languages ---

    [Theory]
    [InlineData("La dirección « refuse tout dialogue », selon Rachid Benaï, secrétaire général du syndicat.", "refuse tout", "Rachid Benaï")]
    [InlineData("Le ministre des Transports, Hugo Lefort, a appelé les deux parties à « reprendre la négociation ».", "reprendre", "Hugo Lefort")]
    [InlineData("Gewerkschaftssekretär Jonas Reiter sprach von einem „Kahlschlag“.", "Kahlschlag", "Jonas Reiter")]
    [InlineData("Ulrike Brand erklärte, das Land werde sprechen. „Wir erwarten Alternativen“, sagte sie.", "Wir erwarten", "Ulrike Brand")]
    [InlineData("Henk Smit is dijkgraaf. „Dat vinden we zelf ook jammer“, aldus Smit.", "jammer", "Henk Smit")]
    [InlineData("O nome mais cotado é o de Sérgio Pachão, ex-técnico do Ribeira. “Ainda não houve contato”, afirmou Pachão.", "Ainda não", "Sérgio Pachão")]
    [InlineData("O nome mais cotado é Sérgio Pachão. “Ainda não houve contato”, afirmou Sérgio Pachão ao Jornal do Vale.", "Ainda não", "Sérgio Pachão")]
    [InlineData("Il Brescia ha esonerato Davide Ferrante. Ferrante, raggiunto al telefono, ha preferito non commentare. Poche ore dopo ha pubblicato un messaggio su Instagram: “Grazie a tutti”.", "Grazie a tutti", "Davide Ferrante")]
    [InlineData("«Nunca he estado tan feliz», aseguró Lucía Barrera. La comunicadora negó los rumores. «Eso es mentira», dijo.", "Eso es mentira", "Lucía Barrera")]
    public void ForeignCues_NameTheSpeaker(string text, string words, string speaker)
    {
        AttributionAssert.Speaker(text, words, speaker);
    }

    [Fact]
    public void Foreign_PronounReportedSpeech_ContinuesIntoTheQuotedParagraph()
    {
        const string text = "Nathalie Perrot est infirmière ici depuis quinze ans.\n\n« Nous étions trois pour quarante patients »\n\nElle explique que plusieurs collègues ont démissionné.\n\n« On part parce qu'on n'y arrive plus »";

        AttributionAssert.Speaker(text, "n'y arrive plus", "Nathalie Perrot", "reported speech");
    }

    [Fact]
    public void Foreign_NameAfterAMagazineNoun_IsNoSpeaker()
    {
        const string text = "«Nunca he estado tan feliz», aseguró Lucía Barrera en una entrevista con la revista Semana Clara. La comunicadora negó los rumores. «Eso es mentira», dijo.";

        AttributionAssert.Speaker(text, "Eso es mentira", "Lucía Barrera");
    }
}
