namespace Scandal.Core.Text;

/// <summary>Disjoint sets over 0..n-1 with path halving; the root of a set is always its smallest member, so results are order-stable.</summary>
internal sealed class UnionFind
{
    private readonly int[] parent;

    public UnionFind(int count)
    {
        parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }
    }

    public int Find(int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}
