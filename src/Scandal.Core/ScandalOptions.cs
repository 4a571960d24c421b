using Scandal.Core.Extraction;

namespace Scandal.Core;

/// <summary>Settings for the whole pipeline, used by <see cref="ScandalEngine"/> and <c>AddScandal</c>.</summary>
/// <remarks>Build once; an engine copies what it needs and does not observe later changes.</remarks>
public sealed class ScandalOptions
{
    /// <summary>Settings for quote extraction.</summary>
    /// <value>Defaults to <see cref="ExtractionOptions.Default"/>.</value>
    public ExtractionOptions Extraction { get; set; } = ExtractionOptions.Default;

    /// <summary>How many threads may work on one batch; results are identical whatever the value.</summary>
    /// <value>Defaults to <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Whether to cross-check names, amounts and dates across the articles (see <see cref="Claims.ClaimChecker"/>).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CheckClaims { get; set; } = true;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Extraction);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Extraction.FragmentMaxWords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Extraction.MaxQuoteLength, 16);
    }
}
