using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions.Refinement;

/// <summary>
/// Units as subtrees of the refinement tree, split at run time by a node budget: whatever the budget, the
/// cells of all units together are exactly the whole refinement's, and the merge stage counts them exactly.
/// </summary>
public class RunTimeSplitTests
{
    private static string Key(RefinedRegion r) =>
        string.Join(",", r.Patterns.Select(p => p.Code)) + "@" + string.Join(",", r.Cell.Witness);

    [Theory]
    [InlineData(2, new[] { 4, 3 }, false, 1)]
    [InlineData(2, new[] { 4, 3 }, false, 7)]
    [InlineData(3, new[] { 3, 2 }, false, 5)]
    [InlineData(3, new[] { 3, 2 }, true, 4)]
    [InlineData(4, new[] { 2, 1 }, false, 3)]
    public void SubtreesWithAnyBudgetGiveTheWholeRefinement(int inputs, int[] widths, bool mixed, long budget)
    {
        var network = new RandomNetworks(inputs, widths, mixed).Draw(11, 0);
        var whole = RegionRefinement.Regions(network, -4, 4).Select(Key).Order(StringComparer.Ordinal).ToList();
        var found = new List<string>();
        var queue = new Queue<IReadOnlyList<int[]>>([RegionRefinement.Paths(network, -4, 4, RegionRefinement.CutDepth(network))]);
        var units = 0;
        while (queue.Count > 0)
        {
            units++;
            var rest = RegionRefinement.Subtrees(network, -4, 4, queue.Dequeue(), budget, r => found.Add(Key(r)));
            foreach (var group in RefinementPath.Groups(rest, 3)) queue.Enqueue(group);
        }

        Assert.Equal(whole, found.Order(StringComparer.Ordinal));
        Assert.True(units > 1);
    }

    [Fact]
    public void PathsRoundTripThroughPayloadText()
    {
        int[][] paths = [[3, 0, 2], [0], [12, 1]];
        var text = RefinementPath.FormatList(paths);
        Assert.Equal("3.0.2 0 12.1", text);
        Assert.Equal(paths, RefinementPath.ParseList(text));
        Assert.Equal([1, 2], RefinementPath.Groups(paths, 2).Select(g => g.Count));
    }

    [Theory]
    [InlineData(2, new[] { 5, 3 }, false)]
    [InlineData(3, new[] { 3, 2 }, true)]
    [InlineData(4, new[] { 2, 2 }, false)]
    public void StoredCellsRoundTripExactly(int inputs, int[] widths, bool mixed)
    {
        var network = new RandomNetworks(inputs, widths, mixed).Draw(2, 1);
        var regions = RegionRefinement.Regions(network, -4, 4);
        var back = StoredCells.Decode(StoredCells.Encode(regions), inputs, 8);
        Assert.Equal(regions.Select(Key), back.Select(Key));
        Assert.Equal(regions.Select(r => OutputMaps.Key(r.Outputs)), back.Select(r => OutputMaps.Key(r.Outputs)));
        Assert.Equal(OutputMaps.Count(regions), OutputMaps.Count(back));
    }

    [Theory]
    [InlineData(2, new[] { 4, 3 }, false, 2)]
    [InlineData(3, new[] { 3, 2 }, true, 3)]
    public void TheSweepWithTinyUnitsCountsWhatOneRefinementCounts(int inputs, int[] widths, bool mixed, long budget)
    {
        var network = new RandomNetworks(inputs, widths, mixed).Draw(4, 0);
        var json = """{"kind":"snn-regions","box":{"min":-4,"max":4},"network":NET}""".Replace("NET", NetworkJson.Write(network).ToJsonString());
        var definition = SweepDefinition.Parse(json);
        var spec = (SnnRegionsSpec)definition.Spec;
        var context = new UnitContext(definition.Id, new InMemoryPartialStore(), CancellationToken.None);

        // Stage 0 by hand with a tiny budget, so every planned unit splits; then the kind's own merge stage.
        var total = Partial.Empty;
        var queue = new Queue<WorkUnit>(definition.Kind.Plan(spec, 0, Partial.Empty));
        var splits = 0;
        while (queue.Count > 0)
        {
            switch (SnnRegionsKind.CellsUnit(spec, queue.Dequeue(), context, budget))
            {
                case UnitOutcome.Completed c:
                    total = total.Merge(c.Result);
                    break;
                case UnitOutcome.Split s:
                    splits++;
                    total = total.Merge(s.Done);
                    foreach (var child in s.Children) queue.Enqueue(child);
                    break;
            }
        }

        foreach (var unit in definition.Kind.Plan(spec, 1, total))
        {
            total = total.Merge(((UnitOutcome.Completed)definition.Kind.Run(spec, unit, context)).Result);
        }

        Assert.True(splits > 0);
        Assert.Null(definition.Kind.CheckTotal(spec, total));
        var regions = RegionRefinement.Regions(network, -4, 4);
        var (linear, maps) = OutputMaps.Count(regions);
        var report = definition.Kind.Report(spec, total).Result;
        Assert.Equal(RefinementCount.Of(regions).Regions.ToString(System.Globalization.CultureInfo.InvariantCulture), report["regions"]!.GetValue<string>());
        Assert.Equal(linear.ToString(System.Globalization.CultureInfo.InvariantCulture), report["linearRegions"]!.GetValue<string>());
        Assert.Equal(maps.ToString(System.Globalization.CultureInfo.InvariantCulture), report["affineMaps"]!.GetValue<string>());
        // And the plain runner (default budget) agrees.
        Assert.Equal(report.ToJsonString(), LocalRunner.Run(SweepDefinition.Parse(json)).Result.ToJsonString());
    }
}
