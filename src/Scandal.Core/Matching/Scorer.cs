namespace Scandal.Core.Matching;

/// <summary>The scorers of <see cref="Fuzz"/>, for <see cref="CachedScorer"/> and <see cref="Process"/>.</summary>
public enum Scorer
{
    /// <summary><see cref="Fuzz.Ratio(string, string, Preprocess, double)"/>.</summary>
    Ratio = 0,

    /// <summary><see cref="Fuzz.PartialRatio(string, string, Preprocess, double)"/>.</summary>
    PartialRatio = 1,

    /// <summary><see cref="Fuzz.TokenSortRatio(string, string, Preprocess, double)"/>.</summary>
    TokenSortRatio = 2,

    /// <summary><see cref="Fuzz.TokenSetRatio(string, string, Preprocess, double)"/>.</summary>
    TokenSetRatio = 3,

    /// <summary><see cref="Fuzz.PartialTokenSortRatio(string, string, Preprocess, double)"/>.</summary>
    PartialTokenSortRatio = 4,

    /// <summary><see cref="Fuzz.PartialTokenSetRatio(string, string, Preprocess, double)"/>.</summary>
    PartialTokenSetRatio = 5,

    /// <summary><see cref="Fuzz.WRatio(string, string, Preprocess, double)"/>.</summary>
    WRatio = 6,

    /// <summary><see cref="Fuzz.QRatio(string, string, Preprocess, double)"/>.</summary>
    QRatio = 7,
}
