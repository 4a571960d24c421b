using System.Runtime.InteropServices;

namespace Scandal.Core.Alignment;

/// <summary>
/// An inverted index from shingle hashes to rendering numbers, kept compact for large batches: one dictionary entry per
/// shingle and eight bytes per posting, the postings of a shingle linked through two shared arrays (a list per shingle
/// costs about a hundred bytes, and 100,000 articles have millions of shingles). Postings come newest first.
/// </summary>
internal sealed class PostingIndex
{
    private readonly Dictionary<ulong, (int Head, int Count)> heads = [];
    private int[] values = new int[1024];
    private int[] next = new int[1024];
    private int used;

    /// <summary>How many postings <paramref name="shingle"/> has.</summary>
    public int Count(ulong shingle) => heads.TryGetValue(shingle, out var entry) ? entry.Count : 0;

    /// <summary>
    /// Adds <paramref name="value"/> to the postings of <paramref name="shingle"/> unless it already holds
    /// <paramref name="maxPostings"/>; <paramref name="earlier"/> gets the postings it held before, with one lookup.
    /// </summary>
    public bool TryAdd(ulong shingle, int value, int maxPostings, out Postings earlier)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(heads, shingle, out var exists);
        if (!exists)
        {
            entry = (-1, 0);
        }

        earlier = new Postings(this, entry.Head);
        if (entry.Count >= maxPostings)
        {
            return false;
        }

        if (used == values.Length)
        {
            Array.Resize(ref values, used * 2);
            Array.Resize(ref next, used * 2);
        }

        values[used] = value;
        next[used] = entry.Head;
        entry = (used, entry.Count + 1);
        used++;
        return true;
    }

    /// <summary>The postings of <paramref name="shingle"/>, newest first (none when it is not indexed).</summary>
    public Postings this[ulong shingle] => new(this, heads.TryGetValue(shingle, out var entry) ? entry.Head : -1);

    /// <summary>The postings of one shingle, for <c>foreach</c>.</summary>
    public readonly struct Postings(PostingIndex index, int head)
    {
        public Enumerator GetEnumerator() => new(index, head);
    }

    /// <summary>Walks one shingle's linked postings.</summary>
    public struct Enumerator(PostingIndex index, int head)
    {
        private int at = -2;

        public readonly int Current => index.values[at];

        public bool MoveNext()
        {
            at = at == -2 ? head : index.next[at];
            return at >= 0;
        }
    }
}
