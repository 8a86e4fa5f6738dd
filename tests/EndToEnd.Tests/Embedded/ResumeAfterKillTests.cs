using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>kill -9 of the embedded run mid-sweep, then the same command again: nothing lost, nothing counted twice.</summary>
public sealed class ResumeAfterKillTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""";

    [Fact]
    public async Task Killed_run_resumes_to_the_uninterrupted_result_with_every_unit_completed_once()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("spec.json", Spec);
        var data = Path.Combine(dir.Path, "data");
        var unitLog = Path.Combine(dir.Path, "units.log");
        var sweepId = SweepDefinition.Parse(Spec).Id;
        var journal = JournalReader.Sqlite(data);
        string[] command = ["run", spec, "--data-dir", data, "--json", "--progress", "none", "--unit-log", unitLog];

        // 1. Start, wait until some completions are persisted, then SIGKILL.
        using (var first = HostProcess.Start("Seed", command))
        {
            var deadline = DateTime.UtcNow + Patience.Event;
            while (journal.CompletedUnits(sweepId).Count < 40)
            {
                Assert.False(first.HasExited, $"the run ended before it could be killed:\n{first.StdErr}");
                Assert.True(DateTime.UtcNow < deadline, $"no progress within {Patience.Event}");
                await Task.Delay(20);
            }

            first.Kill();
        }

        var beforeKill = journal.CompletedUnits(sweepId).ToHashSet();
        var planned = journal.PlannedUnits(sweepId);
        Assert.True(beforeKill.Count >= 40);
        Assert.True(beforeKill.Count < planned.Count, "the kill came after the last unit");

        // 2. The same command resumes and finishes.
        var (code, stdout, stderr) = await HostProcess.Run("Seed", Patience.Sweep, command);
        Assert.True(code == 0, $"exit {code}\n{stderr}");
        var resumed = JsonDocument.Parse(stdout).RootElement;

        // 3. An uninterrupted run in a fresh data directory gives the same result.
        var (code2, stdout2, stderr2) = await HostProcess.Run("Seed", Patience.Sweep,
            "run", spec, "--data-dir", Path.Combine(dir.Path, "clean"), "--json", "--progress", "none");
        Assert.True(code2 == 0, $"exit {code2}\n{stderr2}");
        var clean = JsonDocument.Parse(stdout2).RootElement;
        Assert.Equal("completed", resumed.GetProperty("status").GetString());
        Assert.Equal("94572", resumed.GetProperty("result").GetProperty("distinctFunctions").GetString());
        Assert.Equal(clean.GetProperty("result").GetRawText(), resumed.GetProperty("result").GetRawText());

        // 4. The persisted record: every planned unit completed exactly once.
        var completed = journal.CompletedUnits(sweepId);
        var allPlanned = journal.PlannedUnits(sweepId);
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(allPlanned.OrderBy(x => x, StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));

        // 5. No unit persisted before the kill was computed again by the resumed run.
        var lines = File.ReadAllLines(unitLog).Select(l => l.Split(' ')).ToList();
        var firstPid = lines[0][0];
        var recomputed = lines.Where(l => l[0] != firstPid && l[1] == "start" && beforeKill.Contains(l[3])).Select(l => l[3]).ToList();
        Assert.Empty(recomputed);
    }
}
