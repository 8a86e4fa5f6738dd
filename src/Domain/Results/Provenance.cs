using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Expressivity.Domain.Results;

/// <summary>
/// Where a result came from: product version and commit (the build's informational version,
/// "version+commit"), the normalised spec, start and end (UTC), CPU seconds of this process, cores and machine.
/// <see cref="Source"/> says whether this process ran the sweep ("run") or read it from a storage's journal
/// ("storage"), where start and end are the journal's timestamps and CPU seconds, cores and machine were not
/// recorded (null).
/// </summary>
public sealed record Provenance(string Version, string Commit, string Spec, DateTimeOffset Start, DateTimeOffset End, double? CpuSeconds, int? Cores, string? Machine, string Source = "run")
{
    /// <summary>Captures this process's view at the end of a run that started at <paramref name="start"/>.</summary>
    public static Provenance Capture(string spec, DateTimeOffset start)
    {
        var (version, commit) = Build();
        using var self = Process.GetCurrentProcess();
        return new Provenance(version, commit, spec, start, DateTimeOffset.UtcNow, self.TotalProcessorTime.TotalSeconds, Environment.ProcessorCount, Environment.MachineName);
    }

    /// <summary>A sweep read from storage: this build's version, the journal's start and end; CPU, cores and machine unknown.</summary>
    public static Provenance FromStorage(string spec, DateTimeOffset start, DateTimeOffset end)
    {
        var (version, commit) = Build();
        return new Provenance(version, commit, spec, start, end, null, null, null, "storage");
    }

    private static (string Version, string Commit) Build()
    {
        var informational = (Assembly.GetEntryAssembly() ?? typeof(Provenance).Assembly)
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+');
        return plus < 0 ? (informational, "unknown") : (informational[..plus], informational[(plus + 1)..]);
    }

    /// <summary>The JSON object (spec embedded as an object when it parses).</summary>
    public JsonObject ToJson() => new()
    {
        ["version"] = Version,
        ["commit"] = Commit,
        ["spec"] = TryParse(Spec),
        ["start"] = Start.UtcDateTime.ToString("O"),
        ["end"] = End.UtcDateTime.ToString("O"),
        ["cpuSeconds"] = CpuSeconds is { } cpu ? Math.Round(cpu, 3) : null,
        ["cores"] = Cores,
        ["machine"] = Machine,
        ["source"] = Source,
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
