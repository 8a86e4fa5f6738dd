using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Expressivity.Deployment.Tests.Support;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>
/// A host's assembly as its project built it (same configuration and framework as this test run),
/// read without loading it: its name and whether it is a program with an entry point.
/// </summary>
public sealed record BuiltAssembly(string Name, bool HasEntryPoint)
{
    /// <summary>Reads the build output of <paramref name="project"/> (src/X/X.csproj), named <paramref name="fileName"/>.</summary>
    public static BuiltAssembly Of(string project, string fileName)
    {
        using var reader = new PEReader(File.OpenRead(PathOf(project, fileName)));
        var metadata = reader.GetMetadataReader();
        return new BuiltAssembly(metadata.GetString(metadata.GetAssemblyDefinition().Name),
            reader.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress != 0);
    }

    /// <summary>The path of <paramref name="fileName"/> in the build output of <paramref name="project"/>.</summary>
    public static string PathOf(string project, string fileName)
    {
        // This assembly lives in tests/Deployment.Tests/bin/<configuration>/<framework>/.
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var path = Path.Combine(Path.GetDirectoryName(RepositoryFiles.PathOf(project))!, "bin", framework.Parent!.Name, framework.Name, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} did not build {fileName}", path);
    }
}
