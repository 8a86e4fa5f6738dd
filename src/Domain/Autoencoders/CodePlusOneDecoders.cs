namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Width d + 1 decoders for d = 4 whose hidden layer is the four code bits plus one threshold unit u
/// of the code. Finding one settles a set's least width at exactly 5, since E2's lower bound is d + 1.
/// Every hidden layer of width 5 (five of the 1 882 functions of 4 inputs, about 10^10 up to symmetry)
/// is out of reach, so a miss proves nothing and the width stays an interval. u runs over one function
/// per symmetry orbit of the code cube (the code assignment absorbs the symmetry, which maps the code
/// bits to literals an output can read with negated weights); output columns are g(z, u(z)) for the
/// 94 572 threshold functions g of 5 inputs; <see cref="AssignmentSearch"/> then looks for the
/// assignment within a node budget (some refutations are very long, and a miss proves nothing).
/// </summary>
public static class CodePlusOneDecoders
{
    /// <summary>Search nodes allowed per candidate unit u; a miss refutes nothing, so the search may stop.</summary>
    public const long NodeLimit = 200;

    /// <summary>A verified 4 → 5 → D decoder of this shape, or null.</summary>
    public static Decoder? Find(IReadOnlyList<ulong> vectors, int vectorBits)
    {
        const int d = 4;
        var units = SmallThresholdFunctions.Of(d);
        var outputs = FiveInputThresholdFunctions.Instance;
        var literals = new HashSet<ulong>();
        for (var i = 0; i < d; i++)
        {
            var lit = SmallThresholdFunctions.Table([.. Enumerable.Range(0, d).Select(j => j == i ? 1L : 0L)], 1);
            literals.Add(lit);
            literals.Add(~lit & 0xFFFF);
        }

        foreach (var u in units.OrbitLeast.Order())
        {
            // Constants and literals add nothing to the code bits.
            if (u == 0 || u == 0xFFFF || literals.Contains(u)) continue;
            var allowed = new List<ulong>();
            var realiser = new Dictionary<ulong, uint>();
            foreach (var g in outputs.Functions)
            {
                ulong f = 0;
                for (var z = 0; z < 16; z++)
                {
                    var point = z | (int)(u >> z & 1) << 4;
                    f |= (ulong)(g >> point & 1) << z;
                }

                if (realiser.TryAdd(f, g)) allowed.Add(f);
            }

            var found = new AssignmentSearch(vectors, vectorBits, d, allowed) { NodeLimit = NodeLimit }.Find();
            if (found is null) continue;
            var hidden = Enumerable.Range(0, d).Select(i => ThresholdUnit.Copy(i, d)).Append(units.Witness(u)).ToArray();
            var outs = found.Value.Columns.Select(f => outputs.Witness(realiser[f])).ToArray();
            var decoder = new Decoder(d, found.Value.Codes, new ThresholdNetwork(d, [hidden, outs]));
            return decoder.Verify(vectors) ? decoder : throw new InvalidOperationException("width-5 decoder failed verification");
        }

        return null;
    }
}
