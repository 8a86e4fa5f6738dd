using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

/// <summary>snn-regions totals that cannot be right (no region, a draw counted twice) are refused, naming the invariant.</summary>
public sealed class SnnInvariantTests
{
    [Fact]
    public void Counts_must_cover_the_box_and_every_draw_once()
    {
        var random = (SnnRegionsSpec)SweepDefinition.Parse(
            """{"kind":"snn-regions","box":{"min":-20,"max":20},"random":{"inputs":2,"layers":[2],"signs":"positive","seed":1,"count":3}}""").Spec;
        var ok = Partial.Of((SnnRegionsCounters.Draws, 3), (SnnRegionsCounters.MinRegions, 2), (SnnRegionsCounters.MaxRegions, 5), (SnnRegionsCounters.RegionsTotal, 10));
        Assert.Null(SnnRegionsInvariants.Check(random, ok));
        Assert.Equal("every draw counted once: 4 counted, 3 drawn", SnnRegionsInvariants.Check(random, ok.Merge(Partial.Of((SnnRegionsCounters.Draws, 1)))));
        Assert.Equal("regions per draw in [min ≥ 1, max]: min 2, max 5, total 16 over 3 draws",
            SnnRegionsInvariants.Check(random, ok.Merge(Partial.Of((SnnRegionsCounters.RegionsTotal, 6)))));
    }
}
