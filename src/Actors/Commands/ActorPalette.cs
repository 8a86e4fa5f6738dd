using Akka.Actor;

namespace Expressivity.Actors.Commands;

/// <summary><c>actor hierarchy</c>: this node's actor tree (/user and /system), as pbm's actor palette shows it.</summary>
public sealed class ActorPalette : IPalette
{
    /// <summary>Most actors listed; a sharded sweep's entities can be many.</summary>
    public const int MaxActors = 5000;

    /// <inheritdoc />
    public string Name => "actor";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("hierarchy [--depth n] [--json]", "this node's actors under /user and /system, one path a line (default depth 6)"),
    ];

    /// <inheritdoc />
    public Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var depth = Depth(args);
        var system = (ExtendedActorSystem)context.System;
        var paths = new List<string>();
        Walk(system.Guardian, depth, paths);
        Walk(system.SystemGuardian, depth, paths);
        var truncated = paths.Count > MaxActors;
        if (truncated) paths = paths.Take(MaxActors).ToList();
        if (CommandJson.Wanted(args))
        {
            CommandJson.Write(context.Out, new { actors = paths, truncated });
            return Task.FromResult(0);
        }

        foreach (var p in paths) context.Out.WriteLine(p);
        context.Out.WriteLine(truncated ? $"Count: first {MaxActors} actors (more exist)" : $"Count: {paths.Count} actors");
        return Task.FromResult(0);
    }

    /// <summary>Every actor path under <paramref name="root"/> down to <paramref name="depth"/> levels, parents before children.</summary>
    public static void Walk(IActorRef root, int depth, List<string> paths)
    {
        if (paths.Count > MaxActors) return;
        paths.Add(root.Path.ToStringWithoutAddress());
        // Children are an immutable snapshot of the parent's container: safe to read from this thread.
        if (depth <= 0 || root is not ActorRefWithCell cell) return;
        foreach (var child in cell.Children.OrderBy(c => c.Path.Name, StringComparer.Ordinal)) Walk(child, depth - 1, paths);
    }

    private static int Depth(IReadOnlyList<string> args)
    {
        var i = args.ToList().IndexOf("--depth");
        if (i < 0) return 6;
        return i + 1 < args.Count && int.TryParse(args[i + 1], out var d) && d is >= 0 and <= 64
            ? d
            : throw new CommandUsageException("--depth takes a whole number from 0 to 64");
    }
}
