using Microsoft.Playwright;

namespace Expressivity.Dashboard.Tests.Support;

/// <summary>Saves a page's screenshot into <c>EXPRESSIVITY_SCREENSHOTS</c> when that is set (how docs/img is made); otherwise nothing.</summary>
public static class Screenshots
{
    /// <summary>Saves <paramref name="page"/> as <paramref name="name"/>.png.</summary>
    public static async Task Save(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("EXPRESSIVITY_SCREENSHOTS") is not { Length: > 0 } directory) return;
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }
}
