using System.Diagnostics;
using System.Numerics;
using Previous = Expressivity.Census.Previous;

// Usage (Release): dotnet run -c Release --project bench/Census -- N [rounds] [budget] [maxUnits] [engines]
// Runs the bound-free census search of N inputs on ONE thread exactly as the sweep does (a unit that
// exceeds `budget` nodes splits into child units, run in turn), without the cluster, once with the
// previous engine (bench/Census/Previous, main at e358300) and once with the current one, alternately
// for `rounds` rounds, so both are timed in the same run under the same load. Prints each engine's
// totals and statistics, its CPU and wall seconds, and the ratios. The totals must agree.
// `maxUnits` stops early (for sampling N = 9); the totals are then partial. `engines` is "both"
// (default), "current" or "previous" (one engine alone, e.g. under a profiler).
if (args.Length is < 1 or > 5 || !int.TryParse(args[0], out var n) || n is < 1 or > 10)
{
    Console.Error.WriteLine("usage: N [rounds] [budget] [maxUnits] [both|current|previous]   (N: 1..10)");
    return 2;
}

var rounds = args.Length > 1 ? int.Parse(args[1]) : 1;
var budget = args.Length > 2 ? long.Parse(args[2]) : ThresholdCensusKind.DefaultNodeBudget;
var maxUnits = args.Length > 3 ? long.Parse(args[3]) : long.MaxValue;
string[] engines = args.Length > 4 && args[4] != "both" ? [args[4]] : ["previous", "current"];
string[] totalsNames = ["classes", "exactlyN", "functions", "positive", "selfDualClasses"];
var cpu = new Dictionary<string, List<double>> { ["previous"] = [], ["current"] = [] };
var wall = new Dictionary<string, List<double>> { ["previous"] = [], ["current"] = [] };
var answers = new Dictionary<string, string>();
for (var round = 0; round < rounds; round++)
{
    foreach (var engine in engines)
    {
        Func<string, SearchResult> run;
        SeparationOracle? oracle = null;
        if (engine == "previous")
        {
            var search = new Previous.RegularFunctionSearch(n, budget);
            run = prefix => search.Run(prefix);
        }
        else
        {
            var search = new RegularFunctionSearch(n, budget);
            oracle = search.Oracle;
            run = prefix => search.Run(prefix);
        }

        var (totals, units, pending, seconds, wallSeconds) = Sweep(run);
        cpu[engine].Add(seconds);
        wall[engine].Add(wallSeconds);
        Console.WriteLine($"{DateTime.UtcNow:u}  {engine}  N = {n}  budget {budget}  units {units}  pending {pending}");
        foreach (var (name, value) in totals.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Console.WriteLine($"  {name} = {value}");
        Console.WriteLine($"  search: {seconds:F2} CPU-s, {wallSeconds:F2} s wall");
        if (oracle is { Programs: > 0 })
        {
            Console.WriteLine($"  LPs: {oracle.WarmStarts} warm starts, {oracle.ColdFallbacks} cold fallbacks, " +
                $"{(double)oracle.Pivots / oracle.Programs:F2} pivots and {(double)oracle.Rows / oracle.Programs:F1} rows per LP");
        }

        var answer = string.Join(",", totalsNames.Select(name => totals.GetValueOrDefault(name)));
        if (answers.TryGetValue("any", out var first) && first != answer)
        {
            Console.Error.WriteLine($"totals differ: {first} vs {answer}");
            return 1;
        }

        answers["any"] = answer;
    }
}

double Best(List<double> values) => values.Min();
if (engines.Length < 2) return 0;
Console.WriteLine($"previous / current, best of {rounds}: CPU {Best(cpu["previous"]) / Best(cpu["current"]):F2}x, wall {Best(wall["previous"]) / Best(wall["current"]):F2}x");
return 0;

(Dictionary<string, BigInteger> Totals, long Units, int Pending, double Cpu, double Wall) Sweep(Func<string, SearchResult> run)
{
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var pending = new Stack<string>([""]);
    var totals = new Dictionary<string, BigInteger>();
    long units = 0;
    while (pending.Count > 0 && units < maxUnits)
    {
        var result = run(pending.Pop());
        units++;
        foreach (var (name, value) in result.Partial.Values)
            totals[name] = totals.GetValueOrDefault(name) + value;
        for (var i = result.Unexplored.Count - 1; i >= 0; i--) pending.Push(result.Unexplored[i]);
    }

    process.Refresh();
    return (totals, units, pending.Count, (process.TotalProcessorTime - cpu0).TotalSeconds, clock.Elapsed.TotalSeconds);
}
