using System.Globalization;
using Expressivity.Actors.Hosting;
using Expressivity.TestSupport;
using Expressivity.Throughput;

// Usage: dotnet run -c Release --project bench/Throughput -- [--units 3000] [--capacity 16] [--provider both|sqlite|postgresql]
//        [--connection "Host=...;..."]  (without it a throwaway PostgreSQL server with fsync on is started)
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
var units = int.Parse(options.GetValueOrDefault("units", "3000"), CultureInfo.InvariantCulture);
var capacity = int.Parse(options.GetValueOrDefault("capacity", "16"), CultureInfo.InvariantCulture);
var provider = options.GetValueOrDefault("provider", "both");

if (provider is "both" or "sqlite")
{
    var dir = Path.Combine(Path.GetTempPath(), "expressivity-bench", Guid.NewGuid().ToString("N"));
    try
    {
        var rate = await ThroughputRun.Measure(new StorageOptions { DataDirectory = dir }, units, capacity);
        Console.WriteLine(FormattableString.Invariant($"sqlite      {units} units, capacity {capacity}: {rate:F0} completions/s"));
    }
    finally
    {
        Directory.Delete(dir, recursive: true);
    }
}

if (provider is "both" or "postgresql")
{
    using var server = options.ContainsKey("connection") ? null : PostgresServer.CreateDurable();
    var cs = options.GetValueOrDefault("connection") ?? server!.ConnectionString;
    var rate = await ThroughputRun.Measure(new StorageOptions { Provider = "postgresql", ConnectionString = cs }, units, capacity);
    Console.WriteLine(FormattableString.Invariant($"postgresql  {units} units, capacity {capacity}: {rate:F0} completions/s"));
}
