namespace Expressivity.Domain.Sweeps;

/// <summary>What a running unit may use besides its spec: the partial store, cancellation and the core budget.</summary>
/// <param name="SweepId">The sweep the unit belongs to.</param>
/// <param name="Store">Durable storage for large per-unit data.</param>
/// <param name="Cancel">Cancelled when the worker gives the unit up (pause, cancel, shutdown).</param>
/// <param name="Threads">How many threads the unit may use (1 when the worker runs one unit per core).</param>
public sealed record UnitContext(string SweepId, IPartialStore Store, CancellationToken Cancel, int Threads = 1);
