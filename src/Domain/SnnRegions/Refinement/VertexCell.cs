using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A bounded convex polytope with interior kept in both forms: its facet inequalities and its exact
/// vertices, each with the set of inequalities tight there. Clipping by a half-space needs no LP: the
/// result has interior iff some vertex is strictly inside, its vertices are the kept ones plus one point
/// on every edge that crosses the plane, and u, v span an edge iff no third vertex is tight on every
/// inequality tight at both (the face they span then has two vertices). A double side test with a proven
/// margin (as in <see cref="PolygonCell"/>) settles most vertices; the exact test decides the rest.
/// Inequalities tight at fewer than <c>dim</c> vertices cannot be facets and are dropped, so cells keep
/// short inequality lists however many neurons cut them.
/// </summary>
public sealed class VertexCell : IRegionCell, IConstraintCell
{
    /// <summary>Relative error bound of the double side test; see <see cref="PolygonCell"/> (d + 1 terms here).</summary>
    private const double Margin = 1e-12;

    private readonly int _dim;
    private readonly LinearInequality[] _constraints;
    private readonly BigRational[][] _vertices;
    private readonly double[][] _approx;
    private readonly Tight[] _tight;
    private BigRational[]? _witness;

    private VertexCell(InteriorFinder finder, int dim, LinearInequality[] constraints, BigRational[][] vertices, Tight[] tight)
    {
        Finder = finder;
        _dim = dim;
        _constraints = constraints;
        _vertices = vertices;
        _tight = tight;
        _approx = vertices.Select(v => v.Select(c => c.ToDouble()).ToArray()).ToArray();
    }

    /// <summary>The cube (−w, w)^<paramref name="dim"/>: 2^dim vertices, each tight on one side per axis.</summary>
    public static VertexCell Cube(int dim, BigRational w)
    {
        if (dim < 1 || dim > 16) throw new ArgumentOutOfRangeException(nameof(dim), "vertex cells are for small dimensions");
        var constraints = new LinearInequality[2 * dim];
        for (var i = 0; i < dim; i++)
        {
            var axis = AffineForm.Coordinate(dim, i);
            constraints[2 * i] = axis.LessThan(AffineForm.ConstantForm(dim, w));
            constraints[2 * i + 1] = AffineForm.ConstantForm(dim, -w).LessThan(axis);
        }

        var vertices = new BigRational[1 << dim][];
        var tight = new Tight[1 << dim];
        for (var corner = 0; corner < 1 << dim; corner++)
        {
            vertices[corner] = new BigRational[dim];
            tight[corner] = new Tight(2 * dim);
            for (var i = 0; i < dim; i++)
            {
                var upper = (corner >> i & 1) == 1;
                vertices[corner][i] = upper ? w : -w;
                tight[corner].Set(2 * i + (upper ? 0 : 1));
            }
        }

        return new VertexCell(new InteriorFinder(dim, -w, w), dim, constraints, vertices, tight);
    }

    /// <summary>An LP finder of the cube this cell was cut from (facet tests of the linear-region merge use it).</summary>
    public InteriorFinder Finder { get; }

    /// <summary>The facet inequalities (possibly a few redundant ones in degenerate cases).</summary>
    public IReadOnlyList<LinearInequality> Constraints => _constraints;

    /// <summary>The exact vertices.</summary>
    public IReadOnlyList<BigRational[]> Vertices => _vertices;

    /// <inheritdoc />
    /// <remarks>
    /// A point with short numbers when one is found (the double vertex average rounded to a power-of-two
    /// grid, accepted only if every facet holds strictly there, exactly), else the exact vertex average,
    /// which is strictly inside a polytope with interior. Short numbers keep the firing-time arithmetic at
    /// the witness cheap; every neuron split and the final re-check evaluate there.
    /// </remarks>
    public BigRational[] Witness => _witness ??= Rounded() ?? Average();

    /// <summary>This cell with <paramref name="witness"/> as its witness (a stored one), checked strictly inside.</summary>
    public VertexCell WithWitness(BigRational[] witness)
    {
        if (witness.Length != _dim || !_constraints.All(q => q.HoldsAt(witness))) throw new InvalidDataException("a stored witness is not inside its cell");
        return new VertexCell(Finder, _dim, _constraints, _vertices, _tight) { _witness = witness };
    }

    /// <summary>The exact vertices where <paramref name="plane"/> is 0 (the face the plane cuts out of the closed cell).</summary>
    public IEnumerable<BigRational[]> On(AffineForm plane) => _vertices.Where(v => plane.At(v).Sign == 0);

    /// <inheritdoc />
    public IRegionCell? Clip(LinearInequality constraint)
    {
        if (constraint.IsConstant) return constraint.ConstantHolds ? this : null;
        var n = _vertices.Length;
        var sign = new int[n];
        var exact = new BigRational?[n];
        var (inside, outside) = (0, 0);
        for (var k = 0; k < n; k++)
        {
            sign[k] = ApproxSign(constraint, k);
            if (sign[k] == 0)
            {
                exact[k] = Side(constraint, k);
                sign[k] = exact[k]!.Value.Sign;
            }

            if (sign[k] < 0) inside++;
            else if (sign[k] > 0) outside++;
        }

        if (inside == 0) return null; // no vertex strictly inside: no interior point either
        if (outside == 0) return this; // the whole cell satisfies it

        var index = _constraints.Length;
        var vertices = new List<BigRational[]>(n + 4);
        var tight = new List<Tight>(n + 4);
        for (var k = 0; k < n; k++)
        {
            if (sign[k] > 0) continue;
            vertices.Add(_vertices[k]);
            tight.Add(_tight[k].With(index, sign[k] == 0));
        }

        for (var a = 0; a < n; a++)
        {
            if (sign[a] >= 0) continue;
            for (var b = 0; b < n; b++)
            {
                if (sign[b] <= 0 || !IsEdge(a, b, out var common)) continue;
                var sa = exact[a] ??= Side(constraint, a);
                var sb = exact[b] ??= Side(constraint, b);
                var t = sa / (sa - sb);
                var (u, v) = (_vertices[a], _vertices[b]);
                var point = new BigRational[_dim];
                for (var i = 0; i < _dim; i++) point[i] = u[i] + t * (v[i] - u[i]);
                vertices.Add(point);
                tight.Add(common.With(index, true));
            }
        }

        return Pruned([.. _constraints, constraint], vertices, tight);
    }

    /// <summary>u and v span an edge: at least dim − 1 common tight inequalities, and no other vertex tight on all of them.</summary>
    private bool IsEdge(int a, int b, out Tight common)
    {
        common = _tight[a].And(_tight[b]);
        if (common.Count < _dim - 1) return false;
        for (var k = 0; k < _vertices.Length; k++)
        {
            if (k != a && k != b && common.SubsetOf(_tight[k])) return false;
        }

        return true;
    }

    /// <summary>Drops inequalities tight at fewer than dim vertices (a facet has at least dim) and re-indexes the tight sets.</summary>
    private VertexCell Pruned(LinearInequality[] constraints, List<BigRational[]> vertices, List<Tight> tight)
    {
        var keep = new List<int>(constraints.Length);
        for (var c = 0; c < constraints.Length; c++)
        {
            var count = 0;
            foreach (var t in tight)
            {
                if (t.Has(c) && ++count >= _dim) break;
            }

            if (count >= _dim) keep.Add(c);
        }

        var kept = keep.Select(c => constraints[c]).ToArray();
        var map = keep.ToArray();
        var remapped = tight.Select(t => t.Select(map)).ToArray();
        return new VertexCell(Finder, _dim, kept, [.. vertices], remapped);
    }

    /// <summary>Sign of g·v − h from doubles when the margin proves it, else 0 (undecided).</summary>
    private int ApproxSign(LinearInequality constraint, int k)
    {
        var (g, x) = (constraint.ApproxG, _approx[k]);
        var side = -constraint.ApproxH;
        var magnitude = Math.Abs(constraint.ApproxH);
        for (var i = 0; i < _dim; i++)
        {
            side += g[i] * x[i];
            magnitude += Math.Abs(g[i] * x[i]);
        }

        var margin = Margin * magnitude;
        // Near underflow or overflow the relative bound does not hold: leave those to the exact test.
        if (!double.IsFinite(side) || !double.IsFinite(margin) || margin < 1e-280) return 0;
        return side < -margin ? -1 : side > margin ? 1 : 0;
    }

    private BigRational Side(LinearInequality constraint, int k)
    {
        var s = -constraint.H;
        for (var i = 0; i < _dim; i++)
        {
            if (constraint.G[i].Sign != 0) s += constraint.G[i] * _vertices[k][i];
        }

        return s;
    }

    private BigRational[]? Rounded()
    {
        var centre = new double[_dim];
        var extent = double.PositiveInfinity;
        for (var i = 0; i < _dim; i++)
        {
            var (lo, hi) = (double.PositiveInfinity, double.NegativeInfinity);
            foreach (var x in _approx)
            {
                centre[i] += x[i] / _approx.Length;
                (lo, hi) = (Math.Min(lo, x[i]), Math.Max(hi, x[i]));
            }

            extent = Math.Min(extent, hi - lo);
        }

        if (!(extent > 0) || !double.IsFinite(extent)) return null;
        // From a grid a little finer than the cell's narrowest extent down to a fine one; each try is an exact check.
        for (var e = Math.ILogB(extent) - 2; e >= Math.ILogB(extent) - 40; e -= 6)
        {
            var quantum = Math.ScaleB(1, e);
            var point = centre.Select(c => BigRational.FromDouble(Math.Round(c / quantum) * quantum)).ToArray();
            if (_constraints.All(q => q.HoldsAt(point))) return point;
        }

        return null;
    }

    private BigRational[] Average()
    {
        var sum = new BigRational[_dim];
        foreach (var v in _vertices)
        {
            for (var i = 0; i < _dim; i++) sum[i] += v[i];
        }

        return sum.Select(s => s / _vertices.Length).ToArray();
    }

    /// <summary>A set of inequality indices (a bit set).</summary>
    private readonly struct Tight
    {
        private readonly ulong[] _words;

        public Tight(int size) => _words = new ulong[(size + 63) / 64];

        private Tight(ulong[] words) => _words = words;

        public int Count => _words.Sum(w => System.Numerics.BitOperations.PopCount(w));

        public bool Has(int i) => i / 64 < _words.Length && (_words[i / 64] >> (i % 64) & 1) == 1;

        public void Set(int i) => _words[i / 64] |= 1UL << (i % 64);

        /// <summary>A copy with room for index <paramref name="i"/>, set when <paramref name="on"/>.</summary>
        public Tight With(int i, bool on)
        {
            var words = new ulong[Math.Max(_words.Length, i / 64 + 1)];
            _words.CopyTo(words, 0);
            var t = new Tight(words);
            if (on) t.Set(i);
            return t;
        }

        public Tight And(Tight other)
        {
            var words = new ulong[Math.Min(_words.Length, other._words.Length)];
            for (var i = 0; i < words.Length; i++) words[i] = _words[i] & other._words[i];
            return new Tight(words);
        }

        public bool SubsetOf(Tight other)
        {
            for (var i = 0; i < _words.Length; i++)
            {
                var o = i < other._words.Length ? other._words[i] : 0;
                if ((_words[i] & ~o) != 0) return false;
            }

            return true;
        }

        /// <summary>Bit k of the result is bit map[k] of this set.</summary>
        public Tight Select(int[] map)
        {
            var t = new Tight(map.Length);
            for (var k = 0; k < map.Length; k++)
            {
                if (Has(map[k])) t.Set(k);
            }

            return t;
        }
    }
}
