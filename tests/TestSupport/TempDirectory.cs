namespace Expressivity.TestSupport;

/// <summary>A fresh directory under /tmp, removed on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory.</summary>
    public TempDirectory() => Directory.CreateDirectory(Path);

    /// <summary>Full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "expressivity-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file in the directory and returns its path.</summary>
    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
