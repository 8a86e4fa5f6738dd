using System.CommandLine;

namespace Expressivity.Commands.Wire.Shell;

/// <summary>
/// <c>completions bash|zsh</c>: a script that asks the program itself (System.CommandLine's <c>[suggest]</c>
/// directive) for the words that fit at the cursor, so the completions never drift from the verbs.
/// </summary>
public static class CompletionScript
{
    /// <summary>The shells a script is printed for.</summary>
    public static readonly string[] Shells = ["bash", "zsh"];

    /// <summary>The <c>completions</c> verb of a program called <paramref name="program"/>.</summary>
    public static Command Verb(string program)
    {
        var shell = new Argument<string>("shell") { Description = "bash or zsh" };
        shell.CompletionSources.Add(Shells);
        shell.AcceptOnlyFromAmong(Shells);
        var command = new Command("completions", $"print a shell completion script: eval \"$({program} completions bash)\"");
        command.Arguments.Add(shell);
        command.SetAction(r =>
        {
            r.InvocationConfiguration.Output.Write(For(program, r.GetValue(shell)!));
            return 0;
        });
        return command;
    }

    /// <summary>The script for <paramref name="shell"/>.</summary>
    public static string For(string program, string shell)
    {
        var function = "_" + program.Replace('-', '_') + "_complete";
        var bash = $$"""
            {{function}}() {
              local IFS=$'\n'
              local line="${COMP_LINE#* }"
              local point=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
              COMPREPLY=( $(compgen -W "$("{{program}}" "[suggest:${point}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
            }
            complete -o default -F {{function}} {{program}}

            """;
        return shell == "zsh" ? "autoload -U +X bashcompinit && bashcompinit\n" + bash : bash;
    }
}
