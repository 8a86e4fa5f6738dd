using Akka.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Binds every protocol message and event to <see cref="ProtocolSerializer"/> and replaces Akka's
/// serializers that read type names from the wire (<see cref="WireSerializerPolicy"/>).
/// </summary>
public static class SerializationHostingExtensions
{
    /// <summary>Registers the serializer for <see cref="IProtocolMessage"/> and the wire policy.</summary>
    public static AkkaConfigurationBuilder AddSweepSerialization(this AkkaConfigurationBuilder builder) =>
        builder
            .AddHocon(WireSerializerPolicy.Hocon, HoconAddMode.Prepend)
            .WithCustomSerializer("expressivity", [typeof(IProtocolMessage)], system => new ProtocolSerializer(system));
}
