using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>The map units' hash set against HashSet, and the kind's registration and report shape.</summary>
public class TableSetTests
{
    [Fact]
    public void BehavesLikeHashSetThroughGrowthAndTheZeroTable()
    {
        var rng = new Random(3);
        var set = new TableSet(4);
        var expected = new HashSet<UInt128>();
        for (var i = 0; i < 20_000; i++)
        {
            // Small values repeat often; zero (the empty-slot marker) and high bits are included.
            var table = (UInt128)(ulong)rng.Next(0, 5_000) << (i % 3 == 0 ? 70 : 0);
            Assert.Equal(expected.Add(table), set.Add(table));
        }

        UInt128[] batch = [0, 1, 1, (UInt128)1 << 127, 123_456_789];
        var added = set.AddRange(batch);
        Assert.Equal(batch.Count(t => expected.Add(t)), added);
        Assert.Equal(expected.Count, set.Count);
        Assert.Equal(expected.Order().ToList(), set.Items().Order().ToList());
    }

    [Fact]
    public void KindIsRegisteredAndReportsRows()
    {
        Assert.NotNull(SweepCatalog.Find("neuron-expressivity"));
        var report = NeuronRun.Report(NeuronRun.Spec(2, """{"set":[0,1]}"""));
        Assert.Equal(["distinctFunctions", "closedForm", "closedFormAgrees", "method", "weightVectors", "enumeratedVectors", "storedTables"],
            report.Result.Select(p => p.Key).ToArray());
        Assert.Contains(report.Rows, r => r.Key == "distinct functions" && r.Value == "6");
        Assert.Equal("4", report.Result["weightVectors"]!.GetValue<string>());
        Assert.Equal("4", report.Result["enumeratedVectors"]!.GetValue<string>());
        // [-1, 1] with any threshold mirrors: 13 of the 27 vectors are the negations of 13 walked ones.
        Assert.Equal("14", NeuronRun.Report(NeuronRun.Spec(3, """{"min":-1,"max":1}""")).Result["enumeratedVectors"]!.GetValue<string>());
    }
}
