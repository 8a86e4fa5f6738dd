using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>Units leased to a worker, with the spec needed to run them.</summary>
public sealed record WorkGrant(string SweepId, string SpecJson, IReadOnlyList<WorkUnit> Units) : IProtocolMessage;

/// <summary>Nothing to lease now; <paramref name="State"/> says why (running: all leased; paused; completed...).</summary>
public sealed record NoWork(string SweepId, string State) : IProtocolMessage;

/// <summary>The coordinator has persisted (or had already persisted) the unit's completion.</summary>
public sealed record UnitAck(string SweepId, string UnitId) : IProtocolMessage;

/// <summary>Answer to start, pause, resume and cancel.</summary>
public sealed record SweepCommandReply(string SweepId, bool Ok, string Message) : IProtocolMessage;

/// <summary>Throughput of one worker as the coordinator saw it.</summary>
public sealed record WorkerThroughput(string WorkerId, long UnitsDone, int InFlight, double UnitsPerSecond, double SecondsSinceSeen) : IProtocolMessage;

/// <summary>
/// A sweep's progress and, once completed, its result. States: new, running, paused, completed,
/// failed, cancelled. Counts cover the current stage; <see cref="ResultJson"/> is the report's
/// result object once completed; <see cref="RecomputedUnits"/> counts completed units run again
/// because their stored partials were lost or damaged; <see cref="Validation"/> is present when
/// units are validated (<c>Coordinator:ValidateFraction</c>) or were.
/// </summary>
public sealed record SweepStatus(
    string SweepId,
    string Kind,
    string State,
    int Stage,
    long StageUnitsDone,
    long StageUnitsTotal,
    long UnitsDoneAllStages,
    int InFlight,
    double UnitsPerSecond,
    double? EtaSeconds,
    IReadOnlyList<WorkerThroughput> Workers,
    string? Error,
    string? ResultJson,
    IReadOnlyList<KeyValuePair<string, string>>? ResultRows,
    long RecomputedUnits = 0,
    ValidationSummary? Validation = null) : IProtocolMessage;
