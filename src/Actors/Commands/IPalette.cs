namespace Expressivity.Actors.Commands;

/// <summary>A group of operator commands (pbm's palettes): <c>cluster</c>, <c>sweep</c>, <c>log</c>, ...</summary>
public interface IPalette
{
    /// <summary>Palette name as typed.</summary>
    string Name { get; }

    /// <summary>Each command with its one-line help (usage first).</summary>
    IReadOnlyList<(string Command, string Help)> Commands { get; }

    /// <summary>Runs a command; returns the exit code (0 ok, 2 usage, 1 failure).</summary>
    Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context);
}
