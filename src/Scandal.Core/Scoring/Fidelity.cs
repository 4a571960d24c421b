namespace Scandal.Core.Scoring;

/// <summary>The fidelity formula of a rendering (see <see cref="Witness.Fidelity"/>).</summary>
internal static class Fidelity
{
    /// <summary><c>max(0, 1 − penalty / max(1, covered words))</c>; <see langword="null"/> for a single-source statement.</summary>
    public static double? Of(double penalty, int coveredWords, bool singleSource) =>
        singleSource ? null : Math.Clamp(1 - (penalty / Math.Max(1, coveredWords)), 0, 1);
}
