using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>
/// <c>seed run --validate</c> (docs/design/validation.md) killed with SIGKILL mid-sweep and run again: the result
/// is exact, every check agreed, every unit completed once and every unit checked at most once.
/// </summary>
public sealed class ValidatedRunTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""";

    [Fact]
    public async Task A_validated_run_killed_and_resumed_ends_exact_with_every_check_agreeing()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("spec.json", Spec);
        var data = Path.Combine(dir.Path, "data");
        var sweepId = SweepDefinition.Parse(Spec).Id;
        var journal = JournalReader.Sqlite(data);
        string[] command = ["run", spec, "--data-dir", data, "--json", "--progress", "none", "--validate", "0.5"];

        using (var first = HostProcess.Start("Seed", command))
        {
            var deadline = DateTime.UtcNow + Patience.Event;
            while (journal.CompletedUnits(sweepId).Count < 20)
            {
                Assert.False(first.HasExited, $"the run ended before it could be killed:\n{first.StdErr}");
                Assert.True(DateTime.UtcNow < deadline, $"no progress within {Patience.Event}");
                await Task.Delay(20);
            }

            first.Kill();
        }

        var (code, stdout, stderr) = await HostProcess.Run("Seed", Patience.Sweep, command);
        Assert.True(code == 0, $"exit {code}\n{stderr}");
        var result = JsonDocument.Parse(stdout).RootElement.GetProperty("result");
        Assert.Equal("94572", result.GetProperty("distinctFunctions").GetString());
        var validation = result.GetProperty("validation");
        var checkedUnits = long.Parse(validation.GetProperty("checked").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(checkedUnits > 0, validation.GetRawText());
        Assert.Equal(validation.GetProperty("checked").GetString(), validation.GetProperty("agreed").GetString());
        Assert.Equal("0", validation.GetProperty("mismatches").GetString());

        var completed = journal.CompletedUnits(sweepId);
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(journal.PlannedUnits(sweepId).Order(StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));
        var compared = journal.Events($"sweep-{sweepId}").Where(e => e.Manifest == "ev.replica-compared")
            .Select(e => e.Payload.GetProperty("unitId").GetString()).ToList();
        Assert.Equal(checkedUnits, compared.Count);
        Assert.Equal(compared.Count, compared.Distinct().Count());
    }
}
