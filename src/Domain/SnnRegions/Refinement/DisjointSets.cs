namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>Union-find over 0..n−1 (path halving, union by size): connected components of the adjacency graph.</summary>
public sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    /// <summary>n singletons.</summary>
    public DisjointSets(int n)
    {
        _parent = Enumerable.Range(0, n).ToArray();
        _size = Enumerable.Repeat(1, n).ToArray();
        Components = n;
    }

    /// <summary>Number of components.</summary>
    public int Components { get; private set; }

    /// <summary>The representative of <paramref name="i"/>'s component.</summary>
    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    /// <summary>Joins the components of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        if (_size[ra] < _size[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _size[ra] += _size[rb];
        Components--;
    }
}
