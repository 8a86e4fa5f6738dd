using System.Diagnostics;

namespace Expressivity.TestSupport;

/// <summary>Runs a command to completion, optionally as another OS user, and returns its exit code and output.</summary>
internal static class ExternalCommand
{
    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>;
    /// when <paramref name="user"/> is set it runs through <c>runuser -u user --</c> (root only).
    /// </summary>
    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args, string workingDirectory, string? user = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(user is null ? file : "runuser")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (user is not null)
        {
            foreach (var a in new[] { "-u", user, "--", file }) psi.ArgumentList.Add(a);
        }

        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', psi.ArgumentList)} did not finish in time");
        }

        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>True when <paramref name="user"/> is a known OS account.</summary>
    public static bool UserExists(string user)
    {
        try
        {
            return Run("id", ["-u", user], Path.GetTempPath()).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
