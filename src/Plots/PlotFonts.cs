using System.Reflection;
using ScottPlot;

namespace Expressivity.Plots;

/// <summary>
/// Registers the shipped DejaVu Sans font with ScottPlot once and makes it the default, so PNG text is
/// drawn with a real font on machines with no fonts installed; SVG text names the same family.
/// </summary>
public static class PlotFonts
{
    /// <summary>The family every figure uses.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<string> Registered = new(Register);

    /// <summary>Registers the font (idempotent, thread-safe) and returns its family name.</summary>
    public static string Ensure() => Registered.Value;

    private static string Register()
    {
        // ScottPlot loads font files from disk; the embedded copy is written once to the temp folder.
        var path = Path.Combine(Path.GetTempPath(), $"expressivity-plots-{Environment.UserName}-DejaVuSans.ttf");
        using (var source = Assembly.GetExecutingAssembly().GetManifestResourceStream("DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the embedded font DejaVuSans.ttf is missing"))
        {
            if (!File.Exists(path) || new FileInfo(path).Length != source.Length)
            {
                var temporary = path + "." + Environment.ProcessId + ".tmp";
                using (var target = File.Create(temporary)) source.CopyTo(target);
                File.Move(temporary, path, overwrite: true);
            }
        }

        Fonts.AddFontFile(Family, path, bold: false, italic: false);
        Fonts.AddFontFile(Family, path, bold: true, italic: false);
        Fonts.Default = Family;
        return Family;
    }
}
