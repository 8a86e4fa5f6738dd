namespace Expressivity.Deployment.Tests.Support;

/// <summary>Files of the repository under test, found from the test assembly's location.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest ancestor directory holding Cluster.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the root with '/' separators.</summary>
    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>The text of a file given relative to the root.</summary>
    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no Cluster.sln above {AppContext.BaseDirectory}");
    }
}
