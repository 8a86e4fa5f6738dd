#:project ../../src/Domain/Domain.csproj
// Gates of the best chain the product builds (SymmetricCircuits.BestPlan, optimal moduli) for PARITY
// and CQ, n = 2..1000, depth budgets d + 1 = 2..6, beside the shapes of Theorem 1's O(d·n^(1/d)) and
// Theorem 2's Ω(d·n^(1/d)/log² n) (SPEC.md 3; constants unknown, so shapes only). Circuits up to
// n = 20 are verified on every input here as well (the test suite does so too).
// Run: dotnet run bench/circuits/GateTable.cs
using System.Globalization;
using Expressivity.Domain.ThresholdCircuits;

int[] sizes = [2, 4, 8, 16, 32, 64, 128, 256, 512, 1000];
foreach (var f in new[] { SymmetricFunction.Parity, SymmetricFunction.CompleteQuadratic })
{
    Console.WriteLine($"\n{f.Name}: gates of the best circuit of depth d + 1 [d·n^(1/d) / d·n^(1/d)/log2(n)^2]");
    Console.WriteLine("| n | depth 2 | depth 3 | depth 4 | depth 5 | depth 6 |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var n in sizes)
    {
        var cells = new List<string>();
        for (var d = 2; d <= 6; d++)
        {
            var plan = SymmetricCircuits.BestPlan(f, n, d);
            var gates = plan.Gates(f, n);
            if (n <= 20)
            {
                var circuit = SymmetricCircuits.Build(f, n, plan);
                if (CircuitVerifier.FindCounterexample(circuit, f, 0, Expressivity.Domain.Kernels.CircuitTruthTable.Words(n), 2, default) is { } bad)
                    throw new InvalidOperationException($"{f.Name} n={n} depth {d}: wrong at input {bad}");
            }

            var shape = (d - 1) * Math.Pow(n, 1.0 / (d - 1));
            cells.Add(string.Create(CultureInfo.InvariantCulture, $"{gates} [{shape:0.#} / {shape / Math.Pow(Math.Log2(n), 2):0.##}]"));
        }

        Console.WriteLine($"| {n} | {string.Join(" | ", cells)} |");
    }
}
