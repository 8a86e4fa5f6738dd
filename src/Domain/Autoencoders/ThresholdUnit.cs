namespace Expressivity.Domain.Autoencoders;

/// <summary>One threshold node: outputs 1 exactly when w·x ≥ t over the previous layer's values.</summary>
public sealed record ThresholdUnit(long[] Weights, long Threshold)
{
    /// <summary>The node's value for the previous layer's values (0/1 each).</summary>
    public bool Fire(ReadOnlySpan<bool> inputs)
    {
        if (inputs.Length != Weights.Length) throw new ArgumentException($"unit has {Weights.Length} weights but got {inputs.Length} inputs", nameof(inputs));
        long sum = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i]) sum = checked(sum + Weights[i]);
        }

        return sum >= Threshold;
    }

    /// <summary>The unit [x_i ≥ 1] copying input i of <paramref name="inputs"/>.</summary>
    public static ThresholdUnit Copy(int i, int inputs)
    {
        var w = new long[inputs];
        w[i] = 1;
        return new ThresholdUnit(w, 1);
    }
}
