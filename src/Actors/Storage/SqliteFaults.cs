using Microsoft.Data.Sqlite;

namespace Expressivity.Actors.Storage;

/// <summary>Reads a SQLite error as an operator needs it: SQLite's code and text, and the operating system's error when there is one.</summary>
public static class SqliteFaults
{
    private const int Permission = 3;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>E.g. "attempt to write a readonly database (SQLite 8/1032; OS: Access to the path '...' is denied.)".</summary>
    public static string Describe(SqliteException e, string path)
    {
        var text = e.Message;
        // Microsoft.Data.Sqlite phrases it "SQLite Error 8: 'attempt to write a readonly database'."
        var quote = text.IndexOf('\'');
        if (quote >= 0 && text.LastIndexOf('\'') > quote) text = text[(quote + 1)..text.LastIndexOf('\'')];
        var os = e.SqliteErrorCode is Permission or ReadOnly or IoError or Full or CantOpen ? SystemError(path) : null;
        return $"{text} (SQLite {e.SqliteErrorCode}/{e.SqliteExtendedErrorCode}{(os is null ? "" : "; OS: " + os)})";
    }

    /// <summary>True for errors that mean the file's content is damaged (not a database, malformed image).</summary>
    public static bool IsDamage(Exception? e) => e is SqliteException { SqliteErrorCode: Corrupt or NotADatabase };

    /// <summary>
    /// SQLite does not pass the OS error through this provider, so open the file (or, when it is missing,
    /// its directory) for writing the way SQLite would and report what the OS says; null when that works.
    /// </summary>
    private static string? SystemError(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                using var f = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            else
            {
                var probe = Path.Combine(Path.GetDirectoryName(path) ?? ".", $".write-probe-{Environment.ProcessId}");
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
                File.Delete(probe);
            }

        }
        catch (Exception os) when (os is IOException or UnauthorizedAccessException)
        {
            return os.Message;
        }

        try
        {
            return new DriveInfo(Path.GetDirectoryName(path) ?? "/").AvailableFreeSpace == 0 ? "no space left on device" : null;
        }
        catch (Exception)
        {
            return null; // free space is only a hint; the SQLite error stands on its own
        }
    }
}
