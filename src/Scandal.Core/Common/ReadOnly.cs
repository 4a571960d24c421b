using System.Collections.ObjectModel;

// In the root namespace (not Scandal.Core.Common) so every result type reaches it without a using line.
namespace Scandal.Core;

/// <summary>
/// Copies a list or dictionary handed to a result type into a read-only collection that owns its storage, so neither
/// the caller nor a cast (<c>(IList&lt;T&gt;)report.Quotes</c>) can change the result afterwards.
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only copy of <paramref name="source"/>; a list this helper made already is returned as it is.</summary>
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is Frozen<T> frozen)
        {
            return frozen;
        }

        if (source.Count == 0)
        {
            return Frozen<T>.None;
        }

        var items = new T[source.Count];
        if (source is ICollection<T> collection)
        {
            collection.CopyTo(items, 0);
        }
        else
        {
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = source[i];
            }
        }

        return new Frozen<T>(items);
    }

    /// <summary>A read-only copy of <paramref name="source"/>, in the same enumeration order.</summary>
    public static IReadOnlyDictionary<TKey, TValue> Copy<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> source)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is FrozenMap<TKey, TValue> frozen)
        {
            return frozen;
        }

        var comparer = source is Dictionary<TKey, TValue> d ? d.Comparer : null;
        var copy = new Dictionary<TKey, TValue>(source.Count, comparer);
        foreach (var (key, value) in source)
        {
            copy.Add(key, value);
        }

        return new FrozenMap<TKey, TValue>(copy);
    }

    /// <summary>A read-only list over an array nobody else holds.</summary>
    private sealed class Frozen<T>(T[] items) : ReadOnlyCollection<T>(items)
    {
        public static readonly Frozen<T> None = new([]);
    }

    /// <summary>A read-only dictionary over a dictionary nobody else holds.</summary>
    private sealed class FrozenMap<TKey, TValue>(Dictionary<TKey, TValue> items) : ReadOnlyDictionary<TKey, TValue>(items)
        where TKey : notnull;
}
