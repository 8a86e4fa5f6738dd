namespace Expressivity.Actors.Serialization;

/// <summary>Counts payloads refused by the wire policy in this process (evidence for tests and metrics).</summary>
public static class WireRefusals
{
    private static long _count;

    /// <summary>Payloads refused so far, inbound and outbound.</summary>
    public static long Count => Interlocked.Read(ref _count);

    /// <summary>Counts one refusal and returns the exception to throw.</summary>
    public static System.Runtime.Serialization.SerializationException Refuse(string message)
    {
        Interlocked.Increment(ref _count);
        return new System.Runtime.Serialization.SerializationException(message);
    }
}
