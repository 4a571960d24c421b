using Scandal.Core.Discrepancies;

namespace Scandal.Core.Claims;

/// <summary>Titles and roles before a name (<c>Former Mexican President</c> Vicente Fox): not part of the name.</summary>
internal static class Titles
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "former", "prime", "minister", "senator", "sen", "representative", "rep", "congressman",
        "congresswoman", "governor", "gov", "mayor", "secretary", "general", "gen", "attorney", "judge", "justice", "chief",
        "executive", "officer", "director", "chairman", "chairwoman", "chair", "chancellor", "premier", "king", "queen",
        "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "reverend", "rev", "father", "sister", "doctor",
        "dr", "mr", "mrs", "ms", "miss", "mx", "professor", "prof", "coach", "captain", "capt", "colonel", "lieutenant",
        "sergeant", "sgt", "detective", "sheriff", "ambassador", "commissioner", "speaker", "leader", "deputy", "acting",
        "late", "lord", "lady", "sir", "dame", "founder", "designer", "spokesperson", "spokesman", "spokeswoman", "singer",
        "rapper", "actor", "actress", "model", "photographer", "artist", "producer", "manager", "head", "assistant",
        "associate", "senior", "interim", "superintendent", "inspector", "constable", "agent", "trooper", "councilman",
        "councilwoman", "councillor", "councilor", "alderman", "delegate", "emir", "sheikh", "sultan", "duke", "duchess",
        "baron", "baroness", "rabbi", "imam", "pastor", "star", "striker", "midfielder", "goalkeeper", "quarterback",
    };

    /// <summary>Whether a word is a title or a role.</summary>
    public static bool IsTitle(string word) => Words.Contains(word);

    /// <summary>
    /// The index of the first word of the name in <paramref name="words"/> (from <paramref name="start"/>): after the
    /// last title of a leading run of titles and describing words (<c>Former</c>, <c>Mexican</c>, <c>White House Press</c>).
    /// <c>General Motors</c> keeps its "title".
    /// </summary>
    public static int Leading(string[] words, int start)
    {
        var last = -1;
        for (var k = start; k < words.Length - 1; k++)
        {
            if (IsTitle(words[k]))
            {
                last = k;
            }
            else if (!EnglishWords.Contains(words[k].ToLowerInvariant()))
            {
                break;
            }
        }

        if (last < 0)
        {
            return start;
        }

        // "General Motors", "General Electric": a company, not a general.
        if (last == words.Length - 2 && string.Equals(words[last], "General", StringComparison.Ordinal) && EnglishWords.Contains(words[^1].ToLowerInvariant()))
        {
            return start;
        }

        return last + 1;
    }
}
