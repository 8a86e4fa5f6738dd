namespace Expressivity.Actors.Protocol;

/// <summary>
/// Marker for every message and persisted event of the sweep protocol: all of them are bound to
/// <see cref="Serialization.ProtocolSerializer"/>, which maps a closed table of string manifests to
/// types and never reads a type name from the wire.
/// </summary>
public interface IProtocolMessage;

/// <summary>Messages routed to one sweep's coordinator entity by the shard region.</summary>
public interface IWithSweepId : IProtocolMessage
{
    /// <summary>The sweep (and coordinator entity) id.</summary>
    string SweepId { get; }
}

/// <summary>A persisted event: carries a schema version so old journals stay readable.</summary>
public interface IVersionedEvent : IProtocolMessage
{
    /// <summary>Schema version of the event (1 for every event written by this build).</summary>
    int V { get; }
}
