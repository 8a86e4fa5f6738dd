using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Coordinator;

public sealed class SweepStateTests
{
    private static readonly WorkUnit A = new("a", 0, "");
    private static readonly WorkUnit B = new("b", 0, "");

    private static SweepState Started()
    {
        var s = new SweepState();
        s.Apply(new SweepDefined("s1", "k", "{}"));
        s.Apply(new StageStarted(0, [A, B]));
        return s;
    }

    [Fact]
    public void Duplicate_completion_is_counted_once()
    {
        var s = Started();
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 5)), "w1"));
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 5)), "w2"));
        Assert.Equal(5, (int)s.Total["x"]);
        Assert.Equal(1, s.UnitsDoneAllStages);
        Assert.False(s.StageDone);
        Assert.Equal(["b"], s.Outstanding.Select(u => u.Id));
    }

    [Fact]
    public void Split_adds_children_to_the_stage_and_merges_what_was_done()
    {
        var s = Started();
        s.Apply(new UnitSplit("a", Partial.Of((Counter.Sum("x"), 1)), [new WorkUnit("a.0", 0, ""), new WorkUnit("a.1", 0, "")], "w"));
        Assert.Equal(["b", "a.0", "a.1"], s.Outstanding.Select(u => u.Id));
        s.Apply(new UnitCompleted("b", Partial.Of((Counter.Sum("x"), 2)), "w"));
        s.Apply(new UnitCompleted("a.0", Partial.Of((Counter.Sum("x"), 3)), "w"));
        s.Apply(new UnitCompleted("a.1", Partial.Of((Counter.Sum("x"), 4)), "w"));
        Assert.True(s.StageDone);
        Assert.Equal(4, s.StageDoneCount);
        Assert.Equal(10, (int)s.Total["x"]);
    }

    [Fact]
    public void Completion_of_an_unknown_or_earlier_stage_unit_changes_nothing()
    {
        var s = Started();
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 1)), "w"));
        s.Apply(new UnitCompleted("b", Partial.Of((Counter.Sum("x"), 1)), "w"));
        s.Apply(new StageStarted(1, [new WorkUnit("r", 1, "")]));
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 100)), "w"));
        s.Apply(new UnitCompleted("zzz", Partial.Of((Counter.Sum("x"), 100)), "w"));
        Assert.Equal(2, (int)s.Total["x"]);
        Assert.Equal(1, s.Stage);
        Assert.Equal(0, s.StageDoneCount);
        Assert.Equal(SweepPhase.Running, s.Phase);
    }

    [Fact]
    public void Snapshot_restores_the_same_state()
    {
        var s = Started();
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 7), (Counter.Max("max.m"), 3)), "w"));
        s.Apply(new SweepPaused());
        var copy = new SweepState();
        copy.Apply(s.ToSnapshot());
        Assert.Equal(s.Total, copy.Total);
        Assert.Equal(SweepPhase.Paused, copy.Phase);
        Assert.Equal(["b"], copy.Outstanding.Select(u => u.Id));
        Assert.Equal(1, copy.UnitsDoneAllStages);
        Assert.Equal(1, copy.StageDoneCount);
        Assert.False(copy.StageDone);
    }

    [Fact]
    public void Reset_starts_a_new_epoch_with_nothing_done()
    {
        var s = Started();
        s.Apply(new UnitCompleted("a", Partial.Of((Counter.Sum("x"), 7)), "w"));
        s.Apply(new SweepReset());
        Assert.Equal(1, s.Epoch);
        Assert.Equal(SweepPhase.New, s.Phase);
        Assert.Empty(s.StageUnits);
        Assert.Equal(Partial.Empty, s.Total);
    }

    [Fact]
    public void Pause_resume_cancel_follow_the_allowed_transitions()
    {
        var s = Started();
        s.Apply(new SweepResumed());
        Assert.Equal(SweepPhase.Running, s.Phase);
        s.Apply(new SweepPaused());
        Assert.Equal(SweepPhase.Paused, s.Phase);
        s.Apply(new SweepCancelled());
        Assert.Equal(SweepPhase.Cancelled, s.Phase);
        s.Apply(new SweepResumed());
        Assert.Equal(SweepPhase.Cancelled, s.Phase);
    }
}
