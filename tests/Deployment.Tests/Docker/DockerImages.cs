using System.Text.RegularExpressions;
using Expressivity.Deployment.Tests.Support;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>What deploy/Dockerfile puts where: which project's publish output lands in which image directory.</summary>
public static partial class DockerImages
{
    /// <summary>The Dockerfile, relative to the repository root.</summary>
    public const string Path = "deploy/Dockerfile";

    /// <summary>The parsed Dockerfile.</summary>
    public static Dockerfile File { get; } = Dockerfile.Parse(RepositoryFiles.Read(Path));

    /// <summary>Publish output directory -> project file, from the `dotnet publish X.csproj ... -o DIR` commands.</summary>
    public static IReadOnlyDictionary<string, string> Publishes { get; } = File.Stages
        .SelectMany(s => s.Instructions).Where(i => i.Keyword == "RUN")
        .SelectMany(i => PublishCommand().Matches(i.Arguments))
        .ToDictionary(m => Directory(m.Groups["out"].Value), m => m.Groups["project"].Value);

    /// <summary>The project (src/X/X.csproj) whose publish output a stage copies to <paramref name="imageDirectory"/>, or null.</summary>
    public static string? ProjectAt(string stage, string imageDirectory) =>
        File.All(stage, "COPY").Select(c => c.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length == 3 && w[0].StartsWith("--from=", StringComparison.Ordinal) && Directory(w[2]) == Directory(imageDirectory))
            .Select(w => Publishes.GetValueOrDefault(Directory(w[1]))).LastOrDefault(p => p is not null);

    /// <summary>The assembly name a project builds (Directory.Build.props names every one Expressivity.&lt;project&gt;).</summary>
    public static string AssemblyOf(string project) => "Expressivity." + System.IO.Path.GetFileNameWithoutExtension(project);

    /// <summary>The numeric user a stage runs as (USER uid[:gid]).</summary>
    public static long UserId(string stage)
    {
        var user = File.Effective(stage, "USER") ?? throw new InvalidOperationException($"stage {stage} has no USER: it would run as root");
        return long.TryParse(user.Arguments.Split(':')[0], out var uid) ? uid
            : throw new FormatException($"USER {user.Arguments}: use a numeric uid so Kubernetes can verify runAsNonRoot");
    }

    private static string Directory(string path) => path.TrimEnd('/');

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)\b[^&]*?-o (?<out>\S+)")]
    private static partial Regex PublishCommand();
}
