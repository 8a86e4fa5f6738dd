namespace Expressivity.Actors.Checkpoints;

/// <summary>A checkpoint file that cannot be used (foreign, truncated, corrupted, edited, or a newer format); the message says which.</summary>
public sealed class CheckpointException(string message) : Exception(message);
