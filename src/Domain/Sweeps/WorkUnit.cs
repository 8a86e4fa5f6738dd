namespace Expressivity.Domain.Sweeps;

/// <summary>
/// One piece of a sweep. <see cref="Id"/> is unique within the sweep; <see cref="Payload"/> is a compact,
/// kind-defined description of the work. The result of running a unit depends only on (spec, unit), so a
/// unit may run twice, on any node, without changing the sweep's result.
/// </summary>
/// <param name="Id">Stable identifier, e.g. "map/17" or "map/17.2" for a run-time split piece.</param>
/// <param name="Stage">The stage the unit belongs to (0 first); a stage starts only when the previous one is done.</param>
/// <param name="Payload">Kind-defined text; empty when the id says everything.</param>
public sealed record WorkUnit(string Id, int Stage, string Payload);
