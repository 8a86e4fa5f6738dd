using Microsoft.Playwright;

namespace Expressivity.Dashboard.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright with an explicit executable path: Playwright never downloads
/// a browser here (.ci/run installs the package). <c>EXPRESSIVITY_CHROMIUM</c> overrides the path.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Launches the browser headless.</summary>
    public static async Task<HeadlessChromium> Launch()
    {
        var path = Environment.GetEnvironmentVariable("EXPRESSIVITY_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        if (!File.Exists(path)) throw new FileNotFoundException($"no Chromium at {path}: install Debian's package (apt-get install -y chromium) or set EXPRESSIVITY_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A page that accepts downloads, sized for screenshots.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
