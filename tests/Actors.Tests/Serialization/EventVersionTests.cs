using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;
using Xunit;

namespace Expressivity.Actors.Tests.Serialization;

public sealed class EventVersionTests
{
    [Fact]
    public void Every_persisted_type_is_versioned_and_written_as_version_1()
    {
        var persisted = ProtocolManifests.All.Where(m => m.Manifest.StartsWith("ev.", StringComparison.Ordinal) || m.Manifest.StartsWith("snap.", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, persisted.Count);
        foreach (var (manifest, type) in persisted)
        {
            Assert.True(typeof(IVersionedEvent).IsAssignableFrom(type), $"{manifest} ({type.Name}) is not versioned");
            var v = type.GetConstructors().Single().GetParameters().Single(p => p.Name == "V");
            Assert.Equal(1, v.DefaultValue);
        }
    }
}
