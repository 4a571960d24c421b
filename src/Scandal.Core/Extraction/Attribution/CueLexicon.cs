namespace Scandal.Core.Extraction.Attribution;

/// <summary>
/// The words the attribution grammar reads, in the languages it knows. Nothing here names a person, outlet or story;
/// the lists are closed classes (verbs, titles, prepositions, nationalities), not a gazetteer of speakers.
/// </summary>
internal static class CueLexicon
{
    /// <summary>
    /// Speech verbs of the languages that may leave their subject out (es, it, pt): <c>«…», añadió.</c> reads like "she
    /// added". The past forms news copy uses, and a few present plurals.
    /// </summary>
    public static readonly HashSet<string> SubjectDroppingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        // es
        "dijo", "afirmó", "declaró", "aseguró", "explicó", "añadió", "agregó", "señaló", "dice", "afirma", "informó",
        "anunció", "indicó", "advirtió", "lamentó", "confirmó", "reconoció", "insistió", "respondió", "contó", "sostuvo",
        "publicó", "escribió", "aseguran", "afirman", "dicen", "señalan",
        // es, verbs that frame a characterisation or a fragment ("calificó de «…»", "habló de «…»")
        "calificó", "definió", "denunció", "habló",
        // it
        "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "afferma", "annunciato", "sottolineato",
        "pubblicato", "scritto", "commentato", "confermato", "ammesso", "risposto", "raccontato", "affermano",
        // it, framing verbs ("ha definito «…»", "ha parlato di «…»")
        "definito", "parlato", "denunciato",
        // pt
        "disse", "afirmou", "declarou", "explicou", "acrescentou", "diz", "informou", "anunciou", "contou",
        "confirmou", "respondeu", "publicou", "escreveu", "garantiu", "afirmam", "dizem",
        // pt, framing verbs ("classificou de «…»")
        "classificou", "definiu",
    };

    /// <summary>
    /// Past participles of speech verbs that are a cue only after an auxiliary of the compound past (es <c>ha
    /// declarado</c>, <c>han indicado</c>; it <c>ha ribadito</c>): alone they may be adjectives ("el incendio declarado
    /// el miércoles"). Spanish and Italian drop their subjects, so these read like "she has said". See
    /// <see cref="PerfectAuxiliaries"/>.
    /// </summary>
    public static readonly HashSet<string> SubjectDroppingParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        // es
        "dicho", "declarado", "afirmado", "asegurado", "explicado", "añadido", "agregado", "señalado", "indicado",
        "informado", "anunciado", "advertido", "lamentado", "confirmado", "reconocido", "insistido", "respondido",
        "contado", "sostenido", "subrayado", "destacado", "manifestado", "apuntado", "comentado", "recordado",
        "reiterado", "precisado", "aclarado", "admitido", "expresado", "relatado", "revelado", "denunciado",
        "criticado", "calificado", "definido", "hablado", "pedido", "reclamado", "escrito", "publicado", "avisado",
        "alertado", "concluido", "defendido", "remarcado", "matizado", "valorado", "opinado", "prometido", "garantizado",
        // it (the common ones are in SubjectDroppingVerbs already)
        "ribadito", "precisato", "osservato", "evidenziato", "rimarcato", "assicurato", "avvertito", "chiesto",
        "ricordato", "concluso", "replicato",
    };

    /// <summary>Past participles of French speech verbs that are a cue only after "avoir" (<c>a martelé</c>, <c>ont rappelé</c>).</summary>
    public static readonly HashSet<string> StatedSubjectParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "rappelé", "martelé", "regretté", "jugé", "prévenu", "averti", "lancé", "admis", "déploré", "promis", "répété",
        "poursuivi", "conclu", "témoigné", "commenté", "plaidé", "réagi", "tranché", "lâché", "glissé", "résumé",
    };

    /// <summary>
    /// Forms of the auxiliary of the compound past, written lower case (es haber, it avere, fr avoir, pt ter): the word
    /// right before a participle of <see cref="SubjectDroppingParticiples"/> or <see cref="StatedSubjectParticiples"/>.
    /// </summary>
    public static readonly HashSet<string> PerfectAuxiliaries = new(StringComparer.Ordinal)
    {
        // es
        "ha", "han", "había", "habían", "habría", "habrían", "hubiera", "hubieran", "haya", "hayan", "has", "hemos",
        // it
        "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano",
        // fr
        "a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ayant",
    };

    /// <summary>Words that may stand between an auxiliary and its participle ("ha también señalado", "a-t-il déjà dit").</summary>
    public static readonly HashSet<string> PerfectInterjections = new(StringComparer.Ordinal)
    {
        "también", "ya", "además", "hoy", "anche", "già", "poi", "inoltre", "aussi", "déjà", "encore", "ensuite", "t", "il",
        "elle", "ils", "elles", "on",
    };

    /// <summary>
    /// Speech verbs of the languages that always state their subject (fr, de, nl): with no subject read, the speaker
    /// is unknown rather than left out.
    /// </summary>
    public static readonly HashSet<string> StatedSubjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        // fr (after the auxiliary: "a déclaré", "a-t-il dit")
        "déclaré", "dit", "affirmé", "expliqué", "ajouté", "souligné", "déclare", "affirme", "explique", "ajoute",
        "indiqué", "estimé", "appelé", "assuré", "confié", "précisé", "répondu", "reconnu", "insisté", "annoncé", "écrit",
        "assure", "estime", "indique", "précise", "raconte", "raconté", "confie", "assurent", "affirment", "confirmé",
        // de
        // fr, verbs that frame a characterisation or a fragment ("a qualifié de « … »", "a parlé de « … »", "dénonce « … »")
        "qualifié", "qualifie", "parlé", "dénoncé", "dénonce", "évoqué",
        // de
        "sagte", "erklärte", "betonte", "sagt", "erklärt", "fügte", "sprach", "kritisierte", "warnte", "schrieb", "meinte",
        "betont", "spricht",
        // de, framing verbs ("nannte den Streik „…“", "bezeichnete ihn als „…“")
        "nannte", "nennt", "bezeichnete", "bezeichnet",
        // nl
        "zei", "verklaarde", "zegt", "voegde", "aldus", "schreef", "benadrukte",
        // nl, framing verbs ("noemde het „…“", "sprak van „…“")
        "noemde", "noemt", "sprak", "spreekt",
    };

    /// <summary>
    /// German prepositions that open a sentence capitalised, and "Angaben" of "nach Angaben" ("according to"): they
    /// open no name ("Nach Angaben des Verbandes" is no organisation called "Nach Angaben").
    /// </summary>
    public static readonly HashSet<string> ForeignLeadingNonNames = new(StringComparer.Ordinal)
    {
        "Nach", "Angaben", "Bei", "Mit", "Vom", "Zum", "Zur", "Für", "Aus", "Auf", "Seit", "Wegen", "Trotz",
    };

    /// <summary>Speech verbs of other languages, read with the English grammar: both lists above.</summary>
    public static readonly HashSet<string> ForeignSpeechVerbs = new(SubjectDroppingVerbs.Concat(StatedSubjectVerbs), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "according to" in other languages, one word before the source (<c>selon Rachid Benali</c>, <c>según la ministra</c>,
    /// <c>laut Vogt</c>, <c>volgens Smeets</c>). See <see cref="ClauseOpeningAccordingTo"/> for the ambiguous ones.
    /// </summary>
    public static readonly HashSet<string> ForeignAccordingTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "selon", "según", "segun", "laut", "secondo", "segundo", "volgens", "conforme",
    };

    /// <summary>
    /// Words of <see cref="ForeignAccordingTo"/> that also mean something else ("segundo": second; "conforme": in
    /// keeping with): read as "according to" only when they open a clause ("Segundo o zagueiro Felipe Nunes, …").
    /// </summary>
    public static readonly HashSet<string> ClauseOpeningAccordingTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "segundo", "conforme",
    };

    /// <summary>Third-person subject pronouns of other languages ("a-t-il", "sagte sie", "ella dijo", "zei hij").</summary>
    public static readonly HashSet<string> ForeignPersonPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "il", "elle", "er", "sie", "él", "ella", "ele", "ela", "hij", "zij",
    };

    /// <summary>Verbs whose object is the listener ("told the Evening Standard"): the speaker is never after them.</summary>
    public static readonly HashSet<string> ListenerVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "told", "tell", "tells", "telling", "asked", "asks", "ask", "urged", "urges", "assured", "assures", "warned", "warns", "thanked",
        "praised", "praises", "hailed", "hails", "criticised", "criticized", "criticises", "criticizes",
    };

    /// <summary>Verbs of answering: their speaker is not the one who asked the question before.</summary>
    public static readonly HashSet<string> ReplyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "replied", "replies", "reply", "answered", "answers", "answer", "responded", "responds", "retorted", "retorts",
        "répondu", "répond", "respondió", "responde", "rispose", "risposto", "respondeu", "antwortete", "antwortet",
        "antwoordde",
    };

    /// <summary>Verbs by which a publication reports: its subject is the reporting outlet, never the speaker.</summary>
    public static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "reports", "reporting", "citing", "cited", "via", "learned", "obtained", "revealed",
    };

    /// <summary>Honorifics and short titles written with a full stop before a name; the full stop ends no sentence.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "cmdr", "adm",
        "rev", "hon", "supt", "insp", "det", "gda", "cpl", "pte", "brig", "cr", "cllr", "atty", "pres", "amb", "fr", "sr", "jr", "st", "mme", "mlle", "sra", "srta",
        "messrs", "no", "vs", "inc", "co", "corp", "ltd", "bros", "dept", "univ", "est", "approx", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "al",
    };

    /// <summary>Titles written without a full stop that come before a name ("Sir", "Dame"); not part of the name.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "sir", "dame", "lord", "lady", "senator", "judge", "justice", "mayor", "governor", "president", "minister", "premier",
        "chancellor", "secretary", "chief", "coach", "professor", "doctor", "detective", "sergeant", "officer", "captain",
        "commissioner", "councillor", "councilor", "ambassador", "bishop", "rabbi", "imam", "pastor", "father", "sister",
        "brother", "king", "queen", "prince", "princess", "general", "colonel", "inspector", "superintendent", "constable",
        "miss", "madam", "señor", "señora", "don", "doña", "herr", "frau", "monsieur", "madame", "signor", "signora",
        "dott", "senhor", "senhora", "meneer", "mevrouw", "ministra", "ministro", "ministre", "minister", "präsident",
        "ministerin", "präsidentin", "kanzlerin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "politiker",
        "politikerin", "abgeordnete", "abgeordneter", "bürgermeisterin",
        "presidente", "président", "président", "premier", "alcalde", "alcaldesa", "bürgermeister", "maire", "sindaco",
        "prefeito", "burgemeester", "representative", "congressman", "congresswoman", "mp", "mep", "speaker", "técnico",
        "frontman", "frontwoman", "chair", "chairman", "chairwoman", "ceo", "director", "leader", "spokesperson",
        "spokesman", "spokeswoman", "head", "boss", "deputy", "attorney", "prosecutor", "sheriff", "superintendent",
        "skipper", "cr", "cllr", "analyst",
    };

    /// <summary>Lower-case particles inside a name ("Ministry of Health", "Marieke de Wit", "Ludwig van Beek").</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "du", "des", "ter", "te",
    };

    /// <summary>Indefinite determiners: "a source", "one man", "une patiente" name an unnamed speaker by role.</summary>
    public static readonly HashSet<string> Indefinites = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "um", "uma", "een",
    };

    /// <summary>Determiners and possessives that open a descriptor ("said the ministra", "dijo la ministra").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
        "el", "la", "los", "las", "un", "una", "le", "les", "l", "une", "der", "die", "das", "den", "dem", "des", "ein",
        "eine", "einer", "il", "lo", "gli", "uno", "o", "os", "as", "um", "uma", "de", "het", "een", "sua", "seu", "su", "sus",
    };

    /// <summary>Words that end a descriptor phrase after an inverted verb ("said Kim in a statement").</summary>
    public static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "to", "during", "after", "before", "when", "while", "that", "as", "about", "with", "via",
        "through", "outside", "inside", "who", "which", "whose", "where", "told", "adding", "but", "because",
        "since", "from", "into", "last", "this", "on", "en", "dans", "durante", "nach", "während", "bei", "que", "dass",
        "che", "dat", "tijdens", "após", "pendant", "per", "despite", "ao", "aos", "à", "às", "au", "aux", "alla",
        "allo", "ai", "agli", "zum", "zur", "gegenüber", "tegen", "aan", "com", "con", "avec", "mit", "met", "para", "pour",
        "für", "voor", "em", "nel", "nella", "im", "sur", "auf", "su", "though", "although", "if", "by", "over", "under",
        "yesterday", "today", "tonight", "earlier", "later", "recently", "previously", "afterwards", "then",
        "bij",
    };

    /// <summary>Prepositions (and "told") after which a name is a listener, a channel or a topic, never a subject.</summary>
    public static readonly HashSet<string> ObjectMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "about", "with", "on", "in", "at", "via", "across", "onto", "from", "by", "for", "against", "of", "toward",
        "towards", "told", "tell", "tells", "telling", "thanked", "thank", "blamed", "criticised", "criticized",
        "attacked", "praised", "sued", "met", "joined", "like", "than", "into", "over", "under", "between", "among",
        "behind", "through", "without", "apologise", "apologize", "apologised", "apologized", "interviewed", "called",
        "asked", "accused", "des", "du", "del", "della", "dello", "dei", "degli", "do", "dos", "da",
    };

    /// <summary>Role nouns for people: "the judge said" names the judge, not a place inside the phrase.</summary>
    public static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "judge", "justice", "staff", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
        "representative", "rep", "lawyer", "lawyers", "counsel", "attorney", "attorneys", "prosecutor", "prosecutors", "officer",
        "officers", "mayor", "minister", "governor", "senator", "president", "premier", "chancellor", "secretary",
        "coroner", "doctor", "doctors", "nurse", "nurses", "expert", "experts", "researcher", "researchers", "author",
        "authors", "analyst", "analysts", "economist", "economists", "scientist", "scientists", "source", "sources",
        "witness", "witnesses", "resident", "residents", "neighbour", "neighbor", "neighbours", "neighbors", "organiser",
        "organisers", "organizer", "organizers", "protester", "protesters", "manager", "director", "chair", "chairman",
        "chairwoman", "ceo", "founder", "owner", "teacher", "principal", "chief", "captain", "coach", "detective",
        "inspector", "sheriff", "commissioner", "councillor", "councilor", "ambassador", "leader", "leaders", "executive",
        "executives", "investigators", "paramedics", "firefighters", "authorities", "regulator", "regulators",
        "ministra", "ministro", "ministre", "portavoz", "porte-parole", "sprecher", "sprecherin", "portavoce",
        "porta-voz", "woordvoerder", "juez", "jueza", "juge", "richter", "richterin", "giudice", "juiz", "juíza",
        "rechter", "alcalde", "alcaldesa", "maire", "bürgermeister", "sindaco", "prefeito", "burgemeester", "presidente",
        "président", "präsident", "premier", "worker", "workers", "student", "students", "fan", "fans", "user", "users",
        "victim", "victims", "survivor", "mother", "father", "parent", "parents", "owner", "owners", "farmer",
        "farmers", "players", "player", "driver", "customer", "customers", "employee", "employees",
        "insider", "pal", "friend", "agent", "aide", "ally", "relative", "colleague", "producer", "boss", "islander",
        "fuentes", "sources", "fonti", "fontes", "quellen", "bronnen",
        // de: the role nouns an epithet uses ("die Ministerin", "der Vorsitzende")
        "ministerin", "präsidentin", "kanzlerin", "bürgermeisterin", "politiker", "politikerin", "vorsitzende",
        "vorsitzender", "chefin", "abgeordnete", "abgeordneter", "anwalt", "anwältin",
    };

    private static readonly string[] TitleEndings =
    [
        "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "kanzler", "kanzlerin",
        "direktor", "direktorin", "vorsitzende", "vorsitzender", "senator", "senatorin", "chef", "chefin", "leiter", "leiterin",
        "sekretär", "sekretärin", "vorstand", "vorständin", "führer", "führerin", "politiker", "politikerin", "beauftragte",
        "beauftragter", "experte", "expertin", "anwalt", "anwältin", "berater", "beraterin", "kommissar", "kommissarin",
        "botschafter", "botschafterin", "abgeordnete", "abgeordneter", "managerin", "trainerin", "bürgermeisterin",
        "ratsmitglied", "rätin",
    ];

    /// <summary>
    /// A German compound title ("Finanzministerin", "Bundeskanzler", "Personalvorstand", "Verbandssprecher",
    /// "FDP-Politiker"): a title, not part of the name. German capitalises every noun, so a role noun before a name is
    /// known by its last element.
    /// </summary>
    public static bool IsCompoundTitle(string word)
    {
        if (word.Length >= 8 && word.EndsWith("rat", StringComparison.Ordinal) && char.IsUpper(word[0]))
        {
            return true; // "Betriebsrat", "Stadtrat" (a short name such as "Murat" is no compound)
        }

        foreach (var ending in TitleEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role a German compound title ends in ("verkehrsminister" → "minister"), or null.</summary>
    public static string? CompoundTitleEnding(string word)
    {
        foreach (var ending in TitleEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && !word.EndsWith("-" + ending, StringComparison.OrdinalIgnoreCase))
            {
                return ending;
            }
        }

        return null;
    }

    /// <summary>Occupations printed before a name like a title ("Engineer Priya Halvorsen", "farmer Osric Penhale").</summary>
    public static readonly HashSet<string> Occupations = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "farmer", "guitarist", "drummer", "bassist", "pianist", "violinist", "musician", "songwriter",
        "composer", "artist", "painter", "sculptor", "writer", "novelist", "poet", "journalist", "editor", "columnist",
        "historian", "architect", "pilot", "sailor", "fisherman", "fisher", "miner", "builder", "plumber", "electrician",
        "mechanic", "baker", "butcher", "chef", "cook", "waiter", "waitress", "bartender", "cashier", "clerk", "lawyer",
        "attorney", "barrister", "solicitor", "accountant", "banker", "broker", "trader", "investor", "entrepreneur",
        "economist", "analyst", "scientist", "researcher", "biologist", "chemist", "physicist", "epidemiologist",
        "physician", "surgeon", "nurse", "midwife", "paramedic", "pharmacist", "dentist", "therapist", "psychologist",
        "psychiatrist", "teacher", "lecturer", "student", "athlete", "runner", "swimmer", "cyclist", "striker",
        "goalkeeper", "midfielder", "defender", "quarterback", "boxer", "wrestler", "skater", "skier", "climber",
        "activist", "campaigner", "organiser", "organizer", "volunteer", "resident", "homeowner", "landlord", "tenant",
        "shopkeeper", "owner", "co-founder", "cofounder", "founder", "veteran", "retiree", "pensioner", "influencer",
        "comedian", "dancer", "filmmaker", "director", "screenwriter", "playwright", "photographer", "designer",
        "stylist", "model", "spokesperson", "spokesman", "spokeswoman", "lead", "author", "co-author", "professor",
        "councillor", "councilor", "alderman", "trustee", "coroner", "magistrate", "constable", "firefighter", "driver",
        "worker", "labourer", "laborer", "nanny", "carer", "caregiver", "technician", "developer", "programmer",
        "consultant", "strategist", "pollster", "economist", "ecologist", "geologist", "meteorologist", "forecaster",
        "manager", "supervisor", "foreman", "dockworker", "trucker", "ranger", "warden", "guard", "officer", "detective",
        "popstar", "superstar", "rocker", "presenter", "socialite", "starlet",
    };

    /// <summary>Issuer nouns for an organisation: "the company said" names the organisation the article is about.</summary>
    public static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "brand", "company", "firm", "label", "house", "retailer", "studio", "publisher", "network", "agency", "group",
        "organization", "organisation", "org", "maker", "manufacturer", "carrier", "airline", "bank", "chain", "startup",
        "giant", "business", "corporation", "operator", "provider", "developer", "charity", "platform", "app", "service",
        "insurer", "lender", "automaker", "carmaker", "broadcaster", "outlet", "empresa", "compañía", "marca",
        "entreprise", "société", "marque", "unternehmen", "firma", "konzern", "azienda", "società", "empresa", "bedrijf",
        "merk", "club", "clube", "team", "squadra", "equipo", "verein", "ploeg",
    };

    /// <summary>Institution nouns: "the commission said" names the commission the article named, else the role.</summary>
    public static readonly HashSet<string> InstitutionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "commission", "council", "ministry", "department", "office", "court", "police", "government", "administration",
        "committee", "board", "union", "university", "school", "hospital", "authority", "agency", "party", "campaign",
        "team", "club", "league", "federation", "association", "foundation", "institute", "city", "county", "state",
        "province", "municipality", "district", "army", "military", "embassy", "parliament", "senate", "congress",
        "federal", "regulator", "tribunal", "panel", "cabinet", "ministerio", "gobierno", "ministère", "gouvernement",
        "ministerium", "regierung", "ministero", "governo", "ministério", "ministerie", "regering", "polizei", "policía",
        "inspectorate", "confederation", "watchdog", "directorate", "bureau", "secretariat", "trust", "chamber", "guild",
        "coalition", "alliance", "syndicate", "consortium",
        // fr, es, it, nl (lower case mid-sentence): "la direction", "l'agence régionale de santé", "el sindicato"
        "direction", "agence", "syndicat", "fédération", "mairie", "préfecture", "sindicato", "federación", "asociación",
        "ayuntamiento", "sindacato", "federazione", "associazione", "vereniging", "stichting", "gemeente",
    };

    /// <summary>
    /// Causative verbs before an infinitive of telling: French <c>a fait savoir</c>, Dutch <c>liet … weten</c> ("let it
    /// be known") report a statement like "announced".
    /// </summary>
    public static readonly HashSet<string> Causatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "fait", "faire", "fera", "fit", "font", "liet", "laat", "lieten", "laten",
    };

    /// <summary>
    /// Whether a lower-case particle joins the name word before it to the one after. German "der"/"den"/"dem" are
    /// articles ("am Montag den Güterverkehr der Bahn" is no name): they join only after "von"/"van"/"ter"/"ten"
    /// ("Van den Berg") or after an organisation's noun ("Verband der Verlader", "Bund der Steuerzahler").
    /// </summary>
    public static bool ParticleJoins(string particle, string before)
    {
        if (particle is not ("der" or "den" or "dem"))
        {
            return true;
        }

        return before.Equals("von", StringComparison.OrdinalIgnoreCase) || before.Equals("van", StringComparison.OrdinalIgnoreCase)
            || before.Equals("ter", StringComparison.OrdinalIgnoreCase) || before.Equals("ten", StringComparison.OrdinalIgnoreCase)
            || (particle is "der" && IsOrganisationHead(before));
    }

    /// <summary>A noun for an organisation, or a German compound ending in one ("Lokführergewerkschaft", "Branchenverband").</summary>
    public static bool IsOrganisationHead(string word)
    {
        if (OrganisationNouns.Contains(word) || InstitutionNouns.Contains(word))
        {
            return true;
        }

        foreach (var ending in OrganisationEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OrganisationEndings =
        ["gewerkschaft", "verband", "verbandes", "verein", "vereins", "partei", "konzern", "unternehmen", "behörde", "ministerium", "bund", "bundes", "kammer", "rat", "amt", "amtes"];

    /// <summary>Dutch "let know": <c>liet de vereniging weten</c>, the subject between the verb and its infinitive.</summary>
    public static readonly HashSet<string> LetVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "liet", "laat", "lieten", "laten",
    };

    /// <summary>Infinitives of telling after a causative verb (<c>fait savoir</c>, <c>liet weten</c>).</summary>
    public static readonly HashSet<string> CausativeInfinitives = new(StringComparer.OrdinalIgnoreCase)
    {
        "savoir", "weten",
    };

    /// <summary>Conjunctions that join a second verb to the subject of the first ("and", "und", "et", "y", "e", "en").</summary>
    public static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "and", "und", "et", "y", "e", "en",
    };

    /// <summary>
    /// German determiners that mark an object, never a subject (accusative "den", dative "dem"): after a verb they open
    /// what is said or to whom, not who speaks ("nannte den Streik", "sagte dem Sender").
    /// </summary>
    public static readonly HashSet<string> ObjectDeterminers = new(StringComparer.Ordinal)
    {
        "den", "dem",
    };

    /// <summary>Endings of nouns for a publication or broadcaster ("der Zeitung", "dem Radiosender"): a listener after a verb.</summary>
    public static bool IsPublicationNoun(string word)
    {
        if (PublicationNouns.Contains(word))
        {
            return true;
        }

        foreach (var ending in PublicationEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PublicationEndings = ["zeitung", "sender", "agentur", "magazin", "blatt", "rundfunk", "fernsehen"];

    /// <summary>Words that mark a multi-word capitalised name as an organisation, not a person.</summary>
    public static readonly HashSet<string> OrganisationNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "holdings", "partners", "bank",
        "authority", "commission", "council", "ministry", "department", "office", "court", "police", "government",
        "committee", "board", "union", "university", "college", "school", "hospital", "agency", "party", "association",
        "foundation", "institute", "society", "federation", "league", "club", "network", "news", "times", "post", "press",
        "journal", "herald", "tribune", "guardian", "telegraph", "standard", "globe", "gazette", "daily", "weekly",
        "magazine", "radio", "television", "tv", "media", "health", "services", "service", "centre", "center", "trust",
        "fund", "airlines", "airways", "motors", "energy", "systems", "technologies", "labs", "studios", "records",
        "entertainment", "pictures", "foods", "brands", "international", "global", "national", "federal", "city",
        "county", "state", "republic", "kingdom", "united", "nations", "army", "navy", "forces", "assembly", "parliament",
        "senate", "congress", "house", "museum", "library", "church", "stories", "reels", "live",
    };

    /// <summary>
    /// Last words that head the name of a place, a club or a firm ("Hartwell Town", "Kurrajong Reserve", "Pallisade
    /// Freight"); some are also surnames, so a name ending in one is a person only when the article shows it is one.
    /// </summary>
    public static readonly HashSet<string> PlaceOrOrganisationHeads = new(StringComparer.Ordinal)
    {
        "Town", "City", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Reserve", "Park", "Street", "Road",
        "Avenue", "Square", "Lane", "Stadium", "Arena", "Airport", "Station", "Bridge", "Gardens", "Beach", "River", "Estate",
        "Freight", "Logistics", "Protection", "Security", "Insurance", "Industries", "Projects", "Properties", "Parcels",
        "Transport", "Rail", "Infrastructure", "Construction", "Pharmaceuticals", "Mining", "Resources", "Solutions",
        "Ventures", "Enterprises", "Capital", "Retail", "Council", "Ministry", "Department", "Police", "Group", "Holdings",
        "Ltd", "Inc", "News",
    };

    /// <summary>Words that mark a name as a public institution ("Supreme Court"), which "the company" never names.</summary>
    public static readonly HashSet<string> InstitutionNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "court", "ministry", "department", "police", "government", "committee", "council", "commission", "authority",
        "university", "college", "school", "hospital", "parliament", "senate", "congress", "army", "navy", "assembly",
        "house", "office", "agency", "tribunal", "museum", "library", "church", "state", "city", "county",
    };

    /// <summary>Nationalities and a few continents/countries: an adjective of nationality or a country is no speaker.</summary>
    public static readonly HashSet<string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        "american", "british", "english", "scottish", "welsh", "irish", "canadian", "australian", "french", "german",
        "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish",
        "finnish", "polish", "czech", "russian", "ukrainian", "chinese", "japanese", "korean", "indian", "pakistani",
        "iranian", "iraqi", "israeli", "palestinian", "turkish", "greek", "egyptian", "saudi", "mexican", "brazilian",
        "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban", "nigerian", "kenyan", "african",
        "european", "asian", "arab", "syrian", "afghan", "lebanese", "hungarian", "romanian", "serbian", "croatian",
        "vietnamese", "thai", "indonesian", "filipino", "peruvian", "scandinavian", "latino", "hispanic", "western",
        "eastern", "northern", "southern", "china", "russia", "ukraine", "germany", "france", "britain", "england",
        "scotland", "wales", "ireland", "canada", "america", "japan", "india", "iran", "iraq", "israel", "italy", "spain",
        "mexico", "brazil", "australia", "europe", "africa", "asia", "korea", "taiwan", "turkey", "egypt", "syria",
        "gaza", "poland", "sweden", "norway", "denmark", "finland", "greece", "portugal", "netherlands", "belgium",
        "switzerland", "austria", "argentina", "chile", "colombia", "venezuela", "cuba", "nigeria", "kenya", "pakistan",
        "afghanistan", "lebanon", "vietnam", "thailand", "indonesia", "philippines", "us", "usa", "uk", "eu", "united",
        "states", "kingdom", "emirates", "zealand", "south", "north", "hong", "kong",
        "deutsch", "deutsche", "deutschen", "française", "français", "español", "española", "italiano", "italiana",
        "brasileiro", "brasileira", "nederlandse",
        "estonian", "latvian", "lithuanian", "slovak", "slovenian", "bulgarian", "icelandic", "maltese", "cypriot",
        "moroccan", "algerian", "tunisian", "libyan", "ethiopian", "somali", "sudanese", "ghanaian", "zimbabwean",
        "ugandan", "tanzanian", "rwandan", "congolese", "senegalese", "jordanian", "emirati", "qatari", "kuwaiti",
        "yemeni", "kurdish", "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "tibetan", "nepali", "nepalese",
        "bangladeshi", "burmese", "cambodian", "malaysian", "singaporean", "bolivian", "ecuadorian", "paraguayan",
        "uruguayan", "guatemalan", "honduran", "salvadoran", "nicaraguan", "panamanian", "haitian", "jamaican",
        "catalan", "basque", "flemish", "bavarian", "sicilian", "estonia", "latvia", "lithuania", "slovakia",
        "slovenia", "bulgaria", "iceland", "malta", "cyprus", "morocco", "algeria", "tunisia", "libya", "ethiopia",
        "somalia", "sudan", "ghana", "zimbabwe", "uganda", "tanzania", "rwanda", "congo", "senegal", "qatar",
        "kuwait", "yemen", "armenia", "azerbaijan", "kazakhstan", "uzbekistan", "mongolia", "nepal", "bangladesh",
        "myanmar", "cambodia", "malaysia", "singapore", "bolivia", "ecuador", "paraguay", "uruguay", "peru", "romania",
        "hungary", "serbia", "croatia", "czechia",
    };

    /// <summary>Adverbs and auxiliaries that may stand between a subject and its verb in other languages.</summary>
    public static readonly HashSet<string> ForeignFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "ha", "hat", "heeft", "também", "también", "aussi", "auch", "anche", "ook", "t", "il", "elle", "ya",
    };

    /// <summary>Nouns for a publication: the name right after them ("la revista Semana Rosa", "the magazine Vogue") is media.</summary>
    public static readonly HashSet<string> PublicationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "magazine", "newspaper", "tabloid", "revista", "periódico", "diario", "hebdomadaire", "quotidien",
        "zeitung", "zeitschrift", "magazin", "giornale", "quotidiano", "settimanale", "rivista", "jornal", "krant",
        "tijdschrift", "weekblad", "dagblad",
    };

    /// <summary>
    /// Honours and offices written after a name ("Nicola Frayne KC", "Ann Lee MP", "Tom Reyes OBE"): read with the name
    /// but no part of it, so the person keeps one name with and without them.
    /// </summary>
    public static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "MPP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS", "Esq",
    };
}
