using Akka.Actor;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Xunit;

namespace Expressivity.Actors.Tests.Commands;

public sealed class SweepWatchViewTests
{
    private static readonly SweepWatchView.ClusterView AllUp = new(new HashSet<string> { "h:1" }, CoordinatorUp: true);

    private static SweepStatus Status(string state, params WorkerThroughput[] workers) =>
        new("s1", "squares", state, 0, 40, 100, 40, 2, 3.5, 17, workers, null, null, null);

    [Fact]
    public void Only_current_members_are_listed_and_a_restarted_worker_once()
    {
        WorkerThroughput[] workers =
        [
            new("10.0.0.1:4054/100", 30, 0, 0, 40), // the process before a restart on the same port
            new("10.0.0.1:4054/200", 5, 1, 1.5, 1),
            new("10.0.0.2:4054/300", 5, 1, 1.5, 2), // its node has left
        ];

        var live = SweepWatchView.LiveWorkers(workers, new HashSet<string> { "10.0.0.1:4054", "10.0.0.9:4053" });

        Assert.Equal(["10.0.0.1:4054/200"], live.Select(w => w.WorkerId));
    }

    [Fact]
    public void A_completed_sweep_shows_no_rate_eta_or_workers()
    {
        var lines = SweepWatchView.Lines(Status("completed", new WorkerThroughput("h:1/1", 40, 0, 2, 1)), new HashSet<string> { "h:1" }, coordinatorUp: true);

        Assert.Equal(["[############..................] stage 0: 40/100 units (completed)"], lines);
    }

    [Fact]
    public void A_running_sweep_shows_rate_workers_stalls_and_a_missing_coordinator()
    {
        var lines = SweepWatchView.Lines(Status("running", new WorkerThroughput("h:1/1", 40, 2, 2, 30)), new HashSet<string> { "h:1" }, coordinatorUp: false);

        Assert.Equal(3, lines.Count);
        Assert.Contains("3.5 units/s", lines[0]);
        Assert.Equal("  no coordinator-role node is up and reachable: units are not being leased", lines[1]);
        Assert.Equal("  h:1/1: 40 done, 2 in flight, 2.00 units/s  STALLED: not heard from for 30 s", lines[2]);
    }

    [Fact]
    public void A_journal_fault_under_retry_is_shown_as_a_storage_fault()
    {
        var status = Status("running") with { Error = "journal fault: write failed on server db:5432, database x" };

        var lines = SweepWatchView.Lines(status, AllUp.MemberEndpoints, coordinatorUp: true);

        Assert.Equal("  storage fault: journal fault: write failed on server db:5432, database x; nothing is leased until the coordinator's retry finds the database again", lines[1]);
    }

    [Fact]
    public async Task No_answer_says_since_when_the_coordinator_is_unreachable_then_the_watch_goes_on()
    {
        // Two unanswered questions, then the coordinator is back and the sweep completes.
        var answers = new Queue<SweepStatus?>([null, null, Status("running"), Status("completed")]);
        var views = new Queue<SweepWatchView.ClusterView>([new(new HashSet<string>(), false), new(new HashSet<string>(), true), AllUp, AllUp]);
        var output = new StringWriter();

        var code = await SweepWatchView.Follow(
            _ => answers.Dequeue() is { } s ? Task.FromResult(s) : Task.FromException<SweepStatus>(new AskTimeoutException("no answer")),
            views.Dequeue, output, TimeSpan.Zero, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Matches(@"^coordinator unreachable since (\d\d:\d\d:\d\d) UTC \(\d+ s\): no coordinator-role node is up and reachable$", lines[0]);
        Assert.Matches(@"^coordinator unreachable since \d\d:\d\d:\d\d UTC \(\d+ s\): it is moving to another node or its journal database is unreachable", lines[1]);
        Assert.Equal(lines[0][..38], lines[1][..38]); // the same "since": the first question not answered
        Assert.Contains("(running)", lines[2]);
        Assert.Equal("[############..................] stage 0: 40/100 units (completed)", lines[^1]);
        Assert.Empty(answers);
    }

    [Fact]
    public async Task An_unknown_id_ends_the_watch_with_no_such_sweep()
    {
        var output = new StringWriter();

        var code = await SweepWatchView.Follow(_ => Task.FromResult(Status("unknown")), () => AllUp, output, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal("error: no such sweep 's1' (see 'sweep list')\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
