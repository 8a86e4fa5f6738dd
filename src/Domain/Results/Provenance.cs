using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Expressivity.Domain.Results;

/// <summary>
/// Where a result came from: product version and commit (the build's informational version,
/// "version+commit"), the normalised spec, start and end (UTC), CPU seconds of this process, cores and machine.
/// </summary>
public sealed record Provenance(string Version, string Commit, string Spec, DateTimeOffset Start, DateTimeOffset End, double CpuSeconds, int Cores, string Machine)
{
    /// <summary>Captures this process's view at the end of a run that started at <paramref name="start"/>.</summary>
    public static Provenance Capture(string spec, DateTimeOffset start)
    {
        var informational = (Assembly.GetEntryAssembly() ?? typeof(Provenance).Assembly)
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+');
        var (version, commit) = plus < 0 ? (informational, "unknown") : (informational[..plus], informational[(plus + 1)..]);
        using var self = Process.GetCurrentProcess();
        return new Provenance(version, commit, spec, start, DateTimeOffset.UtcNow, self.TotalProcessorTime.TotalSeconds, Environment.ProcessorCount, Environment.MachineName);
    }

    /// <summary>The JSON object (spec embedded as an object when it parses).</summary>
    public JsonObject ToJson() => new()
    {
        ["version"] = Version,
        ["commit"] = Commit,
        ["spec"] = TryParse(Spec),
        ["start"] = Start.UtcDateTime.ToString("O"),
        ["end"] = End.UtcDateTime.ToString("O"),
        ["cpuSeconds"] = Math.Round(CpuSeconds, 3),
        ["cores"] = Cores,
        ["machine"] = Machine,
    };

    private static JsonNode? TryParse(string spec)
    {
        try
        {
            return JsonNode.Parse(spec);
        }
        catch (System.Text.Json.JsonException)
        {
            return spec;
        }
    }
}
