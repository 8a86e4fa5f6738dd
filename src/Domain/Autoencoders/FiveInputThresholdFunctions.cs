namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Every threshold function of 5 inputs as a 32-point truth table, each with an integer witness
/// evaluated on every point. Found from all weights in [−5, 5]^5 and every cut of their 32 sums;
/// completeness is the count matching the public 94 572 (SPEC 1.2), asserted at construction.
/// </summary>
public sealed class FiveInputThresholdFunctions
{
    /// <summary>The public count of threshold functions of 5 inputs.</summary>
    public const int KnownCount = 94_572;

    private static readonly Lazy<FiveInputThresholdFunctions> Table = new(() => new FiveInputThresholdFunctions());
    private readonly Dictionary<uint, ThresholdUnit> _witness = [];

    private FiveInputThresholdFunctions()
    {
        const int bound = 5;
        var w = new long[5];
        Span<long> sums = stackalloc long[32];
        for (var c = 0; c < 161_051; c++)
        {
            var rest = c;
            for (var i = 0; i < 5; i++)
            {
                w[i] = rest % (2 * bound + 1) - bound;
                rest /= 2 * bound + 1;
            }

            for (var z = 0; z < 32; z++)
            {
                long s = 0;
                for (var i = 0; i < 5; i++)
                {
                    if ((z >> i & 1) != 0) s += w[i];
                }

                sums[z] = s;
            }

            // Each distinct sum as threshold, plus one above the largest (the constant 0).
            for (var p = 0; p <= 32; p++)
            {
                var t = p == 32 ? Max(sums) + 1 : sums[p];
                uint mask = 0;
                for (var z = 0; z < 32; z++)
                {
                    if (sums[z] >= t) mask |= 1u << z;
                }

                if (!_witness.ContainsKey(mask)) _witness[mask] = new ThresholdUnit((long[])w.Clone(), t);
            }
        }

        if (_witness.Count != KnownCount) throw new InvalidOperationException($"found {_witness.Count} threshold functions of 5 inputs, expected {KnownCount}");
        Functions = [.. _witness.Keys.Order()];
    }

    /// <summary>The table (built once, about a second).</summary>
    public static FiveInputThresholdFunctions Instance => Table.Value;

    /// <summary>All 94 572 functions, ascending by mask.</summary>
    public IReadOnlyList<uint> Functions { get; }

    /// <summary>The integer realisation of a threshold function.</summary>
    public ThresholdUnit Witness(uint mask) => _witness[mask];

    private static long Max(ReadOnlySpan<long> values)
    {
        var max = long.MinValue;
        foreach (var v in values) max = Math.Max(max, v);
        return max;
    }
}
