using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Serilog;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Where a node's log lines go. Serving nodes log to stderr (stdout carries results and JSON only). The
/// embedded <c>run</c> is a user's terminal: Akka's routine warnings ("Requested shard homes", "Trying
/// to register to coordinator") belong in a file in the data directory, and only errors reach stderr,
/// unless <c>--verbose</c> echoes every line there as well.
/// </summary>
public static class NodeLogging
{
    /// <summary>File name of the embedded run's log, in its data directory.</summary>
    public const string FileName = "node.log";

    /// <summary>
    /// Adds the providers: stderr at <paramref name="level"/>, or with <paramref name="logFile"/> the file at that
    /// level and stderr for errors only, or for every line too when <paramref name="echo"/>.
    /// </summary>
    public static void Configure(ILoggingBuilder logging, LogLevel level, string? logFile, bool echo = false)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(level);
        if (logFile is null) return;
        try
        {
            var file = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .WriteTo.File(logFile, fileSizeLimitBytes: 16 << 20, rollOnFileSizeLimit: true, retainedFileCountLimit: 3,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}")
                .CreateLogger();
            logging.AddSerilog(file, dispose: true);
            if (!echo) logging.AddFilter<ConsoleLoggerProvider>(l => l >= LogLevel.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No log file (read-only directory): the journal probe reports such directories; keep stderr.
        }
    }
}
