using System.CommandLine;
using System.CommandLine.Invocation;

namespace Expressivity.Commands.Wire.Shell;

/// <summary>
/// How seed, worker and ecmd run their System.CommandLine trees: help and <c>--version</c> as System.CommandLine
/// prints them, a parse error as <c>error: ...</c> with exit code 2 (the project's code for bad input), and
/// exceptions left to the host's own handler so it keeps its exit codes.
/// </summary>
public static class CommandLineShell
{
    /// <summary>Parses <paramref name="args"/> against <paramref name="root"/> and runs the chosen verb.</summary>
    public static async Task<int> Invoke(RootCommand root, IReadOnlyList<string> args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancel = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            foreach (var e in result.Errors) await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync($"(try {root.Name} --help, or {root.Name} <command> --help)");
            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration
        {
            // The hosts keep their own handlers: exceptions map to their exit codes, and Ctrl+C must let an
            // embedded run save its progress however long that takes.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
            Output = output,
            Error = error,
        }, cancel);
    }

    /// <summary>
    /// The arguments after the verb <paramref name="verb"/>, exactly as typed: the verbs hand them to their own
    /// parsers (which name the field in every refusal) and to the configuration binder (<c>--Section:Key=value</c>).
    /// </summary>
    public static string[] After(IReadOnlyList<string> args, string verb)
    {
        var i = args.ToList().IndexOf(verb);
        return i < 0 ? [] : args.Skip(i + 1).ToArray();
    }

    /// <summary>A verb whose declared options give help and completion, while unknown tokens reach the verb's own parser.</summary>
    public static Command Verb(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        foreach (var s in symbols)
        {
            switch (s)
            {
                case Option o:
                    command.Options.Add(o);
                    break;
                case Argument a:
                    command.Arguments.Add(a);
                    break;
                case Command c:
                    command.Subcommands.Add(c);
                    break;
            }
        }

        return command;
    }

    /// <summary>An option taking one value, with its help text and (optionally) the values completion offers.</summary>
    public static Option<string> Value(string name, string description, params string[] completions)
    {
        var option = new Option<string>(name) { Description = description, HelpName = "value" };
        if (completions.Length > 0) option.CompletionSources.Add(completions);
        return option;
    }

    /// <summary>A flag (no value).</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>An optional positional argument (the verb's parser says when it is missing, naming it).</summary>
    public static Argument<string> Positional(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
}
