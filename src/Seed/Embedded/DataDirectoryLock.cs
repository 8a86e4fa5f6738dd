namespace Expressivity.Seed.Embedded;

/// <summary>
/// An exclusive lock file in the data directory: SQLite allows one process per database, so a second
/// embedded run on the same directory is refused with a clear message instead of corrupting progress.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the lock or throws <see cref="IOException"/> naming the directory.</summary>
    public static DataDirectoryLock Take(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ".lock");
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new DataDirectoryLock(file);
        }
        catch (IOException)
        {
            throw new IOException($"data directory '{Path.GetFullPath(directory)}' is in use by another process");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
