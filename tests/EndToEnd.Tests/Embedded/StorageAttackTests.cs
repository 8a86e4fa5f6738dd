using System.Text.Json;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>
/// The attacks of issue 8 on a stopped or running `seed run`, as real processes: partials.db deleted,
/// truncated or stripped of its -wal after a kill -9, made read-only for a moment, and a read-only
/// journal. The count is exact or the run fails naming the file; never a wrong number with exit 0.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StorageAttackTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""";
    private const string Expected = "94572";
    private const UnixFileMode Everyone = (UnixFileMode)0b111_111_111;
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Root ignores file permissions: permission attacks run their victim as nobody (null: as ourselves).</summary>
    private static readonly string? Victim = Environment.UserName == "root" ? "nobody" : null;

    [Theory]
    [InlineData("delete")]
    [InlineData("truncate")]
    [InlineData("delete-wal")]
    public async Task Partials_lost_after_a_kill_are_recomputed_and_the_count_stays_exact(string attack)
    {
        using var dir = new TempDirectory();
        var (command, data) = Command(dir);
        await RunUntilKilled(null, command, Path.Combine(dir.Path, "units.log"));

        var partials = Path.Combine(data, "partials.db");
        switch (attack)
        {
            case "delete":
                foreach (var tail in new[] { "", "-wal", "-shm" }) File.Delete(partials + tail);
                break;
            case "truncate":
                using (var f = new FileStream(partials, FileMode.Open)) f.SetLength(f.Length / 2);
                File.Delete(partials + "-wal");
                break;
            default:
                Assert.True(File.Exists(partials + "-wal"), "a killed run leaves its -wal");
                File.Delete(partials + "-wal");
                break;
        }

        var (code, stdout, stderr) = await HostProcess.Run("Seed", Patience.Sweep, command);
        Assert.True(code == 0, $"exit {code}\n{stderr}");
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("completed", result.GetProperty("status").GetString());
        Assert.Equal(Expected, result.GetProperty("result").GetProperty("distinctFunctions").GetString());
        Assert.Equal(Expected, result.GetProperty("result").GetProperty("storedTables").GetString());
        var recomputed = result.GetProperty("recomputedUnits").GetInt64();
        Assert.True(recomputed > 0, $"nothing recomputed after '{attack}'\n{stderr}");
        Assert.Contains($"{recomputed} completed unit(s) were recomputed", stderr);
    }

    [Fact]
    public async Task Partials_read_only_for_a_moment_is_retried_and_the_count_stays_exact()
    {
        using var dir = new TempDirectory();
        var (command, data) = Command(dir);
        File.SetUnixFileMode(dir.Path, Everyone);
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, Everyone);
        await RunUntilKilled(Victim, command, Path.Combine(dir.Path, "units.log"));

        var partials = Path.Combine(data, "partials.db");
        File.SetUnixFileMode(partials, ReadOnly);
        using var resumed = HostProcess.StartAs(Victim, "Seed", null, command);
        // A retried fault is a warning: it goes to the run's log in the data directory, not the terminal.
        var log = Path.Combine(data, "node.log");
        string Seen() => resumed.StdErr + ReadShared(log);
        var deadline = DateTime.UtcNow + Patience.Event;
        while (!Seen().Contains("storage fault", StringComparison.Ordinal) && !resumed.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        File.SetUnixFileMode(partials, ReadOnly | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        var code = await resumed.WaitForExit(Patience.Sweep);
        Assert.True(code == 0, $"exit {code}\n{resumed.StdErr}");
        // The fault was seen, named and retried (not counted as a unit failure).
        Assert.Contains("partials.db", Seen());
        Assert.Contains("readonly", Seen());
        var result = JsonDocument.Parse(resumed.StdOut).RootElement;
        Assert.Equal(Expected, result.GetProperty("result").GetProperty("distinctFunctions").GetString());
    }

    [Fact]
    public async Task Read_only_journal_exits_1_naming_journal_db()
    {
        using var dir = new TempDirectory();
        var (command, data) = Command(dir);
        File.SetUnixFileMode(dir.Path, Everyone);
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, Everyone);
        var journal = Path.Combine(data, "journal.db");
        File.WriteAllBytes(journal, []);
        File.SetUnixFileMode(journal, ReadOnly);

        using var run = HostProcess.StartAs(Victim, "Seed", null, command);
        var code = await run.WaitForExit(Patience.Event);
        Assert.Equal(1, code);
        Assert.Contains("storage fault", run.StdErr);
        Assert.Contains("journal.db", run.StdErr);
        Assert.Contains("readonly", run.StdErr);
        Assert.DoesNotContain("AskTimeout", run.StdErr);
    }

    [RootFact]
    public async Task Journal_disk_filling_up_during_the_run_exits_1_naming_journal_db_and_a_rerun_keeps_the_written_units()
    {
        using var dir = new TempDirectory();
        using var small = SmallFilesystem.Mount(Path.Combine(dir.Path, "small"), megabytes: 4);
        var (command, data) = Command(dir);
        Directory.CreateDirectory(data);
        // Only journal.db lives on the small disk: SQLite follows the link and keeps its -wal beside the real file.
        File.CreateSymbolicLink(Path.Combine(data, "journal.db"), Path.Combine(small.Path, "journal.db"));
        var unitLog = Path.Combine(dir.Path, "units.log");
        using (var run = HostProcess.Start("Seed", command))
        {
            var deadline = DateTime.UtcNow + Patience.Event;
            while (Done(unitLog) < 40)
            {
                Assert.False(run.HasExited, $"the run ended before the disk filled:\n{run.StdErr}");
                Assert.True(DateTime.UtcNow < deadline, $"no progress within {Patience.Event}");
                await Task.Delay(20);
            }

            small.Fill();
            var code = await run.WaitForExit(Patience.Sweep);
            Assert.True(code == 1, $"exit {code}\n{run.StdErr}");
            Assert.Contains($"error: journal fault: storage fault: journal.db ({Path.Combine(data, "journal.db")}): write failed: database or disk is full", run.StdErr);
            Assert.DoesNotContain("AskTimeout", run.StdErr);
        }

        var sweepId = File.ReadLines(unitLog).First().Split(' ')[2];
        var kept = JournalReader.Sqlite(data).CompletedUnits(sweepId).ToHashSet();
        Assert.True(kept.Count >= 30, $"only {kept.Count} completions were written before the disk filled");

        small.Free();
        var rerunLog = Path.Combine(dir.Path, "rerun.log");
        var (again, stdout, stderr) = await HostProcess.Run("Seed", Patience.Sweep, [.. command[..^1], rerunLog]);
        Assert.True(again == 0, $"exit {again}\n{stderr}");
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Expected, result.GetProperty("result").GetProperty("distinctFunctions").GetString());
        Assert.Equal(0, result.GetProperty("recomputedUnits").GetInt64());
        // Nothing written before the fault was computed again.
        var rerun = File.ReadLines(rerunLog).Where(l => l.Contains(" done ", StringComparison.Ordinal)).Select(l => l.Split(' ')[3]).ToHashSet();
        Assert.Empty(rerun.Intersect(kept));
        Assert.NotEmpty(rerun);
    }

    private static (string[] Command, string Data) Command(TempDirectory dir)
    {
        var spec = dir.File("spec.json", Spec);
        var data = Path.Combine(dir.Path, "data");
        return (["run", spec, "--data-dir", data, "--json", "--progress", "none", "--unit-log", Path.Combine(dir.Path, "units.log")], data);
    }

    /// <summary>Starts the run and SIGKILLs it once 40 units are done (the unit log says so), well before the end.</summary>
    private static async Task RunUntilKilled(string? user, string[] command, string unitLog)
    {
        using var first = HostProcess.StartAs(user, "Seed", null, command);
        var deadline = DateTime.UtcNow + Patience.Event;
        while (Done(unitLog) < 40)
        {
            Assert.False(first.HasExited, $"the run ended before it could be killed:\n{first.StdErr}");
            Assert.True(DateTime.UtcNow < deadline, $"no progress within {Patience.Event}");
            await Task.Delay(20);
        }

        first.Kill();
    }

    private static int Done(string unitLog)
    {
        try
        {
            using var f = new FileStream(unitLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var r = new StreamReader(f);
            return r.ReadToEnd().Split('\n').Count(l => l.Contains(" done ", StringComparison.Ordinal));
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>A file another process is still writing, or "" when it does not exist yet.</summary>
    private static string ReadShared(string path)
    {
        if (!File.Exists(path)) return "";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
