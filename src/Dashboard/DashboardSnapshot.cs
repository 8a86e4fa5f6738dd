using Expressivity.Actors.Protocol;

namespace Expressivity.Dashboard;

/// <summary>Everything the page shows at one moment; sent whole on every update (small: a few sweeps and members).</summary>
public sealed record DashboardSnapshot(
    DateTime TakenUtc,
    string SelfAddress,
    bool ActionsEnabled,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<SweepView> Sweeps,
    string? Error);

/// <summary>One cluster member: address, roles, status (up, joining, leaving...), reachable as this node sees it.</summary>
public sealed record MemberView(string Address, IReadOnlyList<string> Roles, string Status, bool Reachable, bool Leader);

/// <summary>One sweep's progress, workers, result rows, the progress samples taken so far and, when units are validated, how the checks go.</summary>
public sealed record SweepView(
    string Id,
    string Kind,
    string State,
    int Stage,
    long Done,
    long Total,
    long UnitsDoneAllStages,
    int InFlight,
    double UnitsPerSecond,
    double? EtaSeconds,
    string Eta,
    IReadOnlyList<WorkerView> Workers,
    string? Error,
    IReadOnlyList<ResultRow>? Result,
    IReadOnlyList<ProgressPoint> History,
    ValidationSummary? Validation = null);

/// <summary>One worker of a sweep as its coordinator sees it; stalled when it holds units and has been silent too long.</summary>
public sealed record WorkerView(string Id, long Done, int InFlight, double UnitsPerSecond, double SecondsSinceSeen, bool Stalled);

/// <summary>One labelled value of a result table.</summary>
public sealed record ResultRow(string Field, string Value);

/// <summary>A progress sample: seconds since the dashboard first saw the sweep, stage, units done and total in that stage.</summary>
public sealed record ProgressPoint(double Seconds, int Stage, long Done, long Total);
