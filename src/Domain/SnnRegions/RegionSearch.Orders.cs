using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>The arrival-order refinement needed when a causal set holds a negative weight.</summary>
public sealed partial class RegionSearch
{
    private readonly List<(int Row, AffineForm Face)> _faces = [];
    private readonly Stack<int> _faceStarts = new();

    /// <summary>
    /// Fixes the arrival order of <paramref name="members"/> one element at a time. With the order fixed,
    /// "the potential has not reached θ before t^S" is linear: P(a_(k)) &lt; θ at every arrival of the set
    /// (P is linear between arrivals and P(−∞) = 0 &lt; θ). Different orders may give the same pattern; the
    /// leaf set removes the duplicates.
    /// </summary>
    private void OrderAll(int v, SpikingNeuron neuron, AffineForm?[] arrivals, List<int> members, AffineForm? time, CausalPattern pattern, BigRational[] point)
    {
        _faceStarts.Push(_faces.Count);
        Orders(v, neuron, arrivals, [], members, time, pattern, point);
        _faceStarts.Pop();
    }

    /// <summary>One step of <see cref="OrderAll"/>; true when the caller may stop trying other orders.</summary>
    private bool Orders(
        int v, SpikingNeuron neuron, AffineForm?[] arrivals, List<int> prefix, List<int> remaining,
        AffineForm? time, CausalPattern pattern, BigRational[] point)
    {
        if (remaining.Count == 0)
        {
            if (_checkJumps && _jump is null) CheckFaces(v, neuron, arrivals, time, _faceStarts.Peek());
            Descend(v, time, pattern, point);
            // The last neuron's pattern is settled once one order works, unless faces are still being searched.
            return v == _neurons.Length - 1 && (!_checkJumps || _jump is not null);
        }

        foreach (var e in remaining.ToList())
        {
            var mark = _system.Count;
            var faces = _faces.Count;
            if (prefix.Count > 0)
            {
                _system.Add(arrivals[prefix[^1]]!.AtMost(arrivals[e]!)); // ties may hold identically (equal neurons)
                var potential = AffineForm.ConstantForm(_d, -neuron.Threshold);
                foreach (var i in prefix) potential += neuron.Weights[i] * (arrivals[e]! - arrivals[i]!);
                _faces.Add((_system.Count, potential));
                _system.Add(LinearInequality.Of(potential, strict: true));
            }

            var stop = false;
            if (_finder.Find(_system) is { } inside)
            {
                prefix.Add(e);
                remaining.Remove(e);
                stop = Orders(v, neuron, arrivals, prefix, remaining, time, pattern, inside);
                remaining.Add(e);
                remaining.Sort();
                prefix.RemoveAt(prefix.Count - 1);
            }

            _system.RemoveRange(mark, _system.Count - mark);
            _faces.RemoveRange(faces, _faces.Count - faces);
            if (stop) return true;
        }

        return false;
    }

    /// <summary>
    /// Where the potential touches θ at an arrival (a face P(a_(k)) = θ of this piece), the neuron fires at
    /// that arrival or earlier, while inside the piece it fires at t^S &gt; a_(k) (or never): if such a face is
    /// (d−1)-dimensional, the firing time jumps there. The exact face point and the exact firing time prove it.
    /// </summary>
    private void CheckFaces(int v, SpikingNeuron neuron, AffineForm?[] arrivals, AffineForm? time, int firstFace)
    {
        foreach (var (row, face) in _faces.Skip(firstFace)) // this neuron's faces; earlier neurons checked theirs
        {
            var others = _system.Where((_, i) => i != row).ToList();
            if (_finder.FindOnFace(others, face) is not { } x) continue;
            var limit = time?.At(x);
            var actual = Firing.Compute(neuron.Weights, neuron.Threshold, arrivals.Select(a => a?.At(x)).ToArray()).Time;
            if (limit == actual) continue;
            var (layer, index) = _neurons[v];
            _jump = new Discontinuity(layer, index, x, limit, actual);
            return;
        }
    }
}
