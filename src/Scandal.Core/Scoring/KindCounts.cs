using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Scandal.Core.Discrepancies;

namespace Scandal.Core.Scoring;

/// <summary>
/// A count per <see cref="DiscrepancyKind"/>, every kind present, in the enum's order: an array of eight numbers rather
/// than a dictionary per document (a batch of a million documents holds a million of these). Immutable once made.
/// </summary>
internal sealed class KindCounts : IReadOnlyDictionary<DiscrepancyKind, int>
{
    private static readonly DiscrepancyKind[] Kinds = Enum.GetValues<DiscrepancyKind>();
    private readonly int[] counts;

    /// <summary>Takes <paramref name="counts"/> (indexed by <see cref="IndexOf"/>, nobody else holds it).</summary>
    public KindCounts(int[] counts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, Kinds.Length, nameof(counts));
        this.counts = counts;
    }

    /// <summary>How many kinds there are (the length of the array to pass in).</summary>
    public static int KindCount => Kinds.Length;

    public int Count => Kinds.Length;

    public IEnumerable<DiscrepancyKind> Keys => Kinds;

    public IEnumerable<int> Values => counts;

    public int this[DiscrepancyKind key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{key} is not a discrepancy kind.");

    /// <summary>The position of <paramref name="kind"/> in the array, or -1.</summary>
    public static int IndexOf(DiscrepancyKind kind) => Array.IndexOf(Kinds, kind);

    public bool ContainsKey(DiscrepancyKind key) => IndexOf(key) >= 0;

    public bool TryGetValue(DiscrepancyKind key, [MaybeNullWhen(false)] out int value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? counts[i] : 0;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<DiscrepancyKind, int>> GetEnumerator()
    {
        for (var i = 0; i < Kinds.Length; i++)
        {
            yield return new KeyValuePair<DiscrepancyKind, int>(Kinds[i], counts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
