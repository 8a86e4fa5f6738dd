using System.Xml.Linq;

namespace Expressivity.Plots.Tests;

/// <summary>Reads an SVG back: every text element's content, in document order.</summary>
internal static class SvgText
{
    public static IReadOnlyList<string> Of(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var document = XDocument.Load(stream);
        return document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Replace('\u00a0', ' ').Trim()).ToList();
    }

    /// <summary>Of(svg) joined with spaces (a label may be split across spans).</summary>
    public static string Joined(byte[] svg) => string.Join(" ", Of(svg));
}
