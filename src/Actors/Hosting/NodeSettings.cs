using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Workers;
using Microsoft.Extensions.Configuration;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Every setting of a serving node, bound from (later wins) built-in defaults, appsettings.json beside
/// the executable, an optional <c>--config</c> file, environment variables prefixed <c>EXPRESSIVITY_</c>
/// (<c>EXPRESSIVITY_Node__Port=4053</c>) and command-line flags (<c>--Node:Port=4053</c> or the short
/// aliases in <see cref="Aliases"/>).
/// </summary>
public sealed record NodeSettings(
    NodeOptions Node, StorageOptions Storage, CoordinatorOptions Coordinator, WorkerOptions Worker,
    CommandHostOptions CommandHost, MetricsOptions Metrics)
{
    /// <summary>The web dashboard (seed nodes); off unless <c>Dashboard:Enabled</c> or <c>--dashboard &lt;port&gt;</c>.</summary>
    public DashboardOptions Dashboard { get; init; } = new();

    /// <summary>Short command-line flags and the keys they set.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["--hostname"] = "Node:Hostname",
        ["--public-hostname"] = "Node:PublicHostname",
        ["--port"] = "Node:Port",
        ["--seed"] = "Node:Seeds:0",
        ["--storage"] = "Storage:Provider",
        ["--data-dir"] = "Storage:DataDirectory",
        ["--connection-string"] = "Storage:ConnectionString",
        ["--capacity"] = "Worker:Capacity",
        ["--unit-log"] = "Worker:UnitLogPath",
        ["--cmd-host"] = "CommandHost:Host",
        ["--cmd-port"] = "CommandHost:Port",
        ["--secret"] = "CommandHost:Secret",
        ["--metrics"] = "Metrics:Exporter",
        ["--dashboard"] = "Dashboard:Port",
        ["--dashboard-host"] = "Dashboard:Host",
        ["--discovery"] = "Node:Discovery",
        ["--management-host"] = "Node:Management:Host",
        ["--management-port"] = "Node:Management:Port",
        ["--config"] = "ConfigFile",
    };

    /// <summary>Loads and validates the settings; <paramref name="defaults"/> are the role's built-in values.</summary>
    public static NodeSettings Load(string[] args, IReadOnlyDictionary<string, string?> defaults)
    {
        var first = new ConfigurationBuilder().AddCommandLine(args, Aliases.ToDictionary()).Build();
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (first["ConfigFile"] is { } file)
        {
            if (!File.Exists(file)) throw new ArgumentException($"--config: file '{file}' does not exist");
            builder.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        var config = builder.AddEnvironmentVariables("EXPRESSIVITY_").AddCommandLine(args, Aliases.ToDictionary()).Build();
        var dashboard = Bind<DashboardOptions>(config, "Dashboard");
        // --dashboard <port> alone turns the dashboard on.
        if (config["Dashboard:Port"] is not null && config["Dashboard:Enabled"] is null) dashboard = dashboard with { Enabled = true };
        var node = Bind<NodeOptions>(config, "Node");
        // --management-port <port> alone turns the management endpoint on.
        if (config["Node:Management:Port"] is not null && config["Node:Management:Enabled"] is null) node = node with { Management = node.Management with { Enabled = true } };
        var settings = new NodeSettings(
            node, Bind<StorageOptions>(config, "Storage"), Bind<CoordinatorOptions>(config, "Coordinator"),
            Bind<WorkerOptions>(config, "Worker"), Bind<CommandHostOptions>(config, "CommandHost"), Bind<MetricsOptions>(config, "Metrics"))
        {
            Dashboard = dashboard,
        };
        settings.Validate();
        return settings;
    }

    /// <summary>Checks every section; messages name the offending key.</summary>
    public void Validate()
    {
        Storage.Validate();
        CommandHost.Validate();
        Metrics.Validate();
        Dashboard.Validate();
        Node.Tls.LoadCertificate()?.Dispose(); // a missing or unreadable certificate stops the node here, naming the setting
        if (!Node.Tls.Enabled && Node.Seeds.FirstOrDefault(s => s.StartsWith("akka.ssl.tcp://", StringComparison.Ordinal)) is { } tlsSeed)
            throw new ArgumentException($"Node:Seeds: '{tlsSeed}' is a TLS address but Node:Tls:Enabled is false");
        if (Node.WhenDowned is not (DownedPolicy.Rejoin or DownedPolicy.Exit))
            throw new ArgumentException($"Node:WhenDowned must be '{DownedPolicy.Rejoin}' or '{DownedPolicy.Exit}', not '{Node.WhenDowned}'");
        if (Node.Port is < 0 or > 65535) throw new ArgumentException($"Node:Port must be 0..65535, not {Node.Port}");
        var unknown = Node.Roles.Except([ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker]).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Node:Roles has unknown role(s): {string.Join(", ", unknown)}");
        if (Node.Roles.Count == 0) throw new ArgumentException("Node:Roles is empty");
        if (!DiscoveryMode.All.Contains(Node.Discovery))
            throw new ArgumentException($"Node:Discovery must be one of {string.Join(", ", DiscoveryMode.All)}, not '{Node.Discovery}'");
        Node.Management.Validate();
        Node.Bootstrap.Validate(Node.Discovery);
        if (!Node.UsesBootstrap && Node.Seeds.Count == 0 && !Node.Roles.Contains(ClusterRoles.Seed))
            throw new ArgumentException("Node:Seeds is empty: a node without the seed role needs at least one seed address (--seed akka.tcp://expressivity@host:4053)");
        if (Node.Roles.Contains(ClusterRoles.Worker) && !Node.Roles.Contains(ClusterRoles.Coordinator) && !Storage.IsPostgres)
            throw new ArgumentException("Storage:Provider must be 'postgresql' on a worker-only node: workers write partial results that other nodes read (SQLite is for the one-process embedded mode)");
        if (Node.DowningStableAfter < TimeSpan.FromSeconds(1) || Node.DowningStableAfter > TimeSpan.FromMinutes(10))
            throw new ArgumentException("Node:DowningStableAfter must be between 1 s and 10 min");
        if (Worker.DrainTime < TimeSpan.Zero || Worker.DrainTime > TimeSpan.FromHours(1)) throw new ArgumentException("Worker:DrainTime must be between 0 and 1 h");
        if (Coordinator.LeaseTime < TimeSpan.FromSeconds(2)) throw new ArgumentException("Coordinator:LeaseTime must be at least 2 s");
        if (!(Coordinator.ValidateFraction is >= 0 and <= 1)) throw new ArgumentException($"Coordinator:ValidateFraction must be between 0 and 1, not {Coordinator.ValidateFraction}");
    }

    private static T Bind<T>(IConfiguration config, string section) where T : new()
    {
        try
        {
            return config.GetSection(section).Get<T>(o => o.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"configuration section {section}: {e.Message}");
        }
    }
}
