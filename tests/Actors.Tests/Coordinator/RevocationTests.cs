using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Coordinator;

/// <summary>Units whose stored partials are lost are revoked: the total is rebuilt without them, exactly.</summary>
public sealed class RevocationTests
{
    private static readonly PartialDigest D1 = new("aa", 1, 10);
    private static readonly PartialDigest D2 = new("bb", 1, 20);
    private static readonly WorkUnit A = new("a", 0, "");
    private static readonly WorkUnit B = new("b", 0, "");
    private static readonly WorkUnit R = new("reduce", 1, "");

    private static SweepState MapDone()
    {
        var s = new SweepState();
        s.Apply(new SweepDefined("s1", "k", "{}"));
        s.Apply(new StageStarted(0, [A, B]));
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 5), (Counter.Max("max.m"), 9)), "w", D1));
        s.Apply(new UnitCompleted("b", Partial.Of((Counter.Sum("x"), 7), (Counter.Max("max.m"), 2)), "w", D2));
        return s;
    }

    [Fact]
    public void Revoking_a_unit_of_the_current_stage_requeues_it_and_rebuilds_the_total()
    {
        var s = MapDone();
        s.Apply(new UnitsRevoked(0, ["a"], "lost"));
        Assert.Equal(["a"], s.Outstanding.Select(u => u.Id));
        Assert.Equal(Partial.Of((Counter.Sum("x"), 7), (Counter.Max("max.m"), 2)), s.Total);
        Assert.Equal(1, s.UnitsDoneAllStages);
        Assert.Equal(1, s.RecomputedUnits);
        Assert.True(s.IsOutstanding("a"));

        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 5), (Counter.Max("max.m"), 9)), "w", D1));
        Assert.True(s.StageDone);
        Assert.Equal(Partial.Of((Counter.Sum("x"), 12), (Counter.Max("max.m"), 9)), s.Total);
    }

    [Fact]
    public void Revoking_an_earlier_stage_unit_goes_back_and_discards_what_later_stages_read()
    {
        var s = MapDone();
        s.Apply(new StageStarted(1, [R]));
        s.Apply(new UnitCompleted("reduce", Partial.Of((Counter.Sum("sum"), 12)), "w"));
        Assert.True(s.StageDone);

        s.Apply(new UnitsRevoked(0, ["b"], "lost"));
        Assert.Equal(0, s.Stage);
        Assert.Equal(["b"], s.Outstanding.Select(u => u.Id));
        Assert.Equal(Partial.Of((Counter.Sum("x"), 5), (Counter.Max("max.m"), 9)), s.Total);
        Assert.Equal(2, s.RecomputedUnits); // b, and the reduce that read it
        Assert.Equal(1, s.UnitsDoneAllStages);

        s.Apply(new UnitCompleted("b", Partial.Of((Counter.Sum("x"), 7), (Counter.Max("max.m"), 2)), "w", D2));
        s.Apply(new StageStarted(1, [R]));
        Assert.True(s.IsOutstanding("reduce"));
        s.Apply(new UnitCompleted("reduce", Partial.Of((Counter.Sum("sum"), 12)), "w"));
        Assert.Equal(Partial.Of((Counter.Sum("x"), 12), (Counter.Max("max.m"), 9), (Counter.Sum("sum"), 12)), s.Total);
        Assert.Equal(3, s.UnitsDoneAllStages);
    }

    [Fact]
    public void Records_plans_and_recomputed_units_survive_a_snapshot()
    {
        var s = MapDone();
        s.Apply(new StageStarted(1, [R]));
        s.Apply(new UnitsRevoked(0, ["a"], "lost"));
        var copy = new SweepState();
        copy.Apply(s.ToSnapshot());
        Assert.Equal(s.Total, copy.Total);
        Assert.Equal(1, copy.RecomputedUnits);
        Assert.Equal(["b"], copy.StoredUnits.Select(r => r.UnitId));
        Assert.True(copy.CanRevisit(0));
        copy.Apply(new UnitsRevoked(0, ["b"], "lost again"));
        Assert.Equal(Partial.Empty, copy.Total);
        Assert.Equal(["a", "b"], copy.Outstanding.Select(u => u.Id));
    }

    [Fact]
    public void A_version_1_snapshot_keeps_its_total_but_cannot_be_taken_apart()
    {
        var v1 = new CoordinatorSnapshot("s1", "k", "{}", SweepPhase.Running, 0, 1, [R], ["a", "b"], Partial.Of((Counter.Sum("x"), 12)), 2, null, V: 1);
        var s = new SweepState();
        s.Apply(v1);
        Assert.Equal(Partial.Of((Counter.Sum("x"), 12)), s.Total);
        Assert.False(s.CanRevisit(0));
        Assert.False(s.CanRevisit(1));
        Assert.Empty(s.StoredUnits);
        s.Apply(new UnitsRevoked(0, ["a"], "lost")); // never written for such a state; ignored if it were
        Assert.Equal(Partial.Of((Counter.Sum("x"), 12)), s.Total);
    }

    [Fact]
    public void Retry_after_failure_keeps_completed_units()
    {
        var s = MapDone();
        s.Apply(new StageStarted(1, [R]));
        s.Apply(new SweepFailed("unit reduce failed 3 times: storage fault"));
        s.Apply(new SweepRetried("unit reduce failed 3 times: storage fault"));
        Assert.Equal(SweepPhase.Running, s.Phase);
        Assert.Null(s.Error);
        Assert.Equal(["reduce"], s.Outstanding.Select(u => u.Id));
        Assert.Equal(Partial.Of((Counter.Sum("x"), 12), (Counter.Max("max.m"), 9)), s.Total);
    }

    [Fact]
    public void Audit_reports_missing_and_damaged_units_only()
    {
        var s = MapDone();
        var inventory = new PartialInventory(new Dictionary<string, PartialDigest> { ["a"] = D1 with { Sha256 = "cc" }, ["zz"] = D2 });
        var findings = PartialAudit.Compare(s.StoredUnits, inventory);
        Assert.Equal(["a", "b"], findings.Lost.Select(r => r.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal(1, findings.Missing);
        Assert.Equal(1, findings.Damaged);
        Assert.Empty(PartialAudit.Compare(s.StoredUnits, new PartialInventory(new Dictionary<string, PartialDigest> { ["a"] = D1, ["b"] = D2 })).Lost);
    }
}
