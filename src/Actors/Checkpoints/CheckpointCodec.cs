using System.Text.Json;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Serialization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Checkpoints;

/// <summary>
/// The uncompressed body of a checkpoint file: JSON, with the coordinator state in exactly the form the
/// journal stores it (<see cref="ProtocolSerializer.Options"/>), so every field the coordinator keeps
/// travels and later snapshot versions stay readable the way the journal reads them.
/// <see cref="Decode"/> checks the content against itself: the spec must parse and hash to the sweep id,
/// unit ids must be unique, the phase known, a completed sweep without pending units.
/// </summary>
public static class CheckpointCodec
{
    /// <summary>Encodes a checkpoint.</summary>
    public static byte[] Encode(SweepCheckpoint c) =>
        JsonSerializer.SerializeToUtf8Bytes(new Body(c.State, c.StoredPartials), ProtocolSerializer.Options);

    /// <summary>Decodes and validates a body; throws <see cref="CheckpointException"/> on any inconsistency.</summary>
    public static SweepCheckpoint Decode(byte[] body)
    {
        Body? decoded;
        try
        {
            decoded = JsonSerializer.Deserialize<Body>(body, ProtocolSerializer.Options);
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"its body is not valid ({e.Message})");
        }

        if (decoded?.State is null || decoded.StoredPartials is null) throw new CheckpointException("its body lacks the sweep state");
        var checkpoint = new SweepCheckpoint(decoded.State, decoded.StoredPartials);
        Validate(checkpoint.State);
        return checkpoint;
    }

    private static void Validate(CoordinatorSnapshot s)
    {
        SweepDefinition definition;
        try
        {
            definition = SweepDefinition.Parse(s.SpecJson ?? "");
        }
        catch (SpecException e)
        {
            throw new CheckpointException($"its spec is not valid here: {e.Message}");
        }

        if (definition.Id != s.SweepId) throw new CheckpointException($"its spec hashes to sweep {definition.Id}, not the recorded {s.SweepId}");
        if (definition.Kind.Name != s.Kind) throw new CheckpointException($"its kind '{s.Kind}' does not match the spec's '{definition.Kind.Name}'");
        if (s.Phase is not (SweepPhase.New or SweepPhase.Running or SweepPhase.Paused or SweepPhase.Completed or SweepPhase.Failed or SweepPhase.Cancelled))
            throw new CheckpointException($"unknown phase '{s.Phase}'");
        if (s.Stage < 0 || s.Epoch < 0 || s.UnitsDoneAllStages < s.Completed.Count || s.Total is null)
            throw new CheckpointException("stage, epoch, total or unit counts are missing or out of range");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in s.StageUnits)
        {
            if (!ids.Add(u.Id)) throw new CheckpointException($"unit '{u.Id}' appears twice");
            if (u.Stage != s.Stage) throw new CheckpointException($"unit '{u.Id}' is not of the current stage {s.Stage}");
        }

        // Completed ids cover every stage of the epoch, so only uniqueness is checked against them.
        var completed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in s.Completed)
        {
            if (!completed.Add(id)) throw new CheckpointException($"completed unit '{id}' appears twice");
        }

        if (s.Phase == SweepPhase.Completed && s.StageUnits.Any(u => !completed.Contains(u.Id)))
            throw new CheckpointException("a completed sweep cannot have pending units");
    }

    private sealed record Body(CoordinatorSnapshot State, IReadOnlyList<StoredPartial> StoredPartials, int Format = 1);
}
