namespace Expressivity.Actors.Hosting;

/// <summary>
/// Akka.Management cluster bootstrap (section <c>Node:Bootstrap</c>), used when <c>Node:Discovery</c> is
/// config or kubernetes. Contact points are the nodes that may form a new cluster: the one with the lowest
/// address forms it once <see cref="RequiredContactPoints"/> of them answer and none is in a cluster yet;
/// every other node, contact point or not, joins the cluster a contact point reports.
/// </summary>
public sealed record BootstrapOptions
{
    /// <summary>Service name looked up in discovery; for kubernetes it fills the {0} of <see cref="PodLabelSelector"/>. Default "expressivity".</summary>
    public string ServiceName { get; init; } = "expressivity";

    /// <summary>
    /// Contact points that must answer before a new cluster is formed, 1..100. Default 1. Set it to the
    /// number of contact-point nodes started together: fewer risks two clusters on a first start.
    /// </summary>
    public int RequiredContactPoints { get; init; } = 1;

    /// <summary>Config discovery: the contact points' management endpoints, "host:port" each (the same list on every node).</summary>
    public IReadOnlyList<string> ContactPoints { get; init; } = [];

    /// <summary>Kubernetes discovery: label selector of the contact-point pods. Default "app.kubernetes.io/component=contact-point,app.kubernetes.io/part-of={0}".</summary>
    public string PodLabelSelector { get; init; } = "app.kubernetes.io/component=contact-point,app.kubernetes.io/part-of={0}";

    /// <summary>Kubernetes discovery: name of the container port that is the management endpoint. Default "management".</summary>
    public string PortName { get; init; } = "management";

    /// <summary>How long the discovered contact points must stay the same before a new cluster is formed, 1 s .. 5 min. Default 5 s.</summary>
    public TimeSpan StableMargin { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks <paramref name="discovery"/>'s settings; messages name the key.</summary>
    public void Validate(string discovery)
    {
        if (RequiredContactPoints is < 1 or > 100) throw new ArgumentException($"Node:Bootstrap:RequiredContactPoints must be 1..100, not {RequiredContactPoints}");
        if (StableMargin < TimeSpan.FromSeconds(1) || StableMargin > TimeSpan.FromMinutes(5))
            throw new ArgumentException($"Node:Bootstrap:StableMargin must be between 1 s and 5 min, not {StableMargin}");
        if (string.IsNullOrWhiteSpace(ServiceName)) throw new ArgumentException("Node:Bootstrap:ServiceName is empty");
        if (discovery != DiscoveryMode.Config) return;
        if (ContactPoints.Count == 0)
            throw new ArgumentException("Node:Bootstrap:ContactPoints is empty: config discovery needs the contact points' management endpoints (host:port)");
        foreach (var point in ContactPoints)
        {
            var colon = point.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(point[(colon + 1)..], out var port) || port is < 1 or > 65535)
                throw new ArgumentException($"Node:Bootstrap:ContactPoints: '{point}' is not host:port");
        }

        if (RequiredContactPoints > ContactPoints.Count)
            throw new ArgumentException($"Node:Bootstrap:RequiredContactPoints ({RequiredContactPoints}) exceeds the {ContactPoints.Count} listed in Node:Bootstrap:ContactPoints: no cluster could ever form");
    }
}
