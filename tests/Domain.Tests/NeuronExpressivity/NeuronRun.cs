using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Runs a neuron-expressivity spec the way users do: parse the text, LocalRunner, read the report.</summary>
internal static class NeuronRun
{
    public static SweepReport Report(string json) => LocalRunner.Run(SweepDefinition.Parse(json), threads: 2);

    public static BigInteger Distinct(string json) =>
        BigInteger.Parse(Report(json).Result["distinctFunctions"]!.GetValue<string>());

    public static string Spec(int n, string weights, string threshold = "\"any\"", string inputs = "binary", string method = "auto") =>
        $$"""{"kind":"neuron-expressivity","n":{{n}},"inputs":"{{inputs}}","weights":{{weights}},"threshold":{{threshold}},"method":"{{method}}"}""";
}
