using System.Globalization;
using System.Text;
using Akka.Actor;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Tests.Support;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Validation;

/// <summary>
/// Real workers, one of them faulty: its first unit stores a wrong sum (a test-only runner given to its
/// constructor; no setting reaches it). With validation the faulty unit is found, outvoted and its stored
/// data repaired before the reduce stage reads it, and the sweep ends exact; without, the wrong sum is the result.
/// </summary>
public sealed class FaultyWorkerTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private readonly SweepDefinition _def;
    private readonly InMemoryPartialStore _store = new();
    private readonly TaskCompletionSource<string> _corrupted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FaultyWorkerTests()
        : base(""""
            akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
            """")
    {
        SweepCatalog.Register(SquaresKind.Instance);
        _def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 6));
    }

    [Fact]
    public async Task A_worker_storing_a_wrong_result_is_outvoted_and_the_sweep_ends_exact()
    {
        var done = await RunWithFaultyWorker(1.0);
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"6\"", done.ResultJson);
        var v = done.Validation!;
        Assert.Equal((7L, 6L, 1L, 1L), (v.Checked, v.Agreed, v.Mismatches, v.Resolved));
        Assert.Equal(["faulty"], v.Outvoted);
        Assert.Contains("faulty", v.Suspects);
        Assert.Equal(7, done.UnitsDoneAllStages); // six ranges and the reduce, each counted once
    }

    [Fact]
    public async Task Without_validation_the_wrong_result_goes_through()
    {
        var done = await RunWithFaultyWorker(0);
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000) + 1}\"", done.ResultJson);
        Assert.Null(done.Validation);
    }

    private async Task<SweepStatus> RunWithFaultyWorker(double fraction)
    {
        var coordinator = Sys.ActorOf(Props.Create(() => new SweepCoordinator(_def.Id, _store, new CoordinatorOptions { ValidateFraction = fraction }, null)));
        Assert.True((await coordinator.Ask<SweepCommandReply>(new StartSweep(_def.Id, _def.NormalJson, false), Wait)).Ok);

        // The faulty worker starts alone, so it surely computes a unit; the honest ones join once it has.
        Worker(coordinator, "faulty", Faulty);
        await _corrupted.Task.WaitAsync(Wait);
        Worker(coordinator, "honest-1", ReplicaRun.Kind);
        Worker(coordinator, "honest-2", ReplicaRun.Kind);

        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var s = await coordinator.Ask<SweepStatus>(new GetSweepStatus(_def.Id), Wait);
            if (SweepPhase.IsFinal(s.State)) return s;
            Assert.True(DateTime.UtcNow < deadline, $"sweep still {s.State} at stage {s.Stage}: {s.StageUnitsDone}/{s.StageUnitsTotal}");
            await Task.Delay(50);
        }
    }

    private void Worker(IActorRef coordinator, string id, ReplicaRun.Runner runner)
    {
        var options = new WorkerOptions { Capacity = 1, PollInterval = TimeSpan.FromMilliseconds(50), HeartbeatInterval = TimeSpan.FromSeconds(1) };
        var worker = Sys.ActorOf(Props.Create(() => new SweepWorker(id, coordinator, _store, options, runner)), id);
        // No registry in this plain actor system: the worker is told which sweep runs.
        worker.Tell(new SweepList([new SweepEntry(_def.Id, _def.Kind.Name, SweepPhase.Running, DateTime.UtcNow)]));
    }

    /// <summary>The faulty worker's runner: its first stage-0 unit stores a sum one too large; everything else is honest.</summary>
    private UnitOutcome Faulty(SweepDefinition definition, WorkUnit unit, UnitContext context, int round)
    {
        if (round != 0 || unit.Stage != 0 || _corrupted.Task.IsCompleted) return ReplicaRun.Kind(definition, unit, context, round);
        var outcome = ReplicaRun.Kind(definition, unit, context with { Store = new OffByOneStore(context.Store) }, round);
        _corrupted.TrySetResult(unit.Id);
        return outcome;
    }

    /// <summary>Stores every decimal sum plus one.</summary>
    private sealed class OffByOneStore(IPartialStore inner) : IPartialStore
    {
        public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) =>
            inner.PutUnit(sweepId, unitId, buckets.ToDictionary(kv => kv.Key, kv =>
                Encoding.UTF8.GetBytes((System.Numerics.BigInteger.Parse(Encoding.UTF8.GetString(kv.Value), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture))));

        public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => inner.ReadBucket(sweepId, bucket);

        public IEnumerable<StoredPartial> ReadSweep(string sweepId) => inner.ReadSweep(sweepId);

        public void DeleteSweep(string sweepId) => inner.DeleteSweep(sweepId);

        public PartialInventory Inventory(string sweepId) => inner.Inventory(sweepId);
    }
}
