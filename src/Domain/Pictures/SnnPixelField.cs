using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;

namespace Expressivity.Domain.Pictures;

/// <summary>
/// The exact evaluation of a 2-input network at every pixel centre of a side × side grid over the box:
/// row 0 is the top (x2 near max), column 0 the left (x1 near min). Centres are min + (i + 1/2)·(max − min)/side,
/// exact rationals. Region ids number the distinct tuples in scan order.
/// </summary>
public sealed class SnnPixelField
{
    private SnnPixelField(int[,] region, IReadOnlyList<string> tuples, double?[,] time)
    {
        Region = region;
        Tuples = tuples;
        Time = time;
        var times = time.Cast<double?>().Where(t => t is not null).Select(t => t!.Value).ToList();
        TimeMin = times.Count > 0 ? times.Min() : null;
        TimeMax = times.Count > 0 ? times.Max() : null;
    }

    /// <summary>Region id per [row, column].</summary>
    public int[,] Region { get; }

    /// <summary>The tuple of each region id, e.g. "{0,1} never" (one pattern per neuron, layer order).</summary>
    public IReadOnlyList<string> Tuples { get; }

    /// <summary>The first output neuron's firing time per [row, column] (null: never fires), as a double for colouring.</summary>
    public double?[,] Time { get; }

    /// <summary>Smallest firing time seen, or null.</summary>
    public double? TimeMin { get; }

    /// <summary>Largest firing time seen, or null.</summary>
    public double? TimeMax { get; }

    /// <summary>The position of <paramref name="t"/> in [TimeMin, TimeMax] as 0..1.</summary>
    public double Scale(double t) => TimeMax > TimeMin ? (t - TimeMin!.Value) / (TimeMax!.Value - TimeMin.Value) : 0.5;

    /// <summary>Evaluates every pixel centre (rows in parallel; the result does not depend on the schedule).</summary>
    public static SnnPixelField Compute(SpikingNetwork network, BigRational min, BigRational max, int side)
    {
        if (network.Inputs != 2) throw new ArgumentException($"a pixel field needs d = 2 inputs, got {network.Inputs}");
        var step = (max - min) / side;
        var half = BigRational.Create(1, 2);
        var keys = new string[side, side];
        var time = new double?[side, side];
        Parallel.For(0, side, r =>
        {
            var x2 = max - ((r + half) * step);
            for (var c = 0; c < side; c++)
            {
                var x1 = min + ((c + half) * step);
                var firings = NetworkEvaluator.Evaluate(network, [x1, x2]);
                keys[r, c] = string.Join(" ", firings.SelectMany(l => l.Select(f => f.Pattern.ToString())));
                time[r, c] = firings[^1][0].Time?.ToDouble();
            }
        });
        var ids = new Dictionary<string, int>();
        var region = new int[side, side];
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                if (!ids.TryGetValue(keys[r, c], out var id)) ids[keys[r, c]] = id = ids.Count;
                region[r, c] = id;
            }
        }

        return new SnnPixelField(region, ids.OrderBy(p => p.Value).Select(p => p.Key).ToArray(), time);
    }
}
