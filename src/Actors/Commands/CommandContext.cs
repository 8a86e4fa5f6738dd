using Akka.Actor;

namespace Expressivity.Actors.Commands;

/// <summary>What a command runs against: this node's actor system and log, the client's output, cancellation.</summary>
public sealed record CommandContext(ActorSystem System, LogBuffer Log, TextWriter Out, string? Attachment, CancellationToken Cancel)
{
    /// <summary>Default timeout of asks to actors.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);
}

/// <summary>A usage error in a command's arguments: exit code 2 with this message.</summary>
public sealed class CommandUsageException(string message) : Exception(message);
