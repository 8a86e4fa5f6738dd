using System.Numerics;
using Akka.Actor;
using Akka.Configuration;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Serialization;

public sealed class ProtocolSerializerTests : IDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("ser", ConfigurationFactory.Empty);
    private readonly ProtocolSerializer _serializer;

    public ProtocolSerializerTests() => _serializer = new ProtocolSerializer((ExtendedActorSystem)_system);

    public void Dispose() => _system.Dispose();

    private static readonly WorkUnit Unit = new("map/3", 0, "p:1");
    private static readonly Partial Big = Partial.Of((Counter.Sum("distinct"), BigInteger.Pow(3, 90)), (Counter.Max("max.k"), 18));

    public static TheoryData<object> Samples() =>
    [
        new StartSweep("s", "{\"kind\":\"x\"}", true),
        new RequestWork("s", "w", 4),
        new ReportUnitDone("s", "w", "u", Big, [Unit], 1.5),
        new ReportUnitDone("s", "w", "u", Partial.Empty, null, 0),
        new ReportUnitDone("s", "w", "u", Big, null, 2, new PartialDigest("ab12", 3, 99)),
        new ReportUnitFailed("s", "w", "u", "boom"),
        new WorkerHeartbeat("s", "w", ["a", "b"]),
        new ReleaseUnits("s", "w", ["a", "b"]),
        new GetSweepStatus("s"),
        new PauseSweep("s"),
        new ResumeSweep("s"),
        new CancelSweep("s"),
        new WorkGrant("s", "{}", [Unit]),
        new NoWork("s", "paused"),
        new UnitAck("s", "u"),
        new SweepCommandReply("s", true, "ok"),
        new WorkerThroughput("w", 3, 1, 0.5, 2),
        new SweepStatus("s", "k", "running", 1, 2, 3, 4, 5, 6.5, null, [new WorkerThroughput("w", 1, 1, 1, 1)], null, "{\"a\":\"1\"}", [new("a", "1")], 3),
        new SweepStatus("s", "k", "completed", 1, 2, 3, 4, 5, 6.5, null, [], null, "{}", [], 0, new ValidationSummary(1, "identical", 2, 1, 1, 1, 0, ["a", "b"], ["a"])),
        new SweepDefined("s", "k", "{}"),
        new StageStarted(2, [Unit]),
        new UnitCompleted("u", Big, "w"),
        new UnitSplit("u", Big, [Unit], "w"),
        new UnitCompleted("u", Big, "w", new PartialDigest("ab12", 3, 99)),
        new UnitsRevoked(0, ["u", "v"], "lost"),
        new SweepRetried("storage fault"),
        new SweepReset(),
        new SweepPaused(),
        new SweepResumed(),
        new SweepCancelled(),
        new SweepFailed("why"),
        new SweepFinished(),
        new CoordinatorSnapshot("s", "k", "{}", "running", 1, 0, [Unit], ["a"], Big, 9, null),
        new CoordinatorSnapshot("s", "k", "{}", "running", 1, 1, [Unit], ["a"], Big, 9, null,
            [new UnitRecord("a", 0, Big, new PartialDigest("ab12", 3, 99))], [new StagePlan(0, [Unit])], Partial.Empty, -1, 4),
        new SweepAnnounced("s", "k", "running", "{}"),
        ListSweeps.Instance,
        new SweepEntry("s", "k", "running", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
        new SweepList([new SweepEntry("s", "k", "completed", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc))]),
        new SweepStateRecorded("s", "k", "running", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
        GetWorkerStatus.Instance,
        new RunningUnit("s", "u", 1),
        new WorkerStatus("w", 2, [new RunningUnit("s", "u", 1)], 5, 0),
        new ReplicaTask(Unit, 2),
        new ReplicaGrant("s", "{}", [new ReplicaTask(Unit, 1)]),
        new ReportReplicaDone("s", "w", "u", 1, Big, null, new PartialDigest("ab12", 3, 99)),
        new ReportReplicaDone("s", "w", "u", 2, Partial.Empty, [Unit], null, "boom"),
        new ReplicaAck("s", "u", 1),
        new ValidationSummary(0.1, "identical", 5, 4, 1, 1, 0, ["w1", "w2"], ["w1"]),
        new ReplicaCompared("u", "w1", "w2", false, Big, new PartialDigest("ab12", 3, 99)),
        new DisputeResolved("u", "w3", false, Big, null, ["w1"]),
        new CoordinatorSnapshot("s", "k", "{}", "running", 1, 1, [Unit], ["a"], Big, 9, null,
            [new UnitRecord("a", 0, Big, null, "w1", true)], [new StagePlan(0, [Unit])], Partial.Empty, -1, 4,
            new Expressivity.Actors.Coordinator.Validation.ValidationSnapshot(["a"], [new Expressivity.Actors.Coordinator.Validation.DisputeRecord("a", "w1", "w2", Big, null)], 1, 0, 1, 0, ["w1", "w2"], [])),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_message_round_trips_through_its_string_manifest(object message)
    {
        var manifest = _serializer.Manifest(message);
        var back = _serializer.FromBinary(_serializer.ToBinary(message), manifest);
        Assert.Equal(message.GetType(), back.GetType());
        Assert.Equal(Normalise(message), Normalise(back));
    }

    [Fact]
    public void Every_manifest_in_the_table_has_a_sample()
    {
        var covered = ((IEnumerable<object[]>)Samples()).Select(row => row[0].GetType()).ToHashSet();
        Assert.All(ProtocolManifests.All, entry => Assert.Contains(entry.Type, covered));
    }

    [Fact]
    public void A_type_name_as_manifest_is_refused()
    {
        var bytes = _serializer.ToBinary(new UnitAck("s", "u"));
        Assert.Throws<ArgumentException>(() => _serializer.FromBinary(bytes, typeof(UnitAck).AssemblyQualifiedName!));
    }

    // Records holding lists compare by reference; compare their JSON instead.
    private static string Normalise(object o) => System.Text.Json.JsonSerializer.Serialize(o, o.GetType(), ProtocolSerializer.Options);
}
