using System.Diagnostics;
using System.Numerics;
using Expressivity.Domain.ThresholdCensus;

// Usage (Release): dotnet run -c Release --project bench/Census -- N [budget] [maxUnits]
// Runs the bound-free census search of N inputs on ONE thread exactly as the sweep does (a unit that
// exceeds `budget` nodes splits into child units, run in turn), without the cluster, and prints the
// totals, the search statistics and the CPU seconds of the search alone. `maxUnits` stops early (for
// sampling N = 9); the totals are then partial.
if (args.Length is < 1 or > 3 || !int.TryParse(args[0], out var n) || n is < 1 or > 10)
{
    Console.Error.WriteLine("usage: N [budget] [maxUnits]   (N: 1..10)");
    return 2;
}

var budget = args.Length > 1 ? long.Parse(args[1]) : ThresholdCensusKind.DefaultNodeBudget;
var maxUnits = args.Length > 2 ? long.Parse(args[2]) : long.MaxValue;
var process = Process.GetCurrentProcess();
var cpu0 = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
var search = new RegularFunctionSearch(n, budget);
var pending = new Stack<string>([""]);
var totals = new Dictionary<string, BigInteger>();
long units = 0;
while (pending.Count > 0 && units < maxUnits)
{
    var result = search.Run(pending.Pop());
    units++;
    foreach (var (name, value) in result.Partial.Values)
        totals[name] = totals.GetValueOrDefault(name) + value;
    for (var i = result.Unexplored.Count - 1; i >= 0; i--) pending.Push(result.Unexplored[i]);
}

process.Refresh();
var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
Console.WriteLine($"{DateTime.UtcNow:u}  N = {n}  budget {budget}  units {units}  pending {pending.Count}");
foreach (var (name, value) in totals.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Console.WriteLine($"  {name} = {value}");
Console.WriteLine($"search: {cpu:F2} CPU-s, {wall.Elapsed.TotalSeconds:F2} s wall");
return 0;
