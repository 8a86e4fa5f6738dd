using System.Diagnostics;
using System.Numerics;
using Expressivity.Domain.Autoencoders;

// Usage (Release): dotnet run -c Release --project bench/Autoencoders -- <mode> d D
//   e1 d D        E1 totals by column classes (ColumnSetCount), all cores
//   orbits d D    E1 by orbit representatives (SetOrbits), all cores
//   widths d D    E1 and E2 (least hidden width) by orbit representatives, all cores
//   plain d D     E1 by plain enumeration of every set, one core
//   compare d D   e1, orbits and plain in one run, with ratios
//   construct n D sets   Theorem 5 and approximate decoders for seeded random sets, checked on every vector
//   d4 D sets     d = 4 sample (seed 1): E1, then E2 (width 5 by code bits plus one unit, else an interval)
if (args.Length == 3 && args[0] == "d4") return SampleD4(int.Parse(args[1]), int.Parse(args[2]));
if (args.Length == 4 && args[0] == "construct") return Construct(int.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
if (args.Length != 3 || !int.TryParse(args[1], out var d) || !int.TryParse(args[2], out var bits))
{
    Console.Error.WriteLine("usage: <e1|orbits|widths|plain|compare> d D");
    return 2;
}

Console.WriteLine($"{DateTime.UtcNow:u}  {Environment.ProcessorCount} cores  (d, D) = ({d}, {bits})  sets = {ColumnSetCount.Binomial(1 << bits, 1 << d)}");
double? e1 = null, orbits = null, plain = null;
if (args[0] is "e1" or "compare") e1 = ColumnClassesRun(d, bits);
if (args[0] is "orbits" or "compare") orbits = OrbitRun(d, bits, false);
if (args[0] == "widths") OrbitRun(d, bits, true);
if (args[0] is "plain" or "compare") plain = PlainRun(d, bits);
if (e1 is not null && plain is not null) Console.WriteLine($"plain / column classes = {plain / e1:F0}");
if (orbits is not null && plain is not null) Console.WriteLine($"plain / orbits = {plain / orbits:F0}");
return 0;

static double ColumnClassesRun(int d, int bits)
{
    var sw = Stopwatch.StartNew();
    var classes = ColumnClasses.Of(d);
    var count = new ColumnSetCount(classes, bits);
    var parts = new System.Collections.Concurrent.ConcurrentBag<long[][]>();
    Parallel.ForEach(Chunks(count.Units, 64), r => parts.Add(count.Walk(r.Start, r.End)));
    var merged = parts.Aggregate((a, b) => [.. a.Select((row, k) => row.Select((v, m) => v + b[k][m]).ToArray())]);
    var good = ColumnSetCount.SetsWithDecoder(merged, classes.Images, classes.Points, bits);
    var total = ColumnSetCount.Binomial(1 << bits, 1 << d);
    var seconds = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"column classes: with one-layer decoder {good}, without {total - good}   {seconds:F2} s");
    return seconds;
}

static double OrbitRun(int d, int bits, bool widths)
{
    var sw = Stopwatch.StartNew();
    var units = new SetOrbits(1 << d, bits).Units;
    var parts = new System.Collections.Concurrent.ConcurrentBag<OrbitTally>();
    Parallel.ForEach(Chunks(units, 256), r => parts.Add(OrbitSearch.Run(d, bits, widths, r.Start, r.End)));
    BigInteger sets = 0, good = 0, bad = 0;
    long reps = 0, repsWithout = 0;
    var histogram = new SortedDictionary<(int Lo, int Hi), BigInteger>();
    foreach (var p in parts)
    {
        sets += p.Sets;
        good += p.WithOneLayer;
        bad += p.WithoutOneLayer;
        reps += p.Orbits;
        repsWithout += p.OrbitsWithout;
        foreach (var (k, v) in p.Widths) histogram[k] = histogram.GetValueOrDefault(k) + v;
    }

    var seconds = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"orbits: {reps} representatives ({repsWithout} without decoder), sets {sets}, with {good}, without {bad}   {seconds:F2} s");
    if (widths) Console.WriteLine("  least hidden width: " + string.Join(", ", histogram.Select(kv => kv.Key.Lo == kv.Key.Hi ? $"{kv.Key.Lo}: {kv.Value}" : $"{kv.Key.Lo}..{kv.Key.Hi}: {kv.Value}")));
    return seconds;
}

static double PlainRun(int d, int bits)
{
    var sw = Stopwatch.StartNew();
    var (sets, good) = PlainEnumeration.CountOneLayer(d, bits);
    var seconds = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"plain enumeration: sets {sets}, with {good}, without {sets - good}   {seconds:F2} s");
    return seconds;
}

static int SampleD4(int bits, int sets)
{
    Console.WriteLine($"{DateTime.UtcNow:u}  d = 4, D = {bits}, {sets} sets (seed 1)");
    var sw = Stopwatch.StartNew();
    var histogram = new SortedDictionary<(int, int), int>();
    _ = FiveInputThresholdFunctions.Instance;
    Console.WriteLine($"5-input table {sw.Elapsed.TotalSeconds:F2} s");
    var slowest = 0.0;
    for (var i = 0; i < sets; i++)
    {
        var start = sw.Elapsed.TotalSeconds;
        var vectors = RandomSets.Draw(1, i, 16, bits);
        var e1 = Stopwatch.StartNew();
        var one = OneLayerDecoders.Find(vectors, bits, 4);
        if (i < 3) Console.WriteLine($"  set {i}: E1 {(one is null ? "no" : "yes")} {e1.Elapsed.TotalSeconds:F2} s");
        var answer = MinWidthDecoders.Solve(vectors, bits, 4);
        if (!answer.Decoder.Verify(vectors)) throw new InvalidOperationException("unverified");
        histogram[(answer.Lower, answer.Upper)] = histogram.GetValueOrDefault((answer.Lower, answer.Upper)) + 1;
        slowest = Math.Max(slowest, sw.Elapsed.TotalSeconds - start);
    }

    Console.WriteLine("width: " + string.Join(", ", histogram.Select(kv => kv.Key.Item1 == kv.Key.Item2 ? $"{kv.Key.Item1}: {kv.Value}" : $"{kv.Key.Item1}..{kv.Key.Item2}: {kv.Value}")));
    Console.WriteLine($"{sw.Elapsed.TotalSeconds:F2} s, slowest set {slowest:F2} s");
    return 0;
}

static int Construct(int n, int bits, int sets)
{
    Console.WriteLine($"{DateTime.UtcNow:u}  {Environment.ProcessorCount} cores  n = {n}, D = {bits}, {sets} sets (seed 1)");
    var sw = Stopwatch.StartNew();
    int perfect = 0, width = 0, approxWidth = 0, within = 0;
    long worst = 0, total = 0;
    for (var i = 0; i < sets; i++)
    {
        var vectors = RandomSets.Draw(1, i, n, bits);
        var exact = Theorem5Decoder.Build(vectors, bits);
        if (exact.AsDecoder(n).Verify(vectors)) perfect++;
        width = Math.Max(width, exact.Width);
        if (bits < 3) continue;
        var approx = ApproximateDecoder.Build(vectors, bits);
        approxWidth = Math.Max(approxWidth, approx.Decoder.Width);
        if (approx.WithinBound) within++;
        worst = Math.Max(worst, approx.ErrorBits);
        total += approx.ErrorBits;
    }

    var bound = Math.Sqrt((double)n * bits);
    Console.WriteLine($"theorem5: perfect {perfect}/{sets}, width {width}, sqrt(nD) {bound:F2}, ratio {width / bound:F3}");
    if (bits >= 3)
        Console.WriteLine($"approximate: width {approxWidth}, worst average error {worst}/{n} = {(double)worst / n:F4}, bound D/24 = {bits / 24.0:F4}, within {within}/{sets}, mean {(double)total / sets / n:F4}");
    Console.WriteLine($"{sw.Elapsed.TotalSeconds:F2} s");
    return 0;
}

static IEnumerable<(int Start, int End)> Chunks(int units, int pieces)
{
    var size = Math.Max(1, (units + pieces - 1) / pieces);
    for (var s = 0; s < units; s += size) yield return (s, Math.Min(units, s + size));
}
