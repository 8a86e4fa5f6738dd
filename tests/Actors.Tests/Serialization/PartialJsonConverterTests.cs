using System.Numerics;
using System.Text.Json;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Serialization;

public sealed class PartialJsonConverterTests
{
    private static readonly Partial Sample = Partial.Of(
        (Counter.Sum("regions"), BigInteger.Pow(7, 40)), (Counter.Max("max.best"), 12), (Counter.Min("min.regions"), -3), (Counter.Union("seen"), 0b1011));

    [Fact]
    public void Format_2_groups_counters_by_rule_and_round_trips_every_rule()
    {
        var json = JsonSerializer.Serialize(Sample, ProtocolSerializer.Options);
        Assert.Equal(
            "{\"v\":2,\"sum\":{\"regions\":\"" + BigInteger.Pow(7, 40) + "\"},\"max\":{\"max.best\":\"12\"},\"min\":{\"min.regions\":\"-3\"},\"union\":{\"seen\":\"11\"}}",
            json);
        var back = JsonSerializer.Deserialize<Partial>(json, ProtocolSerializer.Options)!;
        Assert.Equal(Sample, back);
        Assert.Equal(MergeRule.Union, back.Rules["seen"]);
    }

    [Fact]
    public void Format_1_journal_entries_read_with_the_rules_their_names_implied()
    {
        // A UnitCompleted event as journals stored it before merge rules were explicit.
        const string old = """{"unitId":"draws/0-8","result":{"draws":"8","max.best":"5","min.regions":"2","hist.3":"8"},"workerId":"w","v":1}""";
        var e = JsonSerializer.Deserialize<UnitCompleted>(old, ProtocolSerializer.Options)!;
        Assert.Equal(MergeRule.Sum, e.Result.Rules["draws"]);
        Assert.Equal(MergeRule.Max, e.Result.Rules["max.best"]);
        Assert.Equal(MergeRule.Min, e.Result.Rules["min.regions"]);
        var merged = e.Result.Merge(Partial.Of((Counter.Sum("draws"), 2), (Counter.Max("max.best"), 9), (Counter.Min("min.regions"), 4)));
        Assert.Equal(10, (int)merged["draws"]);
        Assert.Equal(9, (int)merged["max.best"]);
        Assert.Equal(2, (int)merged["min.regions"]);
    }

    [Theory]
    [InlineData("""{"v":3,"sum":{}}""")]
    [InlineData("""{"v":2,"avg":{"x":"1"}}""")]
    [InlineData("""{"x":1}""")]
    [InlineData("""{"x":"1.5"}""")]
    public void Unknown_formats_rules_and_values_are_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Partial>(json, ProtocolSerializer.Options));
}
