using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>A neuron count that contradicts T(n) or a SPEC.md 1.1 closed form is refused, naming which.</summary>
public sealed class KnownValueInvariantTests
{
    private static (NeuronExpressivitySpec Spec, Partial Total) Run(string json)
    {
        var def = SweepDefinition.Parse(json);
        return ((NeuronExpressivitySpec)def.Spec, LocalRunner.RunToPartial(def, threads: 1));
    }

    [Theory]
    [InlineData("""{"kind":"neuron-expressivity","n":4,"weights":{"set":[-1,0,1]}}""")]
    [InlineData("""{"kind":"neuron-expressivity","n":4,"weights":{"min":-2,"max":2},"method":"canonical"}""")]
    public void Correct_counts_pass(string json)
    {
        var (spec, total) = Run(json);
        Assert.Null(NeuronInvariants.Check(spec, total));
    }

    [Fact]
    public void A_count_off_the_closed_form_is_refused()
    {
        var (spec, total) = Run("""{"kind":"neuron-expressivity","n":4,"weights":{"set":[-1,0,1]}}""");
        var wrong = total.Merge(Partial.Of((NeuronExpressivityCounters.Distinct, -1)));
        Assert.Equal("SPEC.md 1.1 closed form: n = 4 gave 217, the closed form is 218", NeuronInvariants.Check(spec, wrong));
    }

    [Fact]
    public void A_count_above_T_of_n_is_refused()
    {
        var (spec, total) = Run("""{"kind":"neuron-expressivity","n":3,"weights":{"min":-2,"max":2}}""");
        var wrong = total.Merge(Partial.Of((NeuronExpressivityCounters.Distinct, 200), (NeuronExpressivityCounters.MapTables, 1000), (NeuronExpressivityCounters.ReduceRead, 1000)));
        Assert.StartsWith("distinct ≤ T(n) = A000609: n = 3 gave ", NeuronInvariants.Check(spec, wrong));
        Assert.EndsWith(" > 104", NeuronInvariants.Check(spec, wrong));
    }
}
