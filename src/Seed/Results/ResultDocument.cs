using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Storage;
using Expressivity.Domain.Results;
using Expressivity.Domain.Sweeps;
using Expressivity.Seed.Checkpoints;

namespace Expressivity.Seed.Results;

/// <summary>
/// One sweep's result as the JSON object <c>seed run --json</c> prints (sweep, kind, status, result,
/// recomputedUnits, provenance), whether read from a storage's journal or from a file that command wrote.
/// A sweep that has not completed has a null result and a <c>progress</c> object instead.
/// </summary>
/// <param name="Json">The whole object.</param>
/// <param name="Status">The sweep status when read from storage (for tables); null for a file.</param>
public sealed record ResultDocument(JsonObject Json, SweepStatus? Status)
{
    /// <summary>The sweep id.</summary>
    public string Sweep => (string?)Json["sweep"] ?? "";

    /// <summary>The kind.</summary>
    public string Kind => (string?)Json["kind"] ?? "";

    /// <summary>The state: completed, running, failed, ...</summary>
    public string State => (string?)Json["status"] ?? "";

    /// <summary>True when a result is present.</summary>
    public bool HasResult => Json["result"] is JsonObject;

    /// <summary>The sweep named by <paramref name="subject"/> (id or spec file) in <paramref name="journal"/>; exit 2 naming it when absent.</summary>
    public static ResultDocument FromStorage(StoredJournal journal, string subject)
    {
        var id = new CheckpointArguments { Subject = subject }.SweepId();
        var stored = journal.Read(id) ?? throw new ArgumentException($"no sweep {id} in {journal.Describe()} (seed list shows what is there)");
        return FromStored(stored);
    }

    /// <summary>The document of a sweep read from storage.</summary>
    public static ResultDocument FromStored(StoredSweep stored)
    {
        var status = stored.Status();
        var o = JsonNode.Parse(ProgressText.Json(status))!.AsObject();
        if (status.State != SweepPhase.Completed)
        {
            o["progress"] = new JsonObject
            {
                ["stage"] = status.Stage,
                ["stageUnitsDone"] = status.StageUnitsDone,
                ["stageUnits"] = status.StageUnitsTotal,
                ["pending"] = stored.Pending,
                ["unitsDone"] = status.UnitsDoneAllStages,
            };
        }

        var times = stored.Times;
        o["provenance"] = Provenance.FromStorage(stored.State.SpecJson, times.Started, times.Finished ?? times.LastEvent).ToJson();
        return new ResultDocument(o, status);
    }

    /// <summary>A file written by <c>seed run --json</c> or <c>seed results --json</c>; exit 2 naming the file when it is not one.</summary>
    public static ResultDocument FromFile(string path)
    {
        var text = SpecFile.Read(path);
        try
        {
            var o = JsonNode.Parse(text) as JsonObject ?? throw new SpecException(path, "expected one JSON object (the output of seed run --json)");
            if (o["sweep"] is null || o["result"] is null && o["status"] is null)
                throw new SpecException(path, "not a result: expected the fields sweep, status and result of 'seed run --json'");
            return new ResultDocument(o, null);
        }
        catch (JsonException e)
        {
            throw new SpecException(path, $"not valid JSON: {e.Message}");
        }
    }

    /// <summary>The tidy rows of the result (none when there is no result).</summary>
    public IReadOnlyList<TidyRow> TidyRows()
    {
        if (!HasResult) return [];
        using var result = JsonDocument.Parse(Json["result"]!.ToJsonString());
        using var spec = Json["provenance"]?["spec"] is JsonObject s ? JsonDocument.Parse(s.ToJsonString()) : null;
        return Domain.Results.TidyRows.FromResult(Sweep, Kind, spec?.RootElement, result.RootElement);
    }

    /// <summary>The aligned table: the result rows, or the progress of a sweep that has no result yet.</summary>
    public void WriteTable(TextWriter output)
    {
        var status = Status!;
        var rows = ProgressText.Rows(status).ToList();
        var provenance = Json["provenance"]!;
        if (Json["progress"] is JsonObject p)
        {
            rows.Add(new("stage", string.Create(CultureInfo.InvariantCulture, $"{p["stage"]}: {p["stageUnitsDone"]}/{p["stageUnits"]} units done, {p["pending"]} pending")));
            rows.Add(new("result", $"none yet: the sweep is {status.State}; its result is printed once it completes"));
        }

        rows.Add(new("started", (string)provenance["start"]!));
        rows.Add(new(status.State == SweepPhase.Completed ? "finished" : "last event", (string)provenance["end"]!));
        ProgressText.WriteTable(rows, output);
    }
}
