namespace Expressivity.Actors.Commands.Palettes;

/// <summary><c>log peek [n] | tail</c>: this node's recent log lines, or a live feed.</summary>
public sealed class LogPalette : IPalette
{
    /// <inheritdoc />
    public string Name => "log";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("peek [n]", "the last n (default 50) log lines of this node"),
        ("tail", "streams this node's log lines (Ctrl+C ends)"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        if (command == "peek")
        {
            var n = args.Count > 0 ? (int.TryParse(args[0], out var v) && v > 0 ? v : throw new CommandUsageException("peek takes a positive line count")) : 50;
            foreach (var line in context.Log.Peek(n)) context.Out.WriteLine(line);
            return 0;
        }

        var (lines, subscription) = context.Log.Follow();
        using (subscription)
        {
            try
            {
                await foreach (var line in lines.ReadAllAsync(context.Cancel))
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
}
