namespace Scandal.Core.Extraction;

/// <summary>The English words the extractor reads attributions with. Nothing here names a person, outlet or story.</summary>
internal static class Lexicon
{
    /// <summary>Verbs that attribute words to a speaker (all forms).</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "write", "writes", "wrote", "written", "writing", "add", "adds", "added", "adding",
        "continue", "continues", "continued", "continuing", "explain", "explains", "explained", "explaining", "confirm",
        "confirms", "confirmed", "tell", "tells", "told", "state", "states", "stated", "stating", "announce", "announces",
        "announced", "announcing", "tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "insist", "insists",
        "insisted", "note", "notes", "noted", "declare", "declares", "declared", "claim", "claims", "claimed", "argue",
        "argues", "argued", "read", "reads", "began", "begins", "begin", "conclude", "concludes", "concluded", "concluding",
        "ask", "asks", "asked", "reply", "replies", "replied", "respond", "responds", "responded", "admit", "admits",
        "admitted", "acknowledge", "acknowledges", "acknowledged", "reveal", "reveals", "revealed", "stress", "stresses",
        "stressed", "call", "calls", "called", "calling", "describe", "describes", "described", "urge", "urges", "urged", "warn",
        "warns", "warned", "promise", "promises", "promised", "assure", "assures", "assured", "recall", "recalls",
        "recalled", "comment", "comments", "commented", "remark", "remarks", "remarked", "exclaim", "exclaimed",
        "shout", "shouted", "testify", "testified", "maintain", "maintains", "maintained", "suggest", "suggests",
        "suggested", "deny", "denies", "denied", "vow", "vows", "vowed", "pledge", "pledged", "reiterate", "reiterates",
        "reiterated", "clarify", "clarifies", "clarified", "affirm", "affirmed", "quip", "quipped", "joke", "joked",
        "pen", "penned", "caption", "captioned", "share", "shares", "shared", "sharing", "speak", "speaks", "spoke",
        "speaking", "went", "goes", "ends", "ended", "insisting", "telling", "asking", "adds", "admits", "writes",
        "posted", "emailed", "texted", "messaged", "whispered", "cried", "yelled", "sang", "chimed", "concedes", "conceded",
        "boasted", "complained", "complains", "apologized", "apologised", "apologizes", "continues", "announces",
        "déclare", "sagte", "erklärte", "dijo", "afirmó", "laughed", "laughs", "smiled", "sighed", "grinned", "beamed",
        "gushed", "gushes", "raged", "fumed", "blasted", "slammed", "blasts", "slams", "rages", "fumes", "rants",
        "ranted", "vents", "vented", "sobbed", "snapped", "hinted", "mused", "recounted",
        "insists", "observed", "predicted", "agreed", "disagreed", "countered", "objected", "pleaded", "begged", "sneered",
        "commenting", "noting", "claiming", "revealing", "admitting", "explaining", "arguing", "stressing", "confirming",
        "replying", "responding", "joking", "captioning", "gushing", "declaring", "recalling",

        // Verbs that frame a quoted fragment as their object ("the judges praised its "generosity"").
        "praised", "praises", "hailed", "hails", "criticised", "criticized", "criticises", "criticizes",
    };

    /// <summary>Speech verbs whose object is a quoted fragment about something else ("praised its "generosity""): their "its" is not the subject's own.</summary>
    public static readonly HashSet<string> FragmentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "praised", "praises", "hailed", "hails", "criticised", "criticized", "criticises", "criticizes",
    };

    /// <summary>Verbs that name a source rather than a speaker ("Page Six reported"); used only when nothing better is found.</summary>
    public static readonly HashSet<string> SourceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "reports", "reporting", "according", "via", "citing", "cited",
    };

    /// <summary>Subject pronouns.</summary>
    public static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "she", "he", "i" };

    /// <summary>Pronouns for an organisation or a group.</summary>
    public static readonly HashSet<string> GroupPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "we" };

    /// <summary>Nouns by which an article refers to the issuer of a statement ("the brand said", "the statement read").</summary>
    public static readonly HashSet<string> IssuerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "brand", "company", "org", "organization", "organisation", "firm", "label", "house", "group", "team", "club",
        "network", "agency", "ministry", "department", "office", "spokesperson", "spokesman", "spokeswoman",
        "representative", "rep", "retailer", "studio", "publisher", "union", "party", "campaign", "council", "government",
        "administration", "committee", "board", "university", "school", "hospital", "police", "court",
    };

    /// <summary>Nouns for the statement itself ("the statement continued", "the message read", "the post said").</summary>
    public static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "message", "post", "tweet", "letter", "note", "release", "memo", "email", "caption", "apology", "announcement",
        "citation",
    };

    /// <summary>Capitalised words that are not names (sentence openers, titles of sections, calendar words).</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "it",
        "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your",
        "my", "not", "no", "so", "then", "after", "before", "about", "also", "into", "over", "when", "while", "where", "what",
        "who", "why", "how", "all", "some", "many", "most", "more", "other", "such", "only", "even", "still", "now", "just",
        "there", "here", "since", "until", "however", "although", "though", "because", "during", "despite", "meanwhile",
        "lastly", "finally", "first", "later", "earlier", "yes", "okay", "ok", "update", "updated", "breaking", "read",
        "image", "photo", "source", "advertisement", "published", "originally", "reading", "time", "home", "comments",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "sir", "st", "pm", "am",
        "et", "pt", "gmt", "utc", "said", "says", "according", "following", "regarding", "speaking", "folks", "fans",
        "brands", "model", "author", "by", "one", "another", "some", "both", "each", "every", "any", "do", "does", "did",
        "can", "could", "would", "should", "will", "was", "were", "are", "be", "has", "have", "had", "let", "let’s", "let's",
        "sign", "join", "support", "remind", "powered", "like", "dear", "hi",

        // Titles and roles written before a name ("Senator Joan Roe", "Coach Ann Lee"): not part of the name.
        "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "president",
        "vice", "minister", "secretary", "chancellor", "premier", "ambassador", "commissioner", "councillor", "councilman",
        "councilwoman", "judge", "justice", "sheriff", "detective", "officer", "sergeant", "captain", "general", "colonel",
        "lieutenant", "chief", "director", "coach", "chef", "professor", "prof", "doctor", "nurse", "pastor", "father",
        "rabbi", "imam", "bishop", "pope", "prince", "princess", "king", "queen", "lord", "lady", "dame", "miss", "singer",
        "actor", "actress", "rapper", "photographer", "designer", "founder", "star", "host", "anchor", "reporter",
        "spokesperson", "spokesman", "spokeswoman", "ceo", "chairman", "chairwoman", "chair", "manager", "producer",

        // Police and military ranks abbreviated without a full stop, British and Irish style ("Det Gda Ann Roe",
        // "Sgt Lee", "Insp Kerr"): honorifics, not part of the name.
        "det", "gda", "sgt", "insp", "supt", "cpl", "lt", "capt", "pte", "brig", "cllr", "cmdr",
    };

    /// <summary>Words that may stand between a subject and its speech verb ("Kim also said", "she has since written").</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "had", "have", "then", "later", "once", "previously", "since", "further", "finally", "simply",
        "again", "publicly", "reportedly", "initially", "originally", "recently", "already", "just", "even", "would",
        "will", "could", "did", "does", "ultimately", "eventually", "by", "ends", "went", "goes", "on", "in", "a",
        "an", "her", "his", "their", "its", "own", "statement", "post", "message", "back", "out",
    };
}
