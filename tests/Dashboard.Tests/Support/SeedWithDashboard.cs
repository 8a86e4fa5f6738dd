using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Expressivity.Dashboard.Tests.Support;

/// <summary>
/// A real <c>seed run &lt;spec&gt; --dashboard 0</c> process with one worker slot, or a <c>seed serve</c>; the dashboard's address
/// is read from the line it prints on stderr. Disposing kills it.
/// </summary>
public sealed partial class SeedWithDashboard : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SeedWithDashboard(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
            if (AddressLine().Match(e.Data) is { Success: true } m) _address.TrySetResult(m.Groups[1].Value);
        };
        process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException($"seed exited ({process.ExitCode}) before serving the dashboard:\n{StdErr}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The page, e.g. http://127.0.0.1:41234/.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Everything on stderr so far (for failure messages).</summary>
    public string StdErr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>Starts the seed on <paramref name="spec"/> in <paramref name="dataDirectory"/>; <paramref name="secret"/> null leaves the dashboard read-only.</summary>
    public static Task<SeedWithDashboard> Start(string spec, string dataDirectory, string? secret) =>
        Launch(["run", spec, "--dashboard", "0", "--workers", "1", "--progress", "lines", "--data-dir", dataDirectory], secret);

    /// <summary>Starts <c>seed serve</c> (seed and coordinator roles, every port picked by the OS) with its dashboard.</summary>
    public static Task<SeedWithDashboard> Serve(string dataDirectory, string? secret) =>
        Launch(["serve", "--port", "0", "--cmd-port", "0", "--dashboard", "0", "--data-dir", dataDirectory], secret);

    private static async Task<SeedWithDashboard> Launch(string[] args, string? secret)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(SeedDll());
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("EXPRESSIVITY_SECRET");
        info.Environment.Remove("EXPRESSIVITY_CommandHost__Secret");
        if (secret is not null) info.Environment["EXPRESSIVITY_CommandHost__Secret"] = secret;
        var seed = new SeedWithDashboard(Process.Start(info) ?? throw new InvalidOperationException("could not start the seed"));
        try
        {
            // Generous: the node boots a cluster first, on a shared 2-core machine.
            seed.Address = await seed._address.Task.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            await seed.DisposeAsync();
            throw;
        }

        return seed;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    // tests/Dashboard.Tests/bin/<Configuration>/net10.0 -> src/Seed/bin/<Configuration>/net10.0
    private static string SeedDll()
    {
        var here = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var root = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", ".."));
        var path = Path.Combine(root, "src", "Seed", "bin", configuration, "net10.0", "Expressivity.Seed.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build src/Seed first: {path} is missing");
    }

    [GeneratedRegex(@"^dashboard: (http://\S+/) \(")]
    private static partial Regex AddressLine();
}
