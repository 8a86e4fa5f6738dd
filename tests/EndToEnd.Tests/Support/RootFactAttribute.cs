using Xunit;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>A test that must run as root (it mounts a filesystem); skipped, saying so, otherwise. CI runs as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when not root.</summary>
    public RootFactAttribute()
    {
        if (Environment.UserName != "root") Skip = "needs root: mounts a small tmpfs to fill the disk under a running journal";
    }
}
