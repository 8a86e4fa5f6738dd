namespace Expressivity.Actors.Hosting;

/// <summary>The node roles of the product.</summary>
public static class ClusterRoles
{
    /// <summary>Seed (lighthouse) role.</summary>
    public const string Seed = "seed";

    /// <summary>Hosts sweep coordinators and the sweep registry.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Runs kernels.</summary>
    public const string Worker = "worker";
}
