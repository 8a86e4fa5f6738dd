namespace Expressivity.Actors.Storage;

/// <summary>
/// An exclusive lock file in a SQLite data directory, taken by every process that opens one (`run`,
/// `serve`): SQLite allows one writer process per database, and two coordinators on one journal corrupt
/// each other's progress. The operating system drops the lock when the holder dies (even kill -9); a
/// second file names the holder so the refusal can say who has it.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the lock or throws <see cref="ArgumentException"/> naming the directory and its holder.</summary>
    public static DataDirectoryLock Take(string directory, string setting = "Storage:DataDirectory")
    {
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(full);
        FileStream file;
        try
        {
            file = new FileStream(Path.Combine(full, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ArgumentException($"{setting}: data directory '{full}' is in use by another process ({Holder(full)}); stop it or use another directory");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArgumentException($"{setting}: cannot create the lock file in data directory '{full}': {e.Message}");
        }

        try
        {
            File.WriteAllText(Path.Combine(full, ".lock.holder"),
                $"pid {Environment.ProcessId} ({string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Take(2))}) since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The holder note is a courtesy for the refusal message; the lock itself is what protects.
        }

        return new DataDirectoryLock(file);
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private static string Holder(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, ".lock.holder")).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }
}
