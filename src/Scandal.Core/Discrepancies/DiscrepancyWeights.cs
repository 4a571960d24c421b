namespace Scandal.Core.Discrepancies;

/// <summary>
/// What a discrepancy costs in the fidelity formula, in word-equivalents: Typography 0; Typo and
/// Reordering 0.5 per word; Truncation 0.25 per cut; Substitution, Omission, Insertion and Paraphrase 1 per word, and
/// <see cref="MaterialPerWord"/> per material word (a changed number, negation, name, modal). Signalled and contested
/// discrepancies weigh 0 (the classifier decides those).
/// </summary>
internal static class DiscrepancyWeights
{
    /// <summary>The weight of each material word.</summary>
    public const double MaterialPerWord = 2;

    /// <param name="kind">The kind.</param>
    /// <param name="words">The words it touches.</param>
    /// <param name="materialWords">How many of them are material.</param>
    public static double Of(DiscrepancyKind kind, int words, int materialWords = 0) => kind switch
    {
        DiscrepancyKind.Typography => 0,
        DiscrepancyKind.Typo => 0.5 * words,
        DiscrepancyKind.Reordering => 0.5 * words,
        DiscrepancyKind.Truncation => 0.25,
        DiscrepancyKind.Paraphrase => words + ((MaterialPerWord - 1) * Math.Min(words, materialWords)),
        _ => materialWords > 0 ? MaterialPerWord * words : words,
    };
}
