using System.Text;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;
using Xunit;

namespace Expressivity.Actors.Tests.Serialization;

public sealed class EventVersionTests
{
    /// <summary>Persisted types at a version above 1, with the version this build writes.</summary>
    private static readonly Dictionary<Type, int> Raised = new()
    {
        [typeof(UnitCompleted)] = 2,
        [typeof(UnitSplit)] = 2,
        [typeof(CoordinatorSnapshot)] = 3,
    };

    [Fact]
    public void Every_persisted_type_is_versioned_and_written_at_its_current_version()
    {
        var persisted = ProtocolManifests.All.Where(m => m.Manifest.StartsWith("ev.", StringComparison.Ordinal) || m.Manifest.StartsWith("snap.", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, persisted.Count);
        foreach (var (manifest, type) in persisted)
        {
            Assert.True(typeof(IVersionedEvent).IsAssignableFrom(type), $"{manifest} ({type.Name}) is not versioned");
            var v = type.GetConstructors().Single().GetParameters().Single(p => p.Name == "V");
            Assert.Equal(Raised.GetValueOrDefault(type, 1), v.DefaultValue);
        }
    }

    [Fact]
    public void Version_1_completion_and_snapshot_from_an_old_journal_still_read()
    {
        var completed = (UnitCompleted)Read("ev.completed", """{"unitId":"u","result":{"x":"5"},"workerId":"w","v":1}""");
        Assert.Equal(1, completed.V);
        Assert.Null(completed.Stored);
        Assert.Equal(5, (int)completed.Result["x"]);

        var snapshot = (CoordinatorSnapshot)Read("snap.coordinator",
            """{"sweepId":"s","kind":"k","specJson":"{}","phase":"running","epoch":0,"stage":1,"stageUnits":[],"completed":["u"],"total":{"x":"5"},"unitsDoneAllStages":1,"error":null,"v":1}""");
        Assert.Equal(1, snapshot.V);
        Assert.Null(snapshot.Records);
        var state = new SweepState();
        state.Apply(snapshot);
        Assert.Equal(5, (int)state.Total["x"]);
        Assert.False(state.CanRevisit(0));
    }

    private static object Read(string manifest, string json) =>
        System.Text.Json.JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), ProtocolManifests.TypeOf(manifest), ProtocolSerializer.Options)!;
}
