namespace Expressivity.TestSupport;

/// <summary>
/// Finds the PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>) and the OS user to run them as
/// (initdb and postgres refuse to run as root).
/// </summary>
internal static class PostgresBinaries
{
    /// <summary>Overrides the directory searched for initdb and pg_ctl.</summary>
    public const string BinEnvironmentVariable = "EXPRESSIVITY_PG_BIN";

    /// <summary>Overrides the OS user the server runs as when the tests run as root.</summary>
    public const string UserEnvironmentVariable = "EXPRESSIVITY_PG_USER";

    /// <summary>The directory holding both initdb and pg_ctl; throws naming what is missing.</summary>
    public static string FindDirectory()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(BinEnvironmentVariable) is { Length: > 0 } configured) candidates.Add(configured);
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        candidates.Add("/usr/local/bin");
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Debian keeps one directory per major version; prefer the newest.
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                $"PostgreSQL server programs not found: no directory among PATH, /usr/local/bin and /usr/lib/postgresql/*/bin holds both initdb and pg_ctl. " +
                $"Install PostgreSQL 15 (e.g. apt-get install postgresql-15) or set {BinEnvironmentVariable}.");
    }

    /// <summary>
    /// The user to run the server as: null when the tests are not root (the server runs as the current
    /// user); otherwise <c>$EXPRESSIVITY_PG_USER</c>, <c>postgres</c> or <c>nobody</c>, the first that exists.
    /// </summary>
    public static string? FindUser()
    {
        if (!Environment.IsPrivilegedProcess) return null;
        var configured = Environment.GetEnvironmentVariable(UserEnvironmentVariable);
        string[] wanted = configured is { Length: > 0 } ? [configured] : ["postgres", "nobody"];
        if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser") && !File.Exists("/usr/bin/runuser"))
            throw new InvalidOperationException("running as root, but runuser (util-linux) is missing: PostgreSQL refuses to run as root and needs it to switch user");
        return wanted.FirstOrDefault(ExternalCommand.UserExists)
            ?? throw new InvalidOperationException(
                $"running as root, but none of the OS users {string.Join(", ", wanted)} exists to run PostgreSQL as (initdb refuses root). " +
                $"Create one (useradd --system --no-create-home postgres) or set {UserEnvironmentVariable}.");
    }
}
