namespace Expressivity.Actors.Coordinator;

/// <summary>
/// Hand-off stop message for the coordinator entity: it stops only after in-flight persists finished,
/// rather than being killed mid-write by the default PoisonPill.
/// </summary>
public sealed class StopCoordinator
{
    /// <summary>The single instance.</summary>
    public static readonly StopCoordinator Instance = new();

    private StopCoordinator()
    {
    }
}
