using Scandal.Core.Extraction;

namespace Scandal.Core.Alignment;

/// <summary>
/// Who the documents say made a statement. Statements are grouped by their words, so the renderings of one statement
/// may name different speakers: that is a finding (a misattribution in some outlet), not two statements.
/// </summary>
internal static class StatementSpeakers
{
    /// <summary>The speakers named by the renderings (no speaker last), most documents first, then ordinal.</summary>
    public static List<SpeakerReading> Readings(IReadOnlyList<Rendering> witnesses) => witnesses
        .GroupBy(w => w.Quote.Speaker ?? string.Empty, StringComparer.Ordinal)
        .Select(g => (Key: g.Key, Docs: g.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Count: g.Count()))
        .OrderBy(x => x.Key.Length == 0)
        .ThenByDescending(x => x.Docs.Count)
        .ThenByDescending(x => x.Count)
        .ThenBy(x => x.Key, StringComparer.Ordinal)
        .Select(x => new SpeakerReading(x.Key.Length == 0 ? null : x.Key, x.Docs))
        .ToList();

    /// <summary>The speaker most documents name (ties: more renderings, then ordinal), or null when none is named.</summary>
    public static string? Majority(List<SpeakerReading> readings) => readings.Count > 0 ? readings[0].Speaker : null;

    /// <summary>
    /// Whether two named speakers cannot be the same person: neither the same name nor the same family name
    /// ("Osei" and "Harriet Osei" agree).
    /// </summary>
    public static bool Disagree(List<SpeakerReading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            for (var j = i + 1; j < readings.Count; j++)
            {
                if (readings[i].Speaker is { } a && readings[j].Speaker is { } b && !Compatible(a, b))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The same name, or the same last word of it.</summary>
    public static bool Compatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var la = a.LastIndexOf(' ');
        var lb = b.LastIndexOf(' ');
        return (la >= 0 || lb >= 0) && a.AsSpan(la + 1).Equals(b.AsSpan(lb + 1), StringComparison.Ordinal);
    }

    /// <summary>Whether two quotations may be by one speaker (one unknown, or compatible names).</summary>
    public static bool Compatible(Quote a, Quote b) => a.Speaker is null || b.Speaker is null || Compatible(a.Speaker, b.Speaker);
}
