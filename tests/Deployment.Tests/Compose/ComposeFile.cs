using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>
/// The parts of the Compose file format docker-compose.yml uses. Deserialisation is strict (an unknown
/// key fails the load), so a key misspelt in the file cannot pass unnoticed; merge keys are resolved.
/// </summary>
public sealed class ComposeFile
{
    /// <summary>Project name.</summary>
    public string? Name { get; set; }

    /// <summary>The shared node environment (an extension field, merged into the node services).</summary>
    [YamlMember(Alias = "x-node-environment", ApplyNamingConventions = false)]
    public Dictionary<string, string>? NodeEnvironment { get; set; }

    /// <summary>The TLS environment of docker-compose.tls.yml (an extension field, merged into the node services).</summary>
    [YamlMember(Alias = "x-tls-environment", ApplyNamingConventions = false)]
    public Dictionary<string, string>? TlsEnvironment { get; set; }

    /// <summary>File-backed secrets by name (mounted at /run/secrets/&lt;name&gt;).</summary>
    public Dictionary<string, ComposeSecret> Secrets { get; set; } = [];

    /// <summary>Services by name.</summary>
    public Dictionary<string, ComposeService> Services { get; set; } = [];

    /// <summary>Named volumes.</summary>
    public Dictionary<string, object?> Volumes { get; set; } = [];

    /// <summary>Parses Compose YAML, after replacing ${...} with <paramref name="variables"/> when given.</summary>
    public static ComposeFile Parse(string yaml, IReadOnlyDictionary<string, string>? variables = null)
    {
        if (variables is not null) yaml = ComposeInterpolation.Apply(yaml, variables);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<ComposeFile>(new MergingParser(new Parser(new StringReader(yaml))));
    }

    /// <summary>The service called <paramref name="name"/>; fails the test when absent.</summary>
    public ComposeService Service(string name) =>
        Services.TryGetValue(name, out var service) ? service : throw new KeyNotFoundException($"docker-compose.yml has no service '{name}'");
}

/// <summary>One service.</summary>
public sealed class ComposeService
{
    /// <summary>How the image is built.</summary>
    public ComposeBuild? Build { get; set; }

    /// <summary>Image name.</summary>
    public string? Image { get; set; }

    /// <summary>Arguments replacing the image's CMD.</summary>
    public List<string>? Command { get; set; }

    /// <summary>Restart policy.</summary>
    public string? Restart { get; set; }

    /// <summary>Fixed hostname.</summary>
    public string? Hostname { get; set; }

    /// <summary>Fixed container name (prevents scaling).</summary>
    public string? ContainerName { get; set; }

    /// <summary>Environment variables.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>Published ports, short syntax.</summary>
    public List<string> Ports { get; set; } = [];

    /// <summary>Volume mounts, short syntax.</summary>
    public List<string> Volumes { get; set; } = [];

    /// <summary>Health check.</summary>
    public ComposeHealthcheck? Healthcheck { get; set; }

    /// <summary>Start-order dependencies with their conditions.</summary>
    public Dictionary<string, ComposeDependency> DependsOn { get; set; } = [];

    /// <summary>Time between SIGTERM and SIGKILL.</summary>
    public string? StopGracePeriod { get; set; }

    /// <summary>Profiles that enable the service.</summary>
    public List<string> Profiles { get; set; } = [];

    /// <summary>Secrets mounted into the container, short syntax.</summary>
    public List<string> Secrets { get; set; } = [];
}

/// <summary>A top-level secret read from a file next to the compose file.</summary>
public sealed class ComposeSecret
{
    /// <summary>Path of the file, relative to the compose file.</summary>
    public string? File { get; set; }
}

/// <summary>Build section.</summary>
public sealed class ComposeBuild
{
    /// <summary>Build context.</summary>
    public string Context { get; set; } = ".";

    /// <summary>Dockerfile, relative to the context.</summary>
    public string? Dockerfile { get; set; }

    /// <summary>Build stage.</summary>
    public string? Target { get; set; }
}

/// <summary>Health check section.</summary>
public sealed class ComposeHealthcheck
{
    /// <summary>["CMD", program, args...].</summary>
    public List<string> Test { get; set; } = [];

    /// <summary>Interval.</summary>
    public string? Interval { get; set; }

    /// <summary>Timeout.</summary>
    public string? Timeout { get; set; }

    /// <summary>Retries.</summary>
    public int Retries { get; set; }

    /// <summary>Start period.</summary>
    public string? StartPeriod { get; set; }
}

/// <summary>Long form of one depends_on entry.</summary>
public sealed class ComposeDependency
{
    /// <summary>service_started, service_healthy or service_completed_successfully.</summary>
    public string Condition { get; set; } = "service_started";
}
