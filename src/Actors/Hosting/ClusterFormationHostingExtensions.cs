using Akka.Discovery.Config.Hosting;
using Akka.Discovery.KubernetesApi;
using Akka.Hosting;
using Akka.Management;
using Akka.Management.Cluster.Bootstrap;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// How a node becomes a member (<c>Node:Discovery</c>): the seed-node list, or Akka.Management cluster
/// bootstrap over config or Kubernetes API discovery; and the management HTTP endpoint with the health routes.
/// </summary>
public static class ClusterFormationHostingExtensions
{
    /// <summary>
    /// Configures Akka.Management (when <see cref="NodeOptions.ServesManagement"/>) and discovery with bootstrap
    /// (when <see cref="NodeOptions.UsesBootstrap"/>); <see cref="ManagementEndpoint"/> starts them.
    /// </summary>
    public static AkkaConfigurationBuilder AddClusterFormation(this AkkaConfigurationBuilder builder, NodeOptions node)
    {
        if (!node.ServesManagement) return builder;
        var management = node.Management;
        // Settings only (autoStart off): ManagementEndpoint binds the listener and starts bootstrap.
        builder.WithAkkaManagement(
            new AkkaManagementOptions
            {
                HostName = node.ManagementPublicHostname,
                Port = management.Port,
                BindHostName = management.Host,
                BindPort = management.Port,
            },
            autoStart: false);
        if (!node.UsesBootstrap) return builder;

        var bootstrap = node.Bootstrap;
        if (node.Discovery == DiscoveryMode.Config)
        {
            builder.WithConfigDiscovery(new ConfigServiceDiscoveryOptions
            {
                Services = [new Service { Name = bootstrap.ServiceName, Endpoints = [.. bootstrap.ContactPoints] }],
            });
        }
        else
        {
            builder.WithKubernetesDiscovery(new KubernetesDiscoveryOptions { PodLabelSelector = bootstrap.PodLabelSelector });
        }

        var options = new ClusterBootstrapOptions { NewClusterEnabled = true };
        options.ContactPointDiscovery.ServiceName = bootstrap.ServiceName;
        options.ContactPointDiscovery.RequiredContactPointsNr = bootstrap.RequiredContactPoints;
        options.ContactPointDiscovery.StableMargin = bootstrap.StableMargin;
        // Kubernetes lists every port of a pod: take the management one. Config endpoints carry their port;
        // on loopback several share one host, which the fallback-port filter would cut down to one.
        if (node.Discovery == DiscoveryMode.Kubernetes) options.ContactPointDiscovery.PortName = bootstrap.PortName;
        else options.ContactPoint.FilterOnFallbackPort = false;
        return builder.WithClusterBootstrap(options, autoStart: false);
    }
}
