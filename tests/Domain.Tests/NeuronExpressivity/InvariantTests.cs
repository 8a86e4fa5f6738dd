using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>A reduce stage that did not read everything the map stage stored is refused, never reported.</summary>
public sealed class InvariantTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":4,"weights":{"min":-3,"max":3}}""";

    [Theory]
    [InlineData("""{"kind":"neuron-expressivity","n":4,"weights":{"min":-3,"max":3}}""")]
    [InlineData("""{"kind":"neuron-expressivity","n":5,"weights":{"min":-2,"max":2},"method":"canonical"}""")]
    public void Reduce_reads_exactly_what_map_stored(string spec)
    {
        var total = LocalRunner.RunToPartial(SweepDefinition.Parse(spec));
        Assert.True(total["reduce.read"] > 0);
        Assert.Equal(total["map.tables"], total["reduce.read"]);
        Assert.Null(NeuronInvariants.Check(total));
    }

    [Fact]
    public void Losing_one_map_unit_before_the_reduce_fails_the_check()
    {
        var def = SweepDefinition.Parse(Spec);
        var store = new LosingStore(new InMemoryPartialStore());
        var e = Assert.Throws<InvalidDataException>(() => LocalRunner.Run(def, store, threads: 1));
        Assert.Contains("integrity check failed", e.Message);
        Assert.Contains("map stage stored", e.Message);
    }

    [Fact]
    public void Totals_without_the_witness_are_not_judged()
    {
        Assert.Null(NeuronInvariants.Check(Partial.Of((Counter.Sum("map.tables"), 5), (Counter.Sum("distinct"), 3))));
        Assert.NotNull(NeuronInvariants.Check(Partial.Of((Counter.Sum("map.tables"), 5), (Counter.Sum("distinct"), 3), (Counter.Sum("reduce.read"), 4))));
    }

    /// <summary>Drops the first unit it is given, as a deleted -wal drops the last commits.</summary>
    private sealed class LosingStore(InMemoryPartialStore inner) : IPartialStore
    {
        private int _puts;

        public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets)
        {
            if (Interlocked.Increment(ref _puts) > 1) inner.PutUnit(sweepId, unitId, buckets);
        }

        public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => inner.ReadBucket(sweepId, bucket);

        public IEnumerable<StoredPartial> ReadSweep(string sweepId) => inner.ReadSweep(sweepId);

        public void DeleteSweep(string sweepId) => inner.DeleteSweep(sweepId);

        public PartialInventory Inventory(string sweepId) => inner.Inventory(sweepId);
    }
}
