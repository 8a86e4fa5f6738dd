using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Workers;

namespace Expressivity.Actors.Commands;

/// <summary>Every palette of the command host, and the dispatch of one request to its command.</summary>
public static class CommandCatalog
{
    /// <summary>All palettes.</summary>
    public static readonly IReadOnlyList<IPalette> Palettes =
        [new ClusterPalette(), new ShardingPalette(), new SweepPalette(), new LogPalette(), new NodePalette(), new ActorPalette()];

    /// <summary>Runs <paramref name="args"/> (palette, command, arguments...).</summary>
    public static async Task<int> Dispatch(IReadOnlyList<string> args, CommandContext context)
    {
        if (args.Count == 0 || args[0] is "help" or "--help")
        {
            WriteHelp(context.Out, args.Count > 1 ? args[1] : null);
            return 0;
        }

        var palette = Palettes.FirstOrDefault(p => p.Name == args[0]);
        if (palette is null)
        {
            context.Out.WriteLine($"error: unknown palette '{args[0]}' (palettes: {string.Join(", ", Palettes.Select(p => p.Name))})");
            return 2;
        }

        if (args.Count < 2 || palette.Commands.All(c => c.Command.Split(' ')[0] != args[1]))
        {
            if (args.Count >= 2) context.Out.WriteLine($"error: unknown command '{args[0]} {args[1]}'");
            WriteHelp(context.Out, palette.Name);
            return 2;
        }

        try
        {
            return await palette.Run(args[1], args.Skip(2).ToList(), context);
        }
        catch (CommandUsageException e)
        {
            context.Out.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Akka.Actor.AskTimeoutException)
        {
            context.Out.WriteLine("error: no answer within the timeout (is the cluster up and the sweep known?)");
            return 1;
        }
    }

    /// <summary>Help for every palette, or one.</summary>
    public static void WriteHelp(TextWriter output, string? palette)
    {
        foreach (var p in Palettes.Where(p => palette is null || p.Name == palette))
        {
            foreach (var (command, help) in p.Commands) output.WriteLine($"  {p.Name} {command,-34} {help}");
        }
    }
}
