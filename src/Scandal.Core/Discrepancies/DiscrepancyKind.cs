namespace Scandal.Core.Discrepancies;

/// <summary>
/// How a rendering of a statement departs from the consensus wording. A closed set: every departure is exactly one
/// of these. The weight each kind carries in the fidelity formula (a witness's fidelity) is given in brackets; a material change (a number, a negation, a name, a
/// modal) weighs 2 per word.
/// </summary>
public enum DiscrepancyKind
{
    /// <summary>Style: dash or quote-mark style, "&amp;" for "and", letter case, British/American spelling, a contraction, a
    /// censored word; <see cref="Discrepancy.Reason"/> says which [0: never counts].</summary>
    Typography,

    /// <summary>A misspelled word, not an English word, close to the consensus word: "satefy" for "safety" [0.5 per word].</summary>
    Typo,

    /// <summary>Another word in place of the consensus word: "those" for "the" [1 per word; 2 when material].</summary>
    Substitution,

    /// <summary>Words of the statement dropped inside the rendering [1 per word].</summary>
    Omission,

    /// <summary>Words added to the rendering that the statement does not have [1 per word].</summary>
    Insertion,

    /// <summary>The same words in another order: "should never have" for "should have never" [0.5 per word].</summary>
    Reordering,

    /// <summary>The rendering starts or stops inside a sentence of the statement: partial quoting, usually legitimate [0.25 per cut].</summary>
    Truncation,

    /// <summary>A stretch reworded (three or more words changed together), or the whole rendering [1 per word].</summary>
    Paraphrase,
}
