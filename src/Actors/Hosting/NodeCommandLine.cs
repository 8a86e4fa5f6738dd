using System.CommandLine;
using static Expressivity.Commands.Wire.Shell.CommandLineShell;

namespace Expressivity.Actors.Hosting;

/// <summary>The <c>serve</c> flags of seed and worker, declared for help and completion; <see cref="NodeSettings"/> binds them.</summary>
public static class NodeCommandLine
{
    /// <summary>The short flags of a serving node (NodeSettings.Aliases), for help and completion.</summary>
    public static Symbol[] Options(int port, int commandPort) =>
    [
        Value("--seed", "a seed node's address, akka.tcp://expressivity@host:port"),
        Value("--hostname", "the address remoting binds (default 127.0.0.1)"),
        Value("--public-hostname", "the name other nodes reach this one by"),
        Value("--port", $"remoting port (default {port}; 0 picks a free one)"),
        Value("--storage", "sqlite | postgresql", "sqlite", "postgresql"),
        Value("--data-dir", "SQLite data directory"),
        Value("--connection-string", "Npgsql connection string (PostgreSQL)"),
        Value("--capacity", "units run at once on this node (default: one per core)"),
        Value("--unit-log", "append a line for every unit started and finished"),
        Value("--cmd-host", "address of the command host (default 127.0.0.1)"),
        Value("--cmd-port", $"port of the command host (default {commandPort})"),
        Value("--secret", "shared secret the command host requires"),
        Value("--metrics", "none | prometheus | otlp", "none", "prometheus", "otlp"),
        Value("--discovery", "how to find the cluster: seed-nodes (default, --seed) | config | kubernetes (cluster bootstrap)", "seed-nodes", "config", "kubernetes"),
        Value("--management-host", "address of the management/health HTTP endpoint (default 127.0.0.1)"),
        Value("--management-port", "port of the management/health HTTP endpoint (default 8558)"),
        Value("--config", "a JSON settings file (same keys as appsettings.json)"),
    ];
}
