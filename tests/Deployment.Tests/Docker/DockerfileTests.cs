using System.Diagnostics;
using System.Xml.Linq;
using Expressivity.Deployment.Tests.Support;
using Xunit;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>deploy/Dockerfile against the projects it builds and the settings the hosts load.</summary>
public class DockerfileTests
{
    [Theory]
    [InlineData("seed", "Expressivity.Seed")]
    [InlineData("worker", "Expressivity.Worker")]
    [InlineData("cli", "Expressivity.Cli")]
    public void EntrypointRunsTheAssemblyItsTargetPublishes(string stage, string assembly)
    {
        var entrypoint = DockerImages.File.Effective(stage, "ENTRYPOINT")!.ExecForm();
        var dll = entrypoint.Single(a => a.EndsWith(".dll", StringComparison.Ordinal));
        Assert.Equal("dotnet", entrypoint[entrypoint.ToList().IndexOf(dll) - 1]);
        Assert.Equal(assembly + ".dll", System.IO.Path.GetFileName(dll));

        var project = DockerImages.ProjectAt(stage, System.IO.Path.GetDirectoryName(dll)!);
        Assert.NotNull(project);
        Assert.True(File.Exists(RepositoryFiles.PathOf(project)), $"{project} does not exist");
        Assert.Equal(assembly, DockerImages.AssemblyOf(project));
        Assert.Equal(new BuiltAssembly(assembly, HasEntryPoint: true), BuiltAssembly.Of(project, System.IO.Path.GetFileName(dll)));
    }

    [Fact]
    public void ProjectsKeepTheAssemblyNameConvention()
    {
        var props = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props"));
        Assert.Equal("Expressivity.$(MSBuildProjectName)", props.Descendants("AssemblyName").Single().Value);
        foreach (var project in DockerImages.Publishes.Values)
        {
            Assert.Empty(XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("AssemblyName"));
        }
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void NodeImagesCarryTheClientWhereProbesCallIt(string stage)
    {
        var directory = System.IO.Path.GetDirectoryName(CliCommands.ImagePath)!;
        Assert.Equal("src/Cli/Cli.csproj", DockerImages.ProjectAt(stage, directory));
        Assert.Equal(["serve"], DockerImages.File.Effective(stage, "CMD")!.ExecForm());
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    [InlineData("cli")]
    public void ImagesRunAsANonRootUser(string stage) => Assert.NotEqual(0, DockerImages.UserId(stage));

    [Fact]
    public void RestoreLayerCopiesEveryProjectTheImagesBuild()
    {
        var copied = DockerImages.File.Stage("build").Instructions.Where(i => i.Keyword == "COPY")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var needed = new HashSet<string>();
        var queue = new Queue<string>(DockerImages.Publishes.Values);
        while (queue.TryDequeue(out var project))
        {
            if (!needed.Add(project)) continue;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("ProjectReference"))
            {
                var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryFiles.PathOf(project), "..", reference.Attribute("Include")!.Value));
                queue.Enqueue(System.IO.Path.GetRelativePath(RepositoryFiles.Root, full).Replace('\\', '/'));
            }
        }

        Assert.Equal(["src/Actors/Actors.csproj", "src/Cli/Cli.csproj", "src/Commands.Wire/Commands.Wire.csproj", "src/Dashboard/Dashboard.csproj",
            "src/Domain/Domain.csproj", "src/Plots/Plots.csproj", "src/Seed/Seed.csproj", "src/Worker/Worker.csproj"], needed.Order());
        Assert.All(needed, p => Assert.Contains(p, copied));
        Assert.All(["global.json", "Directory.Build.props", "Directory.Packages.props"], f => Assert.Contains(f, copied));
    }

    [Fact]
    public void BaseImagesMatchTheTargetFramework()
    {
        var framework = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework["net".Length..];
        Assert.Equal($"mcr.microsoft.com/dotnet/sdk:{version}", DockerImages.File.Stage("build").From);
        Assert.Equal($"mcr.microsoft.com/dotnet/runtime:{version}", DockerImages.File.Stage("runtime").From);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void ExposedPortsAreTheRolesDefaults(string stage)
    {
        // A worker refuses to start without a seed address and PostgreSQL; any will do for reading its ports.
        var settings = NodeEnvironment.Load(new Dictionary<string, string>(), ["--seed", "akka.tcp://expressivity@seed:4053", "--storage", "postgresql", "--connection-string", "Host=db"],
            stage == "seed" ? RoleDefaults.Seed : RoleDefaults.Worker);
        var exposed = DockerImages.File.All(stage, "EXPOSE").SelectMany(e => e.Arguments.Split(' ')).Select(int.Parse).ToList();
        Assert.Equal([settings.Node.Port, settings.CommandHost.Port, 9464, settings.Node.Management.Port], exposed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("seed")]
    public void EntrypointScriptAdvertisesTheContainerAddressOnlyWhenNoneIsSet(string? configured)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { RepositoryFiles.PathOf("deploy/docker-entrypoint.sh"), "sh", "-c", "printf %s \"$EXPRESSIVITY_Node__PublicHostname\"" })
        {
            start.ArgumentList.Add(arg);
        }

        // Set or removed explicitly: the test host's own environment must not leak in.
        if (configured is null) start.Environment.Remove("EXPRESSIVITY_Node__PublicHostname");
        else start.Environment["EXPRESSIVITY_Node__PublicHostname"] = configured;
        using var process = Process.Start(start)!;
        var advertised = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        if (configured is null) Assert.NotEmpty(advertised);
        else Assert.Equal(configured, advertised);
    }
}
