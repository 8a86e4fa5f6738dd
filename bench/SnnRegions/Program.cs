using System.Diagnostics;
using System.Globalization;
using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;

// Usage: dotnet run -c Release --project bench/SnnRegions -- --inputs 2 --layers 16,8 [--seed 1] [--draws 1]
//        [--box 10] [--signs positive|mixed] [--method refine|search|both] [--search-limit-neurons 12]
//        [--search restarts,steps]   (off-grid rational search for the most regions instead of counting draws)
// Draw i of the `random` family (weights k/8 in [1/8, 2], delays k/8 in [0, 1], thresholds k/8 in [1/2, 2]),
// box [−box, box]^d; prints exact counts and CPU seconds per method (refinement: cells and linear-region merge apart),
// and the ratio when both run.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
string Get(string name, string fallback) => options.GetValueOrDefault(name, fallback);
var inputs = int.Parse(Get("inputs", "2"), CultureInfo.InvariantCulture);
var layers = Get("layers", "16,8").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var seed = long.Parse(Get("seed", "1"), CultureInfo.InvariantCulture);
var draws = int.Parse(Get("draws", "1"), CultureInfo.InvariantCulture);
var half = BigRational.Parse(Get("box", "10"));
var mixed = Get("signs", "positive") == "mixed";
var method = Get("method", "refine");
var family = new RandomNetworks(inputs, layers, mixed);

Console.WriteLine($"# {inputs} -> {string.Join(" -> ", layers)}, {(mixed ? "mixed" : "positive")}, box [-{half}, {half}]^{inputs}, seed {seed}");
if (options.TryGetValue("search", out var searchText))
{
    var parts = searchText.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine("restart\tregions\tlinearRegions\taffineMaps\tevaluations\tcpu_s");
    RationalSearch.Outcome? best = null;
    for (var restart = 0; restart < parts[0]; restart++)
    {
        var (outcome, cpu, _) = Timed(() => RationalSearch.Run(inputs, layers, mixed, seed, restart, parts[1], -half, half));
        Console.WriteLine(FormattableString.Invariant($"{restart}\t{outcome.Regions}\t{outcome.LinearRegions}\t{outcome.AffineMaps}\t{outcome.Evaluations}\t{cpu:F3}"));
        if (best is null || outcome.Regions > best.Regions) best = outcome;
    }

    Console.WriteLine($"best regions {best!.Regions}, linearRegions {best.LinearRegions}, affineMaps {best.AffineMaps}");
    Console.WriteLine(NetworkJson.Write(best.Network).ToJsonString());
    return;
}

Console.WriteLine("draw\tmethod\tregions\tlinearRegions\taffineMaps\tcells\tcpu_s\twall_s\tcells_cpu_s\tmerge_cpu_s");
for (var draw = 0; draw < draws; draw++)
{
    var network = family.Draw(seed, draw);
    double? refineSeconds = null, searchSeconds = null;
    if (method is "refine" or "both")
    {
        var (regions, cellsCpu, cellsWall) = Timed(() => RegionRefinement.Regions(network, -half, half));
        var ((count, maps), mergeCpu, mergeWall) = Timed(() => (RefinementCount.Of(regions), OutputMaps.Count(regions)));
        var (cpu, wall) = (cellsCpu + mergeCpu, cellsWall + mergeWall);
        refineSeconds = cpu;
        Console.WriteLine(FormattableString.Invariant(
            $"{draw}\trefine\t{count.Regions}\t{maps.LinearRegions}\t{maps.AffineMaps}\t{count.Cells}\t{cpu:F3}\t{wall:F3}\t{cellsCpu:F3}\t{mergeCpu:F3}"));
    }

    if (method is "search" or "both")
    {
        var (count, cpu, wall) = Timed(() => RegionSearch.Count(network, -half, half, checkJumps: false));
        searchSeconds = cpu;
        Console.WriteLine(FormattableString.Invariant($"{draw}\tsearch\t{count.Regions}\t-\t-\t-\t{cpu:F3}\t{wall:F3}"));
    }

    if (refineSeconds is { } r && searchSeconds is { } s) Console.WriteLine(FormattableString.Invariant($"{draw}\tratio search/refine\t{s / r:F1}"));
}

static (T Value, double Cpu, double Wall) Timed<T>(Func<T> run)
{
    var process = Process.GetCurrentProcess();
    var cpu0 = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var value = run();
    process.Refresh();
    return (value, (process.TotalProcessorTime - cpu0).TotalSeconds, clock.Elapsed.TotalSeconds);
}
