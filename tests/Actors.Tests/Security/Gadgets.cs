using System.Runtime.Serialization;
using Akka.Actor;

namespace Expressivity.Actors.Tests.Security;

/// <summary>
/// A stand-in for a deserialization gadget such as FileSystemWatcher: a public constructor and a
/// setter with a side effect. The counters say whether a receiving node ever built one.
/// </summary>
public sealed class Gadget
{
    private static int _constructed;
    private static int _setterCalls;

    public Gadget() => Interlocked.Increment(ref _constructed);

    public static int Constructed => Volatile.Read(ref _constructed);

    public static int SetterCalls => Volatile.Read(ref _setterCalls);

    public string Path
    {
        get => "/tmp";
        set => Interlocked.Increment(ref _setterCalls);
    }
}

/// <summary>An exception whose serialization constructor counts calls (Status.Failure rebuilds exceptions from type names).</summary>
[Serializable]
public sealed class GadgetException : Exception
{
    private static int _rebuilt;

    public GadgetException() : base("gadget")
    {
    }

#pragma warning disable SYSLIB0051 // the legacy constructor is the attack surface under test
    private GadgetException(SerializationInfo info, StreamingContext context) : base(info, context) => Interlocked.Increment(ref _rebuilt);
#pragma warning restore SYSLIB0051

    public static int Rebuilt => Volatile.Read(ref _rebuilt);
}

/// <summary>An actor a stranger tries to deploy remotely; the counter says whether it was ever created.</summary>
public sealed class DeployedProbe : ReceiveActor
{
    private static int _created;

    public DeployedProbe()
    {
        Interlocked.Increment(ref _created);
        ReceiveAny(_ => { });
    }

    public static int Created => Volatile.Read(ref _created);
}

/// <summary>The target of stranger traffic: counts what reaches its behaviour.</summary>
public sealed class CountingTarget : ReceiveActor
{
    private static int _received;

    public CountingTarget() => ReceiveAny(_ => Interlocked.Increment(ref _received));

    public static int Received => Volatile.Read(ref _received);
}
