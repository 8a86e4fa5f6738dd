using Expressivity.Actors.Checkpoints;
using Expressivity.Actors.Storage;

namespace Expressivity.Seed.Checkpoints;

/// <summary><c>seed export</c> and <c>seed import</c>: a sweep's progress to and from a checkpoint file.</summary>
public static class CheckpointCommand
{
    /// <summary>Writes the checkpoint of a sweep; a running embedded sweep may keep running (SQLite readers do not block its writer).</summary>
    public static async Task<int> Export(CheckpointArguments args, CancellationToken cancel)
    {
        var id = args.SweepId();
        var checkpoint = await CheckpointTransfer.Export(args.Storage, id, cancel);
        if (args.Compact) checkpoint = checkpoint.Compact();
        var bytes = CheckpointFile.Write(args.Out!, checkpoint);
        Console.Out.WriteLine($"exported {checkpoint.Describe()}");
        Console.Out.WriteLine($"to {args.Out} ({bytes} bytes)");
        return 0;
    }

    /// <summary>Verifies a checkpoint file and puts its sweep into an empty storage.</summary>
    public static async Task<int> Import(CheckpointArguments args, CancellationToken cancel)
    {
        var checkpoint = CheckpointFile.Read(args.Subject);
        using (args.Storage.IsPostgres ? null : DataDirectoryLock.Take(args.Storage.DataDirectory))
        {
            await CheckpointTransfer.Import(args.Storage, checkpoint, cancel);
        }

        if (args.SpecOut is not null) await File.WriteAllTextAsync(args.SpecOut, checkpoint.SpecJson + "\n", cancel);
        Console.Out.WriteLine($"imported {checkpoint.Describe()}");
        var where = args.Storage.IsPostgres ? "(on the cluster: sweep start with this spec)" : $"--data-dir {args.Storage.DataDirectory}";
        Console.Out.WriteLine($"continue with: seed run {args.SpecOut ?? "<spec.json>"} {where}");
        return 0;
    }
}
