using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Validation;

/// <summary>The journaled validation state: comparisons, votes, the replaced record, snapshots and revocations.</summary>
public sealed class ValidationLedgerTests
{
    private static readonly WorkUnit A = new("a", 0, "");
    private static readonly WorkUnit B = new("b", 0, "");
    private static readonly Partial Right = Partial.Of((Counter.Sum("x"), 5), (Counter.Max("max.m"), 9));
    private static readonly Partial Wrong = Partial.Of((Counter.Sum("x"), 6), (Counter.Max("max.m"), 9));
    private static readonly Partial Other = Partial.Of((Counter.Sum("x"), 7), (Counter.Max("max.m"), 2));

    private static SweepState Disputed()
    {
        var s = new SweepState();
        s.Apply(new SweepDefined("s1", "k", "{}"));
        s.Apply(new StageStarted(0, [A, B]));
        s.Apply(new UnitCompleted("a", Wrong, "w1"));
        s.Apply(new UnitCompleted("b", Other, "w1"));
        s.Apply(new ReplicaCompared("b", "w1", "w2", true, Other, null));
        s.Apply(new ReplicaCompared("a", "w1", "w2", false, Right, null));
        return s;
    }

    [Fact]
    public void A_lost_vote_replaces_the_first_result_and_rebuilds_the_total()
    {
        var s = Disputed();
        Assert.Equal(Wrong.Merge(Other), s.Total);
        Assert.Equal("w2", s.Validation.DisputeOf("a")!.ReplicaWorker);
        Assert.Equal(["w1", "w2"], s.Validation.Suspects);

        s.Apply(new DisputeResolved("a", "w3", false, Right, null, ["w1"]));
        s.Apply(new DisputeResolved("a", "w3", false, Right, null, ["w1"])); // a duplicate changes nothing
        Assert.Equal(Right.Merge(Other), s.Total);
        Assert.Equal(Right, s.RecordOf("a")!.Result);
        Assert.Equal((2L, 1L, 1L, 1L), (s.Validation.Checked, s.Validation.Agreed, s.Validation.Mismatches, s.Validation.Resolved));
        Assert.Null(s.Validation.DisputeOf("a"));
        Assert.Equal(["w1"], s.Validation.Outvoted);
        Assert.Equal(2, s.UnitsDoneAllStages); // every unit counted once
    }

    [Fact]
    public void A_won_vote_keeps_the_first_result()
    {
        var s = Disputed();
        s.Apply(new DisputeResolved("a", "w3", true, Wrong, null, ["w2"]));
        Assert.Equal(Wrong.Merge(Other), s.Total);
        Assert.Equal(["w2"], s.Validation.Outvoted);
    }

    [Fact]
    public void Validation_state_survives_a_snapshot()
    {
        var s = Disputed();
        var copy = new SweepState();
        copy.Apply(s.ToSnapshot());
        Assert.True(copy.Validation.IsChecked("a"));
        Assert.True(copy.Validation.IsChecked("b"));
        Assert.Equal(Right, copy.Validation.DisputeOf("a")!.ReplicaResult);
        Assert.Equal((2L, 1L, 1L), (copy.Validation.Checked, copy.Validation.Agreed, copy.Validation.Mismatches));
        Assert.Equal("w1", copy.RecordOf("a")!.WorkerId);
        copy.Apply(new DisputeResolved("a", "w3", false, Right, null, ["w1"]));
        Assert.Equal(Right.Merge(Other), copy.Total);
    }

    [Fact]
    public void A_revoked_unit_is_validated_again_and_a_fresh_start_forgets_everything()
    {
        var s = Disputed();
        s.Apply(new UnitsRevoked(0, ["a"], "lost"));
        Assert.False(s.Validation.IsChecked("a"));
        Assert.Null(s.Validation.DisputeOf("a"));
        Assert.True(s.Validation.IsChecked("b"));
        s.Apply(new SweepReset());
        Assert.False(s.Validation.IsChecked("b"));
        Assert.Equal(0, s.Validation.Checked);
    }

    [Fact]
    public void Selection_is_deterministic_and_close_to_the_fraction()
    {
        var picked = Enumerable.Range(0, 10_000).Count(i => ValidationSelection.Selected("s1", $"map/{i}", 0.1));
        Assert.Equal(picked, Enumerable.Range(0, 10_000).Count(i => ValidationSelection.Selected("s1", $"map/{i}", 0.1)));
        Assert.InRange(picked, 900, 1100);
        Assert.False(ValidationSelection.Selected("s1", "u", 0));
        Assert.True(ValidationSelection.Selected("s1", "u", 1));
    }
}
