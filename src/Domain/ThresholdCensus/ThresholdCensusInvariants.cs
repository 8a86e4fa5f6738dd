using System.Globalization;
using System.Numerics;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// What a finished census must satisfy. Known totals: T(N) (A000609, N ≤ 9), NP classes (A000617, N ≤ 8),
/// positive (A002078, N ≤ 8), exactly N (A000615, N ≤ 8) and self-dual classes (A001532, N ≤ 10) where
/// SPEC.md gives them. Structure, for every N: classes ≤ functions (orbit sums of sizes ≥ 1), positive,
/// exactly-N ≤ functions, functions even for N ≥ 1 (f and ¬f are distinct threshold functions), and
/// E(N, K) for K = 1, 2, … contiguous, non-decreasing in K, never above T(N).
/// </summary>
public static class ThresholdCensusInvariants
{
    /// <summary>Null when every invariant holds; else the first one broken, named, with the numbers.</summary>
    public static string? Check(ThresholdCensusSpec census, Partial total)
    {
        var n = census.N;
        var functions = total[ThresholdCensusCounters.Functions];
        var known = new (string Name, Counter Counter, IReadOnlyList<BigInteger> Sequence)[]
        {
            ("T(N) = A000609", ThresholdCensusCounters.Functions, PublicSequences.ThresholdFunctions),
            ("NP classes = A000617", ThresholdCensusCounters.Classes, PublicSequences.NpClasses),
            ("positive functions = A002078", ThresholdCensusCounters.Positive, PublicSequences.Positive),
            ("exactly-N functions = A000615", ThresholdCensusCounters.ExactlyN, PublicSequences.ExactlyN),
            ("self-dual NP classes = A001532", ThresholdCensusCounters.SelfDual, PublicSequences.SelfDualClasses),
        };
        foreach (var (name, counter, sequence) in known)
        {
            if (PublicSequences.At(sequence, n) is { } expected && total[counter] != expected)
                return Text($"{name}: N = {n} gave {total[counter]}, the public value is {expected}");
        }

        if (total[ThresholdCensusCounters.Classes] > functions) return Text($"classes ≤ functions: {total[ThresholdCensusCounters.Classes]} classes but {functions} functions");
        if (total[ThresholdCensusCounters.Positive] > functions) return Text($"positive ≤ functions: {total[ThresholdCensusCounters.Positive]} positive but {functions} functions");
        if (total[ThresholdCensusCounters.ExactlyN] > functions) return Text($"exactly-N ≤ functions: {total[ThresholdCensusCounters.ExactlyN]} but {functions} functions");
        if (n >= 1 && !functions.IsEven) return Text($"T(N) even (f and not f pair up): {functions} is odd");
        return CheckBounds(total, functions);
    }

    private static string? CheckBounds(Partial total, BigInteger functions)
    {
        var previous = BigInteger.Zero;
        var expectedK = 1;
        foreach (var (key, value) in total.Values.Where(kv => kv.Key.StartsWith(ThresholdCensusCounters.BoundPrefix, StringComparison.Ordinal)))
        {
            var k = int.Parse(key[ThresholdCensusCounters.BoundPrefix.Length..], CultureInfo.InvariantCulture);
            if (k != expectedK) return Text($"E(N, K) for K = 1, 2, …: K = {expectedK} is missing (next is {k})");
            if (value < previous) return Text($"E(N, K) non-decreasing in K: E(N, {k}) = {value} < E(N, {k - 1}) = {previous}");
            if (value > functions) return Text($"E(N, K) ≤ T(N): E(N, {k}) = {value} > {functions}");
            previous = value;
            expectedK++;
        }

        return null;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
