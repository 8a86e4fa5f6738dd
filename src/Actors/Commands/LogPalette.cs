namespace Expressivity.Actors.Commands;

/// <summary><c>log peek [n] | slurp | tail</c>: this node's recent log lines (a ring buffer on the node), or a live feed.</summary>
public sealed class LogPalette : IPalette
{
    /// <inheritdoc />
    public string Name => "log";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("peek [n] [--json]", "the last n (default 50) log lines of this node"),
        ("slurp [--json]", "every log line the node keeps (its ring buffer, the last 2000)"),
        ("tail", "streams this node's log lines (Ctrl+C ends)"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        if (command is "peek" or "slurp")
        {
            var count = command == "slurp" ? context.Log.Capacity : Count(args);
            var lines = context.Log.Peek(count);
            if (CommandJson.Wanted(args)) CommandJson.Write(context.Out, lines);
            else foreach (var line in lines) context.Out.WriteLine(line);
            return 0;
        }

        var (feed, subscription) = context.Log.Follow();
        using (subscription)
        {
            try
            {
                await foreach (var line in feed.ReadAllAsync(context.Cancel))
                {
                    await context.Out.WriteLineAsync(line);
                    await context.Out.FlushAsync(context.Cancel);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        return 0;
    }

    private static int Count(IReadOnlyList<string> args)
    {
        var first = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (first is null) return 50;
        return int.TryParse(first, out var n) && n > 0 ? n : throw new CommandUsageException("peek takes a positive line count");
    }
}
