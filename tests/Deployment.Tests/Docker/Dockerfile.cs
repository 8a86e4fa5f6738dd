using System.Text.Json;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>One instruction: keyword (upper case) and its argument text, continuation lines joined.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments of the exec (JSON array) form; throws for the shell form.</summary>
    public IReadOnlyList<string> ExecForm() =>
        Arguments.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(Arguments)!
            : throw new FormatException($"{Keyword} {Arguments}: not the exec form [\"...\"]");
}

/// <summary>One build stage: its base (an image or an earlier stage) and its instructions.</summary>
public sealed record DockerStage(string Name, string From, IReadOnlyList<DockerInstruction> Instructions);

/// <summary>A Dockerfile read as text: stages in order. Enough of the syntax for the project's file.</summary>
public sealed class Dockerfile(IReadOnlyList<DockerStage> stages)
{
    /// <summary>Stages in file order.</summary>
    public IReadOnlyList<DockerStage> Stages { get; } = stages;

    /// <summary>Parses the text; comments and parser directives are skipped, '\' continues a line.</summary>
    public static Dockerfile Parse(string text)
    {
        var stages = new List<DockerStage>();
        var logical = new List<string>();
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (pending.Length == 0 && line.TrimStart().StartsWith('#')) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            if ((pending + line).Trim().Length > 0) logical.Add((pending + line).Trim());
            pending = "";
        }

        foreach (var line in logical)
        {
            var space = line.IndexOf(' ');
            var instruction = new DockerInstruction(line[..space].ToUpperInvariant(), line[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length >= 3 && words[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[^1] : $"stage{stages.Count}";
                stages.Add(new DockerStage(name, words[0], []));
            }
            else
            {
                if (stages.Count == 0) throw new FormatException($"'{line}' before the first FROM");
                stages[^1] = stages[^1] with { Instructions = [.. stages[^1].Instructions, instruction] };
            }
        }

        return new Dockerfile(stages);
    }

    /// <summary>The stage called <paramref name="name"/>.</summary>
    public DockerStage Stage(string name) =>
        Stages.SingleOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"Dockerfile has no stage '{name}'");

    /// <summary>A stage and the earlier stages it is built FROM, nearest first.</summary>
    public IEnumerable<DockerStage> Lineage(string name)
    {
        for (var stage = Stage(name); ; stage = Stage(stage.From))
        {
            yield return stage;
            if (Stages.All(s => s.Name != stage.From)) yield break;
        }
    }

    /// <summary>The last value of <paramref name="keyword"/> in effect for a stage (inherited from its base stages).</summary>
    public DockerInstruction? Effective(string stage, string keyword) =>
        Lineage(stage).Select(s => s.Instructions.LastOrDefault(i => i.Keyword == keyword)).FirstOrDefault(i => i is not null);

    /// <summary>Every instruction of <paramref name="keyword"/> in a stage and its base stages.</summary>
    public IEnumerable<DockerInstruction> All(string stage, string keyword) =>
        Lineage(stage).SelectMany(s => s.Instructions).Where(i => i.Keyword == keyword);
}
