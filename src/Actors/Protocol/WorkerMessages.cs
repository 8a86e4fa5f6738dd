namespace Expressivity.Actors.Protocol;

/// <summary>Asks a worker for its <see cref="WorkerStatus"/>; answered even while every core runs a kernel.</summary>
public sealed record GetWorkerStatus : IProtocolMessage
{
    /// <summary>The single instance.</summary>
    public static readonly GetWorkerStatus Instance = new();
}

/// <summary>A unit running on a worker.</summary>
public sealed record RunningUnit(string SweepId, string UnitId, double Seconds) : IProtocolMessage;

/// <summary>What a worker is doing: capacity, running units, units finished since start, reports awaiting acknowledgement.</summary>
public sealed record WorkerStatus(string WorkerId, int Capacity, IReadOnlyList<RunningUnit> Running, long UnitsFinished, int Unacknowledged) : IProtocolMessage;
