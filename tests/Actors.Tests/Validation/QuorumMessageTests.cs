using System.Numerics;
using Akka.Actor;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Validation;

/// <summary>
/// Validation at the message level: the test plays three workers against one coordinator. Worker w1 reports
/// one unit's partial wrong; the second computation (w2) disagrees, the third (w3) sides with w2, and the
/// sweep ends with the exact total and the mismatch reported. Without validation the same lie goes through.
/// </summary>
public sealed class QuorumMessageTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly SweepDefinition _def;
    private readonly InMemoryPartialStore _store = new(); // the coordinator's; the test's "workers" write to it as real ones would

    public QuorumMessageTests()
        : base(""""
            akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
            """")
    {
        SweepCatalog.Register(SquaresKind.Instance);
        _def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 100, units: 4));
    }

    [Fact]
    public void A_corrupted_partial_is_outvoted_and_the_sweep_ends_exact()
    {
        var c = Coordinator(1.0);
        var units = MapStage(c);

        // Second computations go to w2 (never to w1, which computed every unit).
        var replicas = Replicas(c, "w2", 4);
        Assert.Equal(units.Select(u => u.Id).Order(StringComparer.Ordinal), replicas.Select(t => t.Unit.Id).Order(StringComparer.Ordinal));
        Assert.All(replicas, t => Assert.Equal(1, t.Round));
        foreach (var t in replicas) ReportReplica(c, "w2", t, Honest(t.Unit));

        // The one mismatch goes to a third worker; w2 is excluded like w1.
        c.Tell(new RequestWork(_def.Id, "w2", 4), TestActor);
        Assert.Equal("running", ExpectMsg<NoWork>(Wait).State);
        var tiebreak = Assert.Single(Replicas(c, "w3", 4));
        Assert.Equal((units[2].Id, 2), (tiebreak.Unit.Id, tiebreak.Round));
        var during = Status(c);
        Assert.Equal((4L, 3L, 1L, 0L), (during.Validation!.Checked, during.Validation.Agreed, during.Validation.Mismatches, during.Validation.Resolved));
        Assert.Equal(["w1", "w2"], during.Validation.Suspects);
        Assert.Equal(0, during.Stage); // the stage waits for the vote
        ReportReplica(c, "w3", tiebreak, Honest(tiebreak.Unit));

        // Stage 1: the reduce unit, checked too (it agrees).
        var reduce = Assert.Single(Grant(c, "w1", 4).Units);
        var squares = Partial.Of((Counter.Sum("squares"), SquaresKind.Expected(100)));
        Done(c, "w1", reduce, squares);
        ReportReplica(c, "w2", Assert.Single(Replicas(c, "w2", 4)), squares);

        var done = AwaitStatus(c, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains("\"ranges\":\"4\"", done.ResultJson);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(100)}\"", done.ResultJson);
        Assert.Contains("\"checked\":\"5\",\"agreed\":\"4\",\"mismatches\":\"1\",\"resolved\":\"1\"", done.ResultJson);
        Assert.Equal(["w1"], done.Validation!.Outvoted);
        Assert.Contains(done.ResultRows!, r => r.Key == "validation" && r.Value == "checked 5, agreed 4, mismatches 1, resolved 1 (outvoted: w1)");
    }

    [Fact]
    public void Without_validation_the_same_corruption_goes_through()
    {
        var c = Coordinator(0);
        MapStage(c);
        var reduce = Assert.Single(Grant(c, "w1", 4).Units);
        Done(c, "w1", reduce, Partial.Of((Counter.Sum("squares"), SquaresKind.Expected(100))));

        var done = AwaitStatus(c, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains("\"ranges\":\"5\"", done.ResultJson); // wrong: four ranges, one counted twice
        Assert.Null(done.Validation);
        Assert.DoesNotContain("validation", done.ResultJson);
    }

    [Fact]
    public void Three_different_results_fail_the_sweep_naming_the_unit_and_workers()
    {
        var c = Coordinator(1.0);
        var units = MapStage(c);
        foreach (var t in Replicas(c, "w2", 4))
            ReportReplica(c, "w2", t, t.Unit.Id == units[2].Id ? Lie(t.Unit, 3) : Honest(t.Unit));
        var tiebreak = Assert.Single(Replicas(c, "w3", 4));
        ReportReplica(c, "w3", tiebreak, Lie(tiebreak.Unit, 4));

        var failed = AwaitStatus(c, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Failed, failed.State);
        Assert.StartsWith($"validation: unit {units[2].Id} has three different results, no majority: w1 ", failed.Error);
        Assert.Contains("; w2 ", failed.Error);
        Assert.Contains("; w3 ", failed.Error);
    }

    [Fact]
    public void With_one_worker_the_coordinator_computes_the_check_itself()
    {
        var c = Coordinator(1.0);
        Start(c);
        var units = Grant(c, "w1", 4).Units;
        foreach (var u in units)
        {
            var (result, stored) = Real(u);
            Done(c, "w1", u, u == units[1] ? Lie(u, 2) : result, stored);
        }

        // No other worker ever asks: the coordinator runs the checks and the vote itself, against the real kind.
        var status = AwaitStatus(c, s => s.Stage == 1);
        Assert.Equal(1, status.Stage);
        Assert.Equal((4L, 3L, 1L, 1L), (status.Validation!.Checked, status.Validation.Agreed, status.Validation.Mismatches, status.Validation.Resolved));
        Assert.Equal(["w1"], status.Validation.Outvoted);
        Assert.Equal([SweepCoordinator.LocalWorker, "w1"], status.Validation.Suspects);
    }

    private IActorRef Coordinator(double fraction) =>
        Sys.ActorOf(Props.Create(() => new SweepCoordinator(_def.Id, _store, new CoordinatorOptions { ValidateFraction = fraction }, null)));

    private void Start(IActorRef c)
    {
        c.Tell(new StartSweep(_def.Id, _def.NormalJson, false), TestActor);
        Assert.True(ExpectMsg<SweepCommandReply>(Wait).Ok);
    }

    /// <summary>Starts the sweep with three known workers; w1 computes the four map units, unit 2 with a wrong partial.</summary>
    private IReadOnlyList<WorkUnit> MapStage(IActorRef c)
    {
        Start(c);
        var units = Grant(c, "w1", 4).Units;
        Assert.Equal(4, units.Count);
        foreach (var w in new[] { "w2", "w3" })
        {
            c.Tell(new RequestWork(_def.Id, w, 4), TestActor);
            ExpectMsg<NoWork>(Wait);
        }

        foreach (var u in units) Done(c, "w1", u, u == units[2] ? Lie(u, 2) : Honest(u));
        return units;
    }

    private WorkGrant Grant(IActorRef c, string worker, int capacity)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            c.Tell(new RequestWork(_def.Id, worker, capacity), TestActor);
            var reply = ExpectMsg<object>(Wait);
            if (reply is WorkGrant g) return g;
            Assert.True(DateTime.UtcNow < deadline, $"no grant for {worker}: {reply}");
            Thread.Sleep(20);
        }
    }

    private IReadOnlyList<ReplicaTask> Replicas(IActorRef c, string worker, int capacity)
    {
        c.Tell(new RequestWork(_def.Id, worker, capacity), TestActor);
        return ExpectMsg<ReplicaGrant>(Wait).Tasks;
    }

    private void Done(IActorRef c, string worker, WorkUnit unit, Partial result, PartialDigest? stored = null)
    {
        c.Tell(new ReportUnitDone(_def.Id, worker, unit.Id, result, null, 0.1, stored), TestActor);
        ExpectMsg<UnitAck>(Wait);
    }

    private void ReportReplica(IActorRef c, string worker, ReplicaTask task, Partial result)
    {
        c.Tell(new ReportReplicaDone(_def.Id, worker, task.Unit.Id, task.Round, result, null, null), TestActor);
        ExpectMsg<ReplicaAck>(Wait);
    }

    /// <summary>What the kind really computes for a unit: its partial and the digest of what it stores.</summary>
    private (Partial Result, PartialDigest? Stored) Real(WorkUnit u)
    {
        var store = new DigestingPartialStore(_store);
        var outcome = (UnitOutcome.Completed)SquaresKind.Instance.Run(_def.Spec, u, new UnitContext(_def.Id, store, CancellationToken.None));
        return (outcome.Result, store.Written);
    }

    private static Partial Honest(WorkUnit u) => Lie(u, 1);

    private static Partial Lie(WorkUnit u, int ranges) =>
        Partial.Of((Counter.Sum("ranges"), ranges), (Counter.Max("max.to"), BigInteger.Parse(u.Payload.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));

    private SweepStatus Status(IActorRef c)
    {
        c.Tell(new GetSweepStatus(_def.Id), TestActor);
        return ExpectMsg<SweepStatus>(Wait);
    }

    private SweepStatus AwaitStatus(IActorRef c, Func<SweepStatus, bool> until)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var s = Status(c);
            if (until(s) || DateTime.UtcNow > deadline) return s;
            Thread.Sleep(20);
        }
    }
}
