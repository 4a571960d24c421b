using Scandal.Core.Alignment;

namespace Scandal.Core.Scoring;

/// <summary>How much the documents quoting a statement agree (see <see cref="Statement.Agreement"/>).</summary>
internal static class Agreement
{
    /// <summary>Mean, over consensus words quoted by two documents or more, of supporting / covering documents; null when there are none.</summary>
    public static double? Of(IReadOnlyList<ConsensusWord> words)
    {
        double sum = 0;
        var n = 0;
        foreach (var w in words)
        {
            if (!w.IsGap && w.CoveringDocuments >= 2)
            {
                sum += (double)w.SupportingDocumentIds.Count / w.CoveringDocuments;
                n++;
            }
        }

        return n == 0 ? null : sum / n;
    }
}
