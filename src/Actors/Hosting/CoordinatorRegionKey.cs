namespace Expressivity.Actors.Hosting;

/// <summary>ActorRegistry key of the coordinator shard region (or its proxy on worker-only nodes).</summary>
public sealed class CoordinatorRegionKey;

/// <summary>ActorRegistry key of this node's worker actor.</summary>
public sealed class WorkerKey;
