using System.Numerics;
using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>Reads and validates a <c>neuron-expressivity</c> spec; every error names its field.</summary>
public static class NeuronExpressivitySpecParser
{
    /// <summary>Parses the whole spec object (including <c>kind</c>).</summary>
    public static NeuronExpressivitySpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        var n = root.Integer("n");
        if (n < 1) throw new SpecException("n", $"must be at least 1, got {n}");
        if (n > NeuronLimits.MaxCanonicalN)
            throw new SpecException("n", $"canonical supports n ≤ {NeuronLimits.MaxCanonicalN} and brute force n ≤ {NeuronLimits.MaxBruteN}, got {n}");
        var inputs = root.String("inputs", "binary") switch
        {
            "binary" => InputEncoding.Binary,
            "bipolar" => InputEncoding.Bipolar,
            var other => throw new SpecException("inputs", $"\"{other}\" is not one of \"binary\", \"bipolar\""),
        };
        var weights = ParseWeights(root.Object("weights"), n);
        var threshold = root.Has("threshold") ? ParseThreshold(root.Required("threshold")) : ThresholdRule.Any;
        var method = root.String("method", "auto");
        switch (method)
        {
            case "auto" or "brute" or "canonical":
                break;
            default:
                throw new SpecException("method", $"\"{method}\" is not one of \"auto\", \"brute\", \"canonical\"");
        }

        root.EnsureNoUnknownFields();

        var spec = new NeuronExpressivitySpec((int)n, inputs, weights, threshold, method);
        if (spec.IsCanonical)
        {
            CanonicalLimits(spec);
            return spec;
        }

        if (n > NeuronLimits.MaxBruteN)
            throw new SpecException("n", $"brute force supports n ≤ {NeuronLimits.MaxBruteN}, got {n} (method \"canonical\" goes further)");
        var vectors = BigInteger.Pow(weights.Count, (int)n);
        if (vectors > NeuronLimits.MaxWeightVectors)
            throw new SpecException("weights", $"{weights.Count}^{n} = {vectors} weight vectors exceed the brute-force cap of {NeuronLimits.MaxWeightVectors}");
        return spec;
    }

    // Method canonical never needs a refusal for exactness (CanonicalFamily falls back to the permutation
    // mode); only sizes are bounded.
    private static void CanonicalLimits(NeuronExpressivitySpec spec)
    {
        var magnitude = Math.Max(Math.Abs(spec.Weights.Min), Math.Abs(spec.Weights.Max));
        if (magnitude > NeuronLimits.MaxCanonicalWeightSum / spec.N)
            throw new SpecException("weights", $"canonical does not support n·max|w| above {NeuronLimits.MaxCanonicalWeightSum} (subset-sum arrays), got {spec.N}·{magnitude}");
        var letters = Canonical.CanonicalFamily.For(spec).Alphabet.Length;
        var sorted = Canonical.SortedPrefixPlanner.Total(spec.N, letters);
        if (sorted > NeuronLimits.MaxSortedVectors)
            throw new SpecException("weights", $"canonical would walk C({spec.N} + {letters} − 1, {spec.N}) = {sorted} sorted vectors, above the cap of {NeuronLimits.MaxSortedVectors}");
    }

    private static WeightDomain ParseWeights(SpecObject weights, long n)
    {
        // Checked before the domain exists: a range like [long.MinValue, long.MaxValue] has no long count.
        void CheckMagnitude(long min, long max)
        {
            var magnitude = BigInteger.Max(BigInteger.Abs(min), BigInteger.Abs(max)) * n;
            if (magnitude > NeuronLimits.MaxDotMagnitude)
                throw new SpecException(weights.Path, $"n·max|w| = {magnitude} exceeds {NeuronLimits.MaxDotMagnitude}: dot products could overflow a long");
        }

        if (weights.Has("set"))
        {
            if (weights.Has("min") || weights.Has("max"))
                throw new SpecException(weights.Path, "give either \"set\" or \"min\"/\"max\", not both");
            var field = weights.FieldPath("set");
            var raw = weights.Required("set");
            if (raw.ValueKind == JsonValueKind.Array && raw.GetArrayLength() > NeuronLimits.MaxWeightSetSize)
                throw new SpecException(field, $"{raw.GetArrayLength()} values; at most {NeuronLimits.MaxWeightSetSize} (use \"min\"/\"max\" for a range)");
            var values = weights.Array("set").Select((v, i) => SpecObject.ToInteger(v, $"{field}[{i}]")).ToList();
            if (values.Count == 0) throw new SpecException(field, "the weight set is empty");
            var duplicate = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new SpecException(field, $"{duplicate.Key} appears more than once");
            weights.EnsureNoUnknownFields();
            CheckMagnitude(values.Min(), values.Max());
            return WeightDomain.FromSet(values);
        }

        var min = weights.Integer("min");
        var max = weights.Integer("max");
        weights.EnsureNoUnknownFields();
        if (min > max) throw new SpecException(weights.FieldPath("min"), $"min {min} > max {max}: the weight range is empty");
        CheckMagnitude(min, max);
        return WeightDomain.FromRange(min, max);
    }

    private static ThresholdRule ParseThreshold(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString();
            return text == "any"
                ? ThresholdRule.Any
                : throw new SpecException("threshold", $"\"{text}\" is not \"any\" (or an object with \"value\" or \"min\"/\"max\")");
        }

        var obj = new SpecObject(element, "threshold");
        const long bound = NeuronLimits.MaxThresholdMagnitude;
        if (obj.Has("value"))
        {
            if (obj.Has("min") || obj.Has("max"))
                throw new SpecException("threshold", "give either \"value\" or \"min\"/\"max\", not both");
            var t = obj.Integer("value", -bound, bound);
            obj.EnsureNoUnknownFields();
            return ThresholdRule.Value(t);
        }

        var min = obj.Integer("min", -bound, bound);
        var max = obj.Integer("max", -bound, bound);
        obj.EnsureNoUnknownFields();
        if (min > max) throw new SpecException("threshold.min", $"min {min} > max {max}: the threshold range is empty");
        return ThresholdRule.Range(min, max);
    }
}
