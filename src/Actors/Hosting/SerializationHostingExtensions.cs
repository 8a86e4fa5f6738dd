using Akka.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;

namespace Expressivity.Actors.Hosting;

/// <summary>Binds every protocol message and event to <see cref="ProtocolSerializer"/>.</summary>
public static class SerializationHostingExtensions
{
    /// <summary>Registers the serializer for <see cref="IProtocolMessage"/>.</summary>
    public static AkkaConfigurationBuilder AddSweepSerialization(this AkkaConfigurationBuilder builder) =>
        builder.WithCustomSerializer("expressivity", [typeof(IProtocolMessage)], system => new ProtocolSerializer(system));
}
