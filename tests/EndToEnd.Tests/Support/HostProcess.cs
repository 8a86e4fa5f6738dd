using System.Diagnostics;
using System.Text;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>A built host (Seed, Worker, Cli) started as a real child process with captured output.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything written to stdout so far.</summary>
    public string StdOut
    {
        get { lock (_stdout) return _stdout.ToString(); }
    }

    /// <summary>Everything written to stderr so far.</summary>
    public string StdErr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>Starts <c>dotnet Expressivity.{project}.dll args...</c> from the build output next to the tests.</summary>
    public static HostProcess Start(string project, params string[] args) => StartWithInput(project, null, args);

    /// <summary>As <see cref="Start(string, string[])"/>, writing <paramref name="input"/> to standard input, then closing it.</summary>
    public static HostProcess StartWithInput(string project, string? input, params string[] args) => StartAs(null, project, input, args);

    /// <summary>
    /// As <see cref="StartWithInput"/>, as OS user <paramref name="user"/> through <c>runuser</c> (root only) when
    /// it is set: file permissions do not bind root, so permission attacks run their victim as another user.
    /// </summary>
    public static HostProcess StartAs(string? user, string project, string? input, params string[] args)
    {
        var info = new ProcessStartInfo(user is null ? "dotnet" : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        if (user is not null)
        {
            foreach (var a in new[] { "-u", user, "--", "dotnet" }) info.ArgumentList.Add(a);
        }

        info.ArgumentList.Add(Locate(project));
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {project}");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        return new HostProcess(process);
    }

    /// <summary>Runs to the end and returns (exit code, stdout, stderr).</summary>
    public static async Task<(int Code, string Out, string Err)> Run(string project, TimeSpan timeout, params string[] args)
    {
        using var p = Start(project, args);
        var code = await p.WaitForExit(timeout);
        return (code, p.StdOut, p.StdErr);
    }

    /// <summary>Waits for the exit code; kills the process and fails after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExit(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"process did not exit within {timeout}; stderr:\n{StdErr}");
        }

        _process.WaitForExit(); // flushes the asynchronous output readers
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — the crash the product must survive.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static string Locate(string project)
    {
        // tests/EndToEnd.Tests/bin/<Configuration>/net10.0 -> src/<project>/bin/<Configuration>/net10.0
        var here = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var root = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", ".."));
        var path = Path.Combine(root, "src", project, "bin", configuration, "net10.0", $"Expressivity.{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build {project} first: {path} is missing");
    }
}
