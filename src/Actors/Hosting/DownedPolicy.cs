namespace Expressivity.Actors.Hosting;

/// <summary>What a serving node does when the cluster downs it (configuration key <c>Node:WhenDowned</c>).</summary>
public static class DownedPolicy
{
    /// <summary>Start a new actor system in the same process and join again through the seeds (default): no supervisor needed.</summary>
    public const string Rejoin = "rejoin";

    /// <summary>End the process with <see cref="ExitCode"/>, for deployments whose restart policy is the design (systemd Restart=on-failure).</summary>
    public const string Exit = "exit";

    /// <summary>Exit code of a node that was downed under <see cref="Exit"/>: non-zero, so on-failure restart policies apply.</summary>
    public const int ExitCode = 3;
}
