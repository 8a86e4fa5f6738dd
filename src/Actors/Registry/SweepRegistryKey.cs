namespace Expressivity.Actors.Registry;

/// <summary>ActorRegistry key of the sweep registry singleton (proxy).</summary>
public sealed class SweepRegistryKey;
