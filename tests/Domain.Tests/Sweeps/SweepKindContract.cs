using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>
/// The contract every sweep kind keeps (docs/design/sweep-kinds.md), inherited by one test class per kind
/// with a few small specs: units are deterministic, partials merge in any order, a sweep stopped after any
/// unit and resumed by a fresh kind instance reports exactly what an uninterrupted run reports, and every
/// field of every spec, missing or of the wrong type, and every unknown field, is refused with a
/// <see cref="SpecException"/> naming it.
/// </summary>
/// <typeparam name="TKind">The kind under test.</typeparam>
public abstract class SweepKindContract<TKind>
    where TKind : ISweepKind
{
    /// <summary>A fresh kind instance, configured small where it has knobs (split early, small units).</summary>
    protected abstract TKind CreateKind();

    /// <summary>Valid specs covering the kind's forms and stages; each runs in well under a second.</summary>
    protected abstract IReadOnlyList<string> SmallSpecs { get; }

    /// <summary>
    /// Where a mutation's error is reported when not at the mutated field itself (e.g. a form selector
    /// whose removal leaves "give one of ..."); null keeps the default, the mutated path.
    /// </summary>
    protected virtual string? ReportedAt(string path, SpecMutations.Mutation mutation) => null;

    [Fact]
    public void Every_unit_is_deterministic_whatever_the_order()
    {
        foreach (var text in SmallSpecs)
        {
            var (kind, definition) = Define(text);
            var first = new SweepTrace();
            var second = new SweepTrace();
            first.Drive(kind, definition.Spec, Context(definition));
            second.Drive(CreateKind(), definition.Spec, Context(definition), reverse: true);
            var a = first.Done.ToDictionary(d => d.Id, d => d.Outcome);
            var b = second.Done.ToDictionary(d => d.Id, d => d.Outcome);
            Assert.True(a.Count > 0, $"{text}: no units");
            Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, outcome) in a) AssertSameOutcome(outcome, b[id], $"{text}: unit {id}");
        }
    }

    [Fact]
    public void Partials_merge_to_the_same_total_in_any_order()
    {
        foreach (var text in SmallSpecs)
        {
            var (kind, definition) = Define(text);
            var trace = new SweepTrace();
            var total = trace.Drive(kind, definition.Spec, Context(definition))!;
            var partials = trace.Partials.ToList();
            var random = new Random(17);
            var orders = new List<List<Partial>> { partials, Enumerable.Reverse(partials).ToList() };
            for (var i = 0; i < 3; i++) orders.Add(partials.OrderBy(_ => random.Next()).ToList());
            foreach (var order in orders)
            {
                Assert.Equal(total, order.Aggregate(Partial.Empty, (acc, p) => acc.Merge(p)));
                Assert.Equal(total, Tree(order));
            }
        }
    }

    [Fact]
    public void A_sweep_stopped_after_any_unit_and_resumed_reports_the_same()
    {
        foreach (var text in SmallSpecs)
        {
            var (kind, definition) = Define(text);
            var whole = new SweepTrace();
            var expected = Report(kind, definition, whole.Drive(kind, definition.Spec, Context(definition))!);
            var units = whole.Done.Count;
            foreach (var stopAfter in new[] { 1, units / 2, units - 1 }.Where(s => s > 0 && s < units).Distinct())
            {
                var store = new InMemoryPartialStore();
                var context = new UnitContext(definition.Id, store, default);
                var trace = new SweepTrace();
                Assert.Null(trace.Drive(CreateKind(), definition.Spec, context, stopAfter));
                var restarted = CreateKind(); // a new process: only the journal and the partial store survive
                var resumed = trace.Drive(restarted, definition.Spec, context)!;
                Assert.Equal(expected, Report(restarted, definition, resumed));
                Assert.Equal(units, trace.Done.Count);
            }
        }
    }

    [Fact]
    public void Every_field_missing_or_wrong_and_every_unknown_field_is_refused_by_name()
    {
        var failures = new List<string>();
        foreach (var text in SmallSpecs)
        {
            foreach (var (path, mutation, json) in SpecMutations.Of(text))
            {
                var expected = ReportedAt(path, mutation) ?? path;
                try
                {
                    SweepDefinition.Parse(json);
                    if (mutation != SpecMutations.Mutation.Removed) failures.Add($"{mutation} {path}: accepted: {json}");
                }
                catch (SpecException e) when (e.Field == expected)
                {
                }
                catch (SpecException e)
                {
                    failures.Add($"{mutation} {path}: named '{e.Field}' ({e.Problem}), expected '{expected}'");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Small_specs_belong_to_this_kind_and_normalise_stably()
    {
        foreach (var text in SmallSpecs)
        {
            var (kind, definition) = Define(text);
            Assert.Equal(kind.Name, definition.Spec.Kind);
            Assert.Equal(typeof(TKind), SweepCatalog.Get(kind.Name).GetType());
            var again = SweepDefinition.Parse(definition.NormalJson);
            Assert.Equal(definition.NormalJson, again.NormalJson);
            Assert.Equal(definition.Id, again.Id);
        }
    }

    private (ISweepKind Kind, SweepDefinition Definition) Define(string text)
    {
        ISweepKind kind = CreateKind();
        using var doc = JsonDocument.Parse(text);
        return (kind, SweepDefinition.FromSpec(kind, kind.Parse(doc.RootElement)));
    }

    private static UnitContext Context(SweepDefinition definition) => new(definition.Id, new InMemoryPartialStore(), default);

    private static string Report(ISweepKind kind, SweepDefinition definition, Partial total)
    {
        var report = kind.Report(definition.Spec, total);
        return report.Result.ToJsonString() + "\n" + string.Join("\n", report.Rows.Select(r => $"{r.Key}: {r.Value}"));
    }

    private static Partial Tree(IReadOnlyList<Partial> partials) => partials.Count switch
    {
        0 => Partial.Empty,
        1 => partials[0],
        _ => Tree(partials.Take(partials.Count / 2).ToList()).Merge(Tree(partials.Skip(partials.Count / 2).ToList())),
    };

    private static void AssertSameOutcome(UnitOutcome a, UnitOutcome b, string what)
    {
        Assert.True(a.GetType() == b.GetType(), $"{what}: {a.GetType().Name} then {b.GetType().Name}");
        Assert.True(SweepTrace.Result(a).Equals(SweepTrace.Result(b)), $"{what}: {SweepTrace.Result(a)} then {SweepTrace.Result(b)}");
        if (a is UnitOutcome.Split sa && b is UnitOutcome.Split sb) Assert.Equal(sa.Children, sb.Children);
    }
}
