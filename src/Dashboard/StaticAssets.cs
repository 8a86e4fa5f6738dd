using System.Reflection;

namespace Expressivity.Dashboard;

/// <summary>The page's files, shipped inside this assembly (no CDN, nothing on disk to lose).</summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    };

    /// <summary>The names served.</summary>
    public static IEnumerable<string> Names => Types.Keys;

    /// <summary>The bytes and content type of <paramref name="name"/>.</summary>
    public static (byte[] Bytes, string ContentType) Get(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"dashboard asset {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (copy.ToArray(), Types[name]);
    }
}
