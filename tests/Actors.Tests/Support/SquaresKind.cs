using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Tests.Support;

/// <summary>
/// A small sweep kind for machinery tests: Σ i² for i in [0, n) in two stages. Stage 0 units cover
/// ranges (a range longer than <c>splitAbove</c> splits itself in half at run time) and store their sum
/// in bucket 0 of the partial store; the single stage-1 unit reads the bucket back and reports the total.
/// The exact answer n(n-1)(2n-1)/6 makes every lost or double-counted unit visible.
/// </summary>
public sealed class SquaresKind : ISweepKind
{
    public static readonly SquaresKind Instance = new();

    public string Name => "test-squares";

    public string Summary => "machinery test: sum of squares";

    public ISweepSpec Parse(JsonElement spec)
    {
        var o = new SpecObject(spec);
        o.String("kind");
        var result = new Spec((int)o.Integer("n", 1, 10_000_000), (int)o.Integer("units", 1, 1, 100_000),
            (int)o.Integer("splitAbove", int.MaxValue, 1, int.MaxValue), (int)o.Integer("delayMs", 0, 0, 60_000));
        o.EnsureNoUnknownFields();
        return result;
    }

    public IReadOnlyList<WorkUnit> Plan(ISweepSpec spec, int stage, Partial soFar)
    {
        var s = (Spec)spec;
        if (stage == 1) return [new WorkUnit("reduce", 1, "")];
        if (stage > 1) return [];
        var size = (s.N + s.Units - 1) / s.Units;
        return Enumerable.Range(0, s.Units)
            .Select(i => (From: i * size, To: Math.Min(s.N, (i + 1) * size)))
            .Where(r => r.From < r.To)
            .Select(r => new WorkUnit($"r{r.From}-{r.To}", 0, $"{r.From}:{r.To}"))
            .ToList();
    }

    public SweepCost Estimate(ISweepSpec spec) => new(((Spec)spec).N, 0, 0, 0, "n");

    public UnitOutcome Run(ISweepSpec spec, WorkUnit unit, UnitContext context)
    {
        var s = (Spec)spec;
        if (s.DelayMs > 0) Task.Delay(s.DelayMs, context.Cancel).Wait(context.Cancel);
        if (unit.Stage == 1)
        {
            var sum = context.Store.ReadBucket(context.SweepId, 0)
                .Aggregate(BigInteger.Zero, (acc, blob) => acc + BigInteger.Parse(System.Text.Encoding.UTF8.GetString(blob), CultureInfo.InvariantCulture));
            return new UnitOutcome.Completed(Partial.Of((Counter.Sum("squares"), sum)));
        }

        var parts = unit.Payload.Split(':');
        var (from, to) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        if (to - from > s.SplitAbove)
        {
            var mid = from + ((to - from) / 2);
            return new UnitOutcome.Split(Partial.Empty,
                [new WorkUnit($"r{from}-{mid}", 0, $"{from}:{mid}"), new WorkUnit($"r{mid}-{to}", 0, $"{mid}:{to}")]);
        }

        var total = BigInteger.Zero;
        for (long i = from; i < to; i++) total += i * i;
        context.Store.PutUnit(context.SweepId, unit.Id, new Dictionary<int, byte[]> { [0] = System.Text.Encoding.UTF8.GetBytes(total.ToString(CultureInfo.InvariantCulture)) });
        return new UnitOutcome.Completed(Partial.Of((Counter.Sum("ranges"), 1), (Counter.Max("max.to"), to)));
    }

    public SweepReport Report(ISweepSpec spec, Partial total)
    {
        var squares = total["squares"].ToString(CultureInfo.InvariantCulture);
        return new SweepReport(new JsonObject { ["squares"] = squares, ["ranges"] = total["ranges"].ToString(CultureInfo.InvariantCulture) },
            [new("squares", squares)]);
    }

    public static BigInteger Expected(long n) => new BigInteger(n) * (n - 1) * ((2 * n) - 1) / 6;

    public static string SpecJson(int n, int units, int splitAbove = int.MaxValue, int delayMs = 0) =>
        $$"""{"kind":"test-squares","n":{{n}},"units":{{units}},"splitAbove":{{splitAbove}},"delayMs":{{delayMs}}}""";

    private sealed record Spec(int N, int Units, int SplitAbove, int DelayMs) : ISweepSpec
    {
        public string Kind => "test-squares";

        public JsonObject ToNormalJson() => new()
        {
            ["kind"] = Kind,
            ["n"] = N,
            ["units"] = Units,
            ["splitAbove"] = SplitAbove,
            ["delayMs"] = DelayMs,
        };
    }
}
