using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions.Refinement;

/// <summary>Vertex cells (four and five inputs) against LP cells, an independent method, and against exact known counts.</summary>
public class VertexCellTests
{
    [Theory]
    [InlineData(4, new[] { 3 }, false)]
    [InlineData(4, new[] { 3, 2 }, false)]
    [InlineData(4, new[] { 2, 2 }, true)]
    [InlineData(5, new[] { 2, 1 }, false)]
    public void VertexCellsAndLpCellsAgree(int inputs, int[] widths, bool mixed)
    {
        var family = new RandomNetworks(inputs, widths, mixed);
        for (var draw = 0; draw < 2; draw++)
        {
            var network = family.Draw(7, draw);
            var vertices = RegionRefinement.Regions(network, -3, 3);
            var polytopes = RegionRefinement.Regions(network, -3, 3, polytope: true);
            Assert.IsType<VertexCell>(vertices[0].Cell);
            Assert.Equal(Patterns(polytopes), Patterns(vertices));
            Assert.Equal(OutputMaps.Count(polytopes), OutputMaps.Count(vertices));
        }
    }

    [Fact]
    public void OneNeuronOnFourInputsHasFifteenRegions()
    {
        // Theorem 4: 2^4 − 1 causal sets with positive weights and a large enough box.
        var neuron = new SpikingNeuron([BigRational.Create(1, 4), 1, BigRational.Create(3, 2), 2], [0, BigRational.Create(1, 8), BigRational.Create(1, 2), 1], 1);
        var regions = RegionRefinement.Regions(SpikingNetwork.OneLayer(neuron), -1000, 1000);
        Assert.Equal(15, RefinementCount.Of(regions).Regions);
    }

    [Fact]
    public void ClippingAQuotientCubeKeepsExactVertices()
    {
        // The quotient of [−1, 1]^4 is the rhombic dodecahedron {|y_i| < 2, |y_i − y_j| < 2}: 14 vertices.
        var cell = (VertexCell)QuotientSpace.Cell(4, 2);
        Assert.Equal(14, cell.Vertices.Count);
        Assert.Equal(12, cell.Constraints.Count);
        // Cut by y_0 + y_1 + y_2 < 0: the centre is on the plane, so both halves keep interior.
        var plane = new AffineForm([1, 1, 1], 0);
        var below = (VertexCell)cell.Clip(LinearInequality.Of(plane, strict: true))!;
        var above = (VertexCell)cell.Clip(LinearInequality.Of(plane, strict: true).Negate())!;
        Assert.All(below.Vertices, v => Assert.True(plane.At(v).Sign <= 0));
        Assert.All(above.Vertices, v => Assert.True(plane.At(v).Sign >= 0));
        Assert.True(plane.At(below.Witness).Sign < 0);
        Assert.Equal(below.Vertices.Count, above.Vertices.Count); // symmetric under y -> −y
        Assert.Null(cell.Clip(LinearInequality.Of(new AffineForm([1, 0, 0], 2), strict: true))); // y_0 < −2 misses it
        Assert.Same(cell, cell.Clip(LinearInequality.Of(new AffineForm([1, 0, 0], -2), strict: true))); // y_0 < 2 holds on it
    }

    private static string[] Patterns(IReadOnlyList<RefinedRegion> regions) =>
        regions.Select(r => string.Join(",", r.Patterns.Select(p => p.Code))).Distinct().Order(StringComparer.Ordinal).ToArray();
}
