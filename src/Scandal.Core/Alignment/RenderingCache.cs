namespace Scandal.Core.Alignment;

/// <summary>
/// A value per distinct rendering (the same words and the same editor's signals): a document repeating one quotation
/// thousands of times is aligned once.
/// </summary>
internal sealed class RenderingCache<T>
{
    private readonly Dictionary<ulong, List<(Rendering Key, T Value)>> entries = [];

    public bool TryGet(Rendering rendering, out T value)
    {
        if (entries.TryGetValue(rendering.WordsHash(), out var list))
        {
            foreach (var (key, v) in list)
            {
                if (ReferenceEquals(key, rendering) || (key.Norms.SequenceEqual(rendering.Norms, StringComparer.Ordinal) && key.SignalPositions.SequenceEqual(rendering.SignalPositions)))
                {
                    value = v;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public void Add(Rendering rendering, T value)
    {
        var hash = rendering.WordsHash();
        if (!entries.TryGetValue(hash, out var list))
        {
            entries[hash] = list = new List<(Rendering, T)>(1);
        }

        list.Add((rendering, value));
    }
}
