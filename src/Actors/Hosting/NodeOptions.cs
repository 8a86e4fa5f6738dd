namespace Expressivity.Actors.Hosting;

/// <summary>How a node joins the cluster (configuration section <c>Node</c>).</summary>
public sealed record NodeOptions
{
    /// <summary>Actor system name; every node of one cluster uses the same. Default "expressivity".</summary>
    public string SystemName { get; init; } = "expressivity";

    /// <summary>Address to bind remoting to. Default loopback, 127.0.0.1: nothing listens beyond it unless configured.</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>Address other nodes use to reach this one (defaults to <see cref="Hostname"/>).</summary>
    public string? PublicHostname { get; init; }

    /// <summary>Remoting port; 0 picks a free one (embedded mode). Default 4053.</summary>
    public int Port { get; init; } = 4053;

    /// <summary>Seed node addresses (akka.tcp://expressivity@host:port); empty means join self.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>
    /// How long a partition must be stable before the split brain resolver (keep-majority, counted over
    /// coordinator-role nodes) downs the minority side. Default 20 s; 1 s .. 10 min. Identical on every node.
    /// </summary>
    public TimeSpan DowningStableAfter { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// What this node does when the cluster downs it (it lost its majority, or was marked down): "rejoin"
    /// (default) starts a new actor system in the same process and joins again through the seeds; "exit"
    /// ends the process with exit code 3 for a restart policy to act on. See <see cref="DownedPolicy"/>.
    /// </summary>
    public string WhenDowned { get; init; } = DownedPolicy.Rejoin;

    /// <summary>TLS with pinned certificates for remoting (section <c>Node:Tls</c>); off by default.</summary>
    public TlsOptions Tls { get; init; } = new();

    /// <summary>Roles of this node: "seed", "coordinator", "worker".</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>How the node finds its cluster: "seed-nodes" (default, <see cref="Seeds"/>), "config" or "kubernetes" (cluster bootstrap). See <see cref="DiscoveryMode"/>.</summary>
    public string Discovery { get; init; } = DiscoveryMode.SeedNodes;

    /// <summary>The Akka.Management HTTP endpoint: bootstrap contact point and health routes (section <c>Node:Management</c>).</summary>
    public ManagementOptions Management { get; init; } = new();

    /// <summary>Cluster bootstrap settings for the config and kubernetes discovery modes (section <c>Node:Bootstrap</c>).</summary>
    public BootstrapOptions Bootstrap { get; init; } = new();

    /// <summary>True when the node joins through cluster bootstrap rather than <see cref="Seeds"/>.</summary>
    public bool UsesBootstrap => Discovery != DiscoveryMode.SeedNodes;

    /// <summary>The host other nodes reach the management endpoint by: Management:PublicHostname, else PublicHostname, else Management:Host.</summary>
    public string ManagementPublicHostname => Management.PublicHostname ?? PublicHostname ?? Management.Host;

    /// <summary>True when the management endpoint runs: asked for, or needed by bootstrap.</summary>
    public bool ServesManagement => Management.Enabled || UsesBootstrap;
}
