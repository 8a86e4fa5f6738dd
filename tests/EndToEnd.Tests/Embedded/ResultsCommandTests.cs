using System.Diagnostics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Results;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>
/// <c>seed results</c>, <c>list</c>, <c>export-results</c> and <c>compare</c> read a data directory back
/// exactly, without starting a cluster: the same result as the run printed, CSV that round-trips, and
/// compare's exit codes (0 equal, 1 different, 2 bad input).
/// </summary>
public sealed class ResultsCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_finished_sweep_reads_back_exactly_from_the_data_directory()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("n3.json", """{"kind":"neuron-expressivity","n":3,"weights":{"min":-1,"max":1}}""");
        var census = dir.File("census.json", """{"kind":"threshold-census","n":4,"weightBoundLimit":3}""");
        var data = Path.Combine(dir.Path, "data");
        var run = await HostProcess.Run("Seed", Limit, "run", spec, "--data-dir", data, "--json", "--progress", "none");
        Assert.Equal(0, run.Code);
        var runFile = dir.File("run.json", run.Out);
        var other = await HostProcess.Run("Seed", Limit, "run", census, "--data-dir", data, "--json", "--progress", "none");
        Assert.Equal(0, other.Code);

        var json = await HostProcess.Run("Seed", Limit, "results", spec, "--data-dir", data, "--json");
        Assert.Equal(0, json.Code);
        var read = JsonNode.Parse(json.Out)!.AsObject();
        var ran = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(ran["result"]!.ToJsonString(), read["result"]!.ToJsonString());
        Assert.Equal("56", (string)read["result"]!["distinctFunctions"]!);
        Assert.Equal("storage", (string)read["provenance"]!["source"]!);
        Assert.Equal(3, (int)read["provenance"]!["spec"]!["n"]!);

        var table = await HostProcess.Run("Seed", Limit, "results", (string)ran["sweep"]!, "--data-dir", data);
        Assert.Equal(0, table.Code);
        Assert.Matches(@"distinct functions\s+56", table.Out);
        Assert.Matches(@"finished\s+20\d\d-", table.Out);

        var list = await HostProcess.Run("Seed", Limit, "list", "--data-dir", data, "--json");
        Assert.Equal(0, list.Code);
        var entries = JsonNode.Parse(list.Out)!.AsArray();
        Assert.Equal(2, entries.Count);
        var neuron = entries.Single(e => (string)e!["kind"]! == "neuron-expressivity")!;
        Assert.Equal((string)ran["sweep"]!, (string)neuron["sweep"]!);
        Assert.Equal("completed", (string)neuron["state"]!);
        Assert.Equal(0, (long)neuron["pending"]!);
        Assert.Equal(78, (long)neuron["unitsDone"]!); // 14 map boxes + 64 reduce buckets
        var listed = await HostProcess.Run("Seed", Limit, "list", "--data-dir", data);
        Assert.Contains("threshold-census", listed.Out);

        // Tidy CSV of both sweeps reads back as the same rows the run JSON gives.
        var csvFile = Path.Combine(dir.Path, "all.csv");
        var export = await HostProcess.Run("Seed", Limit, "export-results", "--data-dir", data, "--out", csvFile);
        Assert.Equal(0, export.Code);
        IReadOnlyList<TidyRow> rows;
        using (var reader = new StreamReader(csvFile)) rows = TidyCsv.Read(reader);
        Assert.Equal("56", rows.Single(r => r.Kind == "neuron-expressivity" && r.Field == "distinctFunctions").Value);
        Assert.Equal("1882", rows.Single(r => r.Kind == "threshold-census" && r.Field == "thresholdFunctions").Value);
        var csv = await HostProcess.Run("Seed", Limit, "results", spec, "--data-dir", data, "--csv");
        Assert.Equal(csv.Out.Replace("\r\n", "\n"), Written(rows.Where(r => r.Kind == "neuron-expressivity")));

        // compare: a file against the storage is equal (0); an edited value differs (1); a bad name is 2.
        var same = await HostProcess.Run("Seed", Limit, "compare", runFile, spec, "--data-dir", data);
        Assert.Equal(0, same.Code);
        Assert.Contains("7 equal, 0 different", same.Out);
        var edited = dir.File("edited.json", run.Out.Replace("\"storedTables\":\"56\"", "\"storedTables\":\"57\""));
        var differs = await HostProcess.Run("Seed", Limit, "compare", runFile, edited, "--differences");
        Assert.Equal(1, differs.Code);
        Assert.Contains("storedTables  a 56 | b 57", differs.Out);
        var kinds = await HostProcess.Run("Seed", Limit, "compare", spec, census, "--data-dir", data);
        Assert.Equal(1, kinds.Code);
        Assert.Contains("only in b", kinds.Out);
        var missing = await HostProcess.Run("Seed", Limit, "compare", runFile, "neuron-expressivity-000000000000", "--data-dir", data);
        Assert.Equal(2, missing.Code);
        Assert.Contains("no sweep neuron-expressivity-000000000000", missing.Err);
        var noDir = await HostProcess.Run("Seed", Limit, "list", "--data-dir", Path.Combine(dir.Path, "absent"));
        Assert.Equal(2, noDir.Code);
        Assert.Contains("--data-dir", noDir.Err);
    }

    [Fact]
    public async Task An_unfinished_sweep_prints_its_progress_and_no_result_even_while_it_runs()
    {
        using var dir = new TempDirectory();
        const string text = """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""";
        var spec = dir.File("n5.json", text);
        var data = Path.Combine(dir.Path, "data");
        var journal = JournalReader.Sqlite(data);
        var sweepId = Domain.Sweeps.SweepDefinition.Parse(text).Id;
        using (var run = HostProcess.Start("Seed", "run", spec, "--data-dir", data, "--progress", "none", "--workers", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (journal.CompletedUnits(sweepId).Count < 3)
            {
                Assert.False(run.HasExited, $"the run ended before it could be read:\n{run.StdErr}");
                Assert.True(clock.Elapsed < Limit, "no progress");
                await Task.Delay(50);
            }

            // Read beside the running writer (SQLite WAL), then stop the run for good.
            var live = await HostProcess.Run("Seed", Limit, "results", spec, "--data-dir", data, "--json");
            Assert.Equal(1, live.Code);
            Assert.Equal("running", (string)JsonNode.Parse(live.Out)!["status"]!);
            run.Kill();
        }

        var read = await HostProcess.Run("Seed", Limit, "results", sweepId, "--data-dir", data, "--json");
        Assert.Equal(1, read.Code);
        var o = JsonNode.Parse(read.Out)!.AsObject();
        Assert.Null(o["result"]);
        Assert.True((long)o["progress"]!["unitsDone"]! >= 3);
        Assert.True((long)o["progress"]!["pending"]! >= 1);
        var table = await HostProcess.Run("Seed", Limit, "results", spec, "--data-dir", data);
        Assert.Equal(1, table.Code);
        Assert.Contains("none yet", table.Out);
        var export = await HostProcess.Run("Seed", Limit, "export-results", spec, "--data-dir", data);
        Assert.Equal(1, export.Code);
        Assert.Contains("no result to export", export.Err);
    }

    [Fact]
    public async Task A_census_grid_runs_as_one_sweep_and_reads_back_as_one_table_and_tidy_csv()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("grid.json", """{"kind":"threshold-census","grid":{"n":{"min":1,"max":4}}}""");
        var data = Path.Combine(dir.Path, "data");
        var run = await HostProcess.Run("Seed", Limit, "run", spec, "--data-dir", data, "--progress", "none");
        Assert.Equal(0, run.Code);
        // One line per configuration: N, T(N) (A000609), NP classes (A000617), ..., M(N), E(N, K).
        Assert.Matches(@"n\s+T\(N\)\s+NP classes", run.Out);
        Assert.Matches(@"\b4\s+1882\s+27\s+150\s+1536\s+3\s+3\s+218\s+986\s+1882", run.Out);

        var csv = await HostProcess.Run("Seed", Limit, "results", spec, "--data-dir", data, "--csv");
        Assert.Equal(0, csv.Code);
        var rows = TidyCsv.Read(new StringReader(csv.Out));
        Assert.Equal(["4", "14", "104", "1882"], rows.Where(r => r.Field == "thresholdFunctions").Select(r => r.Value));
        Assert.Equal("n=3; weightBoundLimit=24", rows.First(r => r.Field == "npClasses" && r.Value == "10").Parameters);
        Assert.Equal(csv.Out.Replace("\r\n", "\n"), Written(rows));
    }

    private static string Written(IEnumerable<TidyRow> rows)
    {
        using var w = new StringWriter();
        TidyCsv.Write(rows, w);
        return w.ToString();
    }
}
