namespace Expressivity.Actors.Hosting;

/// <summary>How a node finds the cluster it joins (configuration key <c>Node:Discovery</c>).</summary>
public static class DiscoveryMode
{
    /// <summary>Join the addresses in <c>Node:Seeds</c> (or form a cluster alone when there are none). The default.</summary>
    public const string SeedNodes = "seed-nodes";

    /// <summary>
    /// Akka.Management cluster bootstrap over configuration-based discovery: the contact points are the
    /// management endpoints listed in <c>Node:Bootstrap:ContactPoints</c> (docker-compose, loopback runs).
    /// </summary>
    public const string Config = "config";

    /// <summary>
    /// Akka.Management cluster bootstrap over Akka.Discovery.KubernetesApi: the contact points are the
    /// running pods matching <c>Node:Bootstrap:PodLabelSelector</c> (needs a ServiceAccount allowed to list pods).
    /// </summary>
    public const string Kubernetes = "kubernetes";

    /// <summary>Every accepted value.</summary>
    public static readonly IReadOnlyList<string> All = [SeedNodes, Config, Kubernetes];
}
