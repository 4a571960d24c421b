namespace Scandal.Core;

/// <summary>The stages of a cross-check (<see cref="ScandalEngine"/>), in the order they run.</summary>
public enum CrossCheckStage
{
    /// <summary>Reading the names, amounts and dates of every article (skipped when <see cref="ScandalOptions.CheckClaims"/> is off).</summary>
    Claims,

    /// <summary>Finding the quotations of every article.</summary>
    Extract,

    /// <summary>Grouping the quotations into statements, rebuilding each consensus and classifying the discrepancies.</summary>
    Align,

    /// <summary>Scoring every outlet and assembling the report.</summary>
    Score,
}
