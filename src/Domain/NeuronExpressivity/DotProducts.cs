namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The dot products w·x for every input point x (index = truth-table bit), built and updated
/// incrementally: filling costs one addition per point, and changing one weight touches each point once,
/// so walking weight vectors in odometer order never recomputes a full dot product.
/// </summary>
public static class DotProducts
{
    /// <summary>Writes w·x for x = 0..2^n-1 into <paramref name="dots"/> (length 2^n, n = w.Length).</summary>
    public static void Fill(ReadOnlySpan<long> w, InputEncoding inputs, Span<long> dots)
    {
        var points = 1 << w.Length;
        if (dots.Length != points) throw new ArgumentException($"need {points} slots, got {dots.Length}", nameof(dots));
        // Point 0 has every input at its low value: 0 (binary) or -1 (bipolar).
        long start = 0;
        if (inputs == InputEncoding.Bipolar)
        {
            foreach (var wi in w) start -= wi;
        }

        dots[0] = start;
        for (var i = 0; i < w.Length; i++)
        {
            // Setting bit i raises input i by 1 (binary) or 2 (bipolar).
            var step = inputs == InputEncoding.Bipolar ? 2 * w[i] : w[i];
            var half = 1 << i;
            for (var x = 0; x < half; x++) dots[half + x] = dots[x] + step;
        }
    }

    /// <summary>Updates <paramref name="dots"/> after weight <paramref name="i"/> changed by <paramref name="delta"/>.</summary>
    public static void AddToWeight(int i, long delta, InputEncoding inputs, Span<long> dots)
    {
        var bit = 1 << i;
        if (inputs == InputEncoding.Binary)
        {
            // Only points with input i = 1 see the change.
            for (var x = bit; x < dots.Length; x = (x + 1) | bit) dots[x] += delta;
            return;
        }

        for (var x = 0; x < dots.Length; x++) dots[x] += (x & bit) != 0 ? delta : -delta;
    }

    /// <summary>Plain reference: Σ w_i·input_i(x) for one point, straight from the definition.</summary>
    public static long At(ReadOnlySpan<long> w, InputEncoding inputs, int x)
    {
        long sum = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var on = ((x >> i) & 1) == 1;
            sum += w[i] * (on ? 1 : inputs == InputEncoding.Bipolar ? -1 : 0);
        }

        return sum;
    }
}
