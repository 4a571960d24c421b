using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Scandal.Core.Discrepancies;

namespace Scandal.Core.Scoring;

/// <summary>
/// A count per <see cref="DiscrepancyKind"/>, every kind present, in the enum's order: an array of eight numbers rather
/// than a dictionary per document (a batch of a million documents holds a million of these). Immutable once made.
/// Read-only through <see cref="IDictionary{TKey, TValue}"/> too (every write throws <see cref="NotSupportedException"/>),
/// like the <see cref="System.Collections.ObjectModel.ReadOnlyDictionary{TKey, TValue}"/> it replaces.
/// </summary>
internal sealed class KindCounts : IReadOnlyDictionary<DiscrepancyKind, int>, IDictionary<DiscrepancyKind, int>
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

    bool ICollection<KeyValuePair<DiscrepancyKind, int>>.IsReadOnly => true;

    ICollection<DiscrepancyKind> IDictionary<DiscrepancyKind, int>.Keys => Array.AsReadOnly(Kinds);

    ICollection<int> IDictionary<DiscrepancyKind, int>.Values => Array.AsReadOnly(counts);

    int IDictionary<DiscrepancyKind, int>.this[DiscrepancyKind key]
    {
        get => this[key];
        set => throw ReadOnly();
    }

    void IDictionary<DiscrepancyKind, int>.Add(DiscrepancyKind key, int value) => throw ReadOnly();

    bool IDictionary<DiscrepancyKind, int>.Remove(DiscrepancyKind key) => throw ReadOnly();

    void ICollection<KeyValuePair<DiscrepancyKind, int>>.Add(KeyValuePair<DiscrepancyKind, int> item) => throw ReadOnly();

    void ICollection<KeyValuePair<DiscrepancyKind, int>>.Clear() => throw ReadOnly();

    bool ICollection<KeyValuePair<DiscrepancyKind, int>>.Contains(KeyValuePair<DiscrepancyKind, int> item) => TryGetValue(item.Key, out var value) && value == item.Value;

    void ICollection<KeyValuePair<DiscrepancyKind, int>>.CopyTo(KeyValuePair<DiscrepancyKind, int>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    bool ICollection<KeyValuePair<DiscrepancyKind, int>>.Remove(KeyValuePair<DiscrepancyKind, int> item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The discrepancy counts are read-only.");
}
