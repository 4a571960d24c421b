namespace Scandal.Core.Extraction.Attribution;

/// <summary>What a cue names as the speaker.</summary>
internal enum SubjectKind
{
    /// <summary>A name as printed ("Kowal", "Ann Kowal", "Mr. Weaver"), resolved to the fullest form in the article.</summary>
    Name,

    /// <summary>she, he (I and you name no one the article can resolve).</summary>
    PersonPronoun,

    /// <summary>it, they, we: the organisation speaking.</summary>
    GroupPronoun,

    /// <summary>the company, the brand: the organisation the article names as issuer.</summary>
    Organisation,

    /// <summary>the commission, the police: the institution the article names, else the phrase.</summary>
    Institution,

    /// <summary>the judge, city staff: a person introduced with that role, else the phrase itself.</summary>
    Role,

    /// <summary>the statement, the post: whoever issued the statement being quoted.</summary>
    Statement,

    /// <summary>the insider, the confederation: a noun that speaks only as what the article introduced with it before.</summary>
    Anaphor,
}

/// <summary>One cue the grammar matched: the rule, what it names and the characters it covers.</summary>
/// <param name="Rule">The cue pattern that matched (one of <see cref="CueRules"/>).</param>
/// <param name="Kind">What the subject is.</param>
/// <param name="Subject">The subject as printed, titles and honorifics removed for a name ("Ann Kowal", "the Nova Scotia judge").</param>
/// <param name="SubjectStart">Index of the subject in the text.</param>
/// <param name="Start">First character of the cue (subject or verb).</param>
/// <param name="End">One past the last character of the cue.</param>
/// <param name="IsSourceOnly">The cue names a source ("according to"), which is not enough to join two quoted pieces.</param>
/// <param name="Head">For a noun phrase with a modifier after its noun, the phrase up to the noun ("a spokesperson"), else null.</param>
/// <param name="Of">For such a phrase, the object of its preposition ("Lola" in "a spokesperson for Lola"), else null.</param>
internal readonly record struct CueMatch(string Rule, SubjectKind Kind, string Subject, int SubjectStart, int Start, int End, bool IsSourceOnly = false, string? Head = null, string? Of = null);

/// <summary>The names of the cue patterns, as written into the evidence of every quote.</summary>
internal static class CueRules
{
    public const string NameVerb = "NAME VERB";
    public const string HonorificNameVerb = "HONORIFIC NAME VERB";
    public const string VerbName = "VERB NAME";
    public const string VerbDescriptorName = "VERB DESCRIPTOR NAME";
    public const string NameAppositiveVerb = "NAME, APPOSITIVE, VERB";
    public const string RelativeClause = "NAME, who VERB";
    public const string SentenceSubject = "SUBJECT …, VERB-ING";
    public const string NameColon = "NAME: QUOTE";
    public const string ColonSubject = "SUBJECT …: QUOTE";
    public const string AccordingTo = "according to NAME";
    public const string Pronoun = "PRONOUN VERB";
    public const string IssuerNoun = "ISSUER VERB";
    public const string Role = "ROLE VERB";
    public const string Statement = "STATEMENT VERB";
    public const string Continuation = "continuation";
    public const string ReportedSpeech = "reported speech";
    public const string Heading = "heading of post";
    public const string Post = "post signature";
    public const string RepeatedQuote = "headline repeats a quotation";
}
