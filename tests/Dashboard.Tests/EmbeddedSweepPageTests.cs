using Expressivity.Dashboard.Tests.Support;
using Expressivity.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Expressivity.Dashboard.Tests;

/// <summary>
/// <c>seed run --dashboard</c> watched in headless Chromium: progress moves, the result appears, the
/// plot downloads as valid SVG and PNG, and a node without a secret refuses actions.
/// </summary>
public sealed class EmbeddedSweepPageTests
{
    // Progress "moves" when the page has shown two different unit counts while the sweep was running.
    private const string ProgressMoved = """
        () => {
          const s = document.querySelector("section.sweep");
          if (!s) return false;
          const m = /stage (\d+): (\d+)\/(\d+) units/.exec(s.querySelector(".units").textContent);
          if (s.querySelector(".state").textContent !== "running" || !m || m[2] === m[3]) return false;
          window.seenProgress = window.seenProgress || new Set();
          window.seenProgress.add(m[1] + ":" + m[2]);
          return window.seenProgress.size >= 2;
        }
        """;

    [Fact]
    public async Task ShowsProgressMovingThenTheResultAndThePlotDownloadsAsSvgAndPng()
    {
        using var dir = new TempDirectory();
        await using var seed = await SeedWithDashboard.Start(dir.File("spec.json", Examples.N6K4), Path.Combine(dir.Path, "data"), secret: null);
        await using var chromium = await HeadlessChromium.Launch();
        var page = await chromium.NewPage();
        await page.GotoAsync(seed.Address);

        await Expect(page.Locator("#members tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#members tbody tr td").Nth(1)).ToHaveTextAsync("coordinator, seed, worker");
        await page.WaitForFunctionAsync(ProgressMoved, null, new() { PollingInterval = 100, Timeout = 300_000 });
        var sweep = page.Locator("section.sweep");
        await Expect(sweep.Locator(".eta")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ETA (--|\d+:\d\d(:\d\d)?)$"));
        await Expect(sweep.Locator("table.workers tbody tr")).ToHaveCountAsync(1);
        await Screenshots.Save(page, "dashboard-running");

        // Read-only by default: the node has no secret, so the page's pause is refused and nothing pauses.
        await sweep.Locator("button[data-action=pause]").ClickAsync();
        await Expect(page.Locator("#action-status")).ToContainTextAsync("refused (403)");
        await Expect(sweep.Locator(".state")).Not.ToHaveTextAsync("paused");

        await Expect(sweep.Locator(".state")).ToHaveTextAsync("completed", new() { Timeout = 600_000 });
        await Expect(sweep.Locator("table.result tr", new() { Has = page.Locator("th", new() { HasTextString = "distinct functions" }) }).Locator("td"))
            .ToHaveTextAsync(Examples.N6K4Distinct);
        await Expect(sweep.Locator("img.plot")).ToBeVisibleAsync();
        await Screenshots.Save(page, "dashboard-completed");

        var svg = await Download(page, sweep.Locator("a.download-svg.plot"));
        var root = ImageCheck.SvgRoot(svg);
        Assert.Equal(("800", "450"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));
        var text = string.Join("|", root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("units done in the stage (%)", text);
        Assert.Contains("stage 0", text); // the legend
        Assert.Equal((800, 450), await ImageCheck.DecodedSize(chromium.Browser, svg, "image/svg+xml"));

        var png = await Download(page, sweep.Locator("a.download-png.plot"));
        Assert.Equal((800, 450), ImageCheck.PngSize(png));
        Assert.Equal((800, 450), await ImageCheck.DecodedSize(chromium.Browser, png, "image/png"));

        var csv = System.Text.Encoding.UTF8.GetString(await Download(page, sweep.Locator("a.download-csv")));
        Assert.Contains($"distinct functions,{Examples.N6K4Distinct}\n", csv);
        var json = System.Text.Json.JsonDocument.Parse(await Download(page, sweep.Locator("a.download-json")));
        Assert.Equal("completed", json.RootElement.GetProperty("status").GetString());
    }

    private static async Task<byte[]> Download(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync() ?? throw new InvalidOperationException($"download of {download.Url} failed: {await download.FailureAsync()}");
        return await File.ReadAllBytesAsync(path);
    }
}
