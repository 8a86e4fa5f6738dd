using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>Reads and validates a <c>threshold-census</c> spec; every error names its field.</summary>
public static class ThresholdCensusSpecParser
{
    /// <summary>Validates a spec object; errors name the field.</summary>
    public static ThresholdCensusSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        var n = (int)root.Integer("n", 0, ThresholdCensusSpec.MaxN);
        var limit = (int)root.Integer("weightBoundLimit", ThresholdCensusSpec.DefaultWeightBoundLimit(n), 0, 1000);
        root.EnsureNoUnknownFields();
        return new ThresholdCensusSpec(n, limit);
    }
}
