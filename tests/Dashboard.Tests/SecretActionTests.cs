using Expressivity.Dashboard.Tests.Support;
using Expressivity.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Expressivity.Dashboard.Tests;

/// <summary>
/// A node with a shared secret: pause, cancel and start from the page are refused without the secret or
/// with a wrong one, and done with the right one.
/// </summary>
public sealed class SecretActionTests
{
    private const string Secret = "dashboard-test-secret";

    [Fact]
    public async Task ActionsWithoutTheSecretAreRefusedAndWithItTheyAreDone()
    {
        using var dir = new TempDirectory();
        await using var seed = await SeedWithDashboard.Start(dir.File("spec.json", Examples.N6K6), Path.Combine(dir.Path, "data"), Secret);
        await using var chromium = await HeadlessChromium.Launch();
        var page = await chromium.NewPage();
        await page.GotoAsync(seed.Address);
        await Expect(page.Locator("#actions-mode")).ToContainTextAsync("need the shared secret");
        var sweep = page.Locator("section.sweep").First;
        await Expect(sweep.Locator(".state")).ToHaveTextAsync("running", new() { Timeout = 300_000 });
        var status = page.Locator("#action-status");

        await sweep.Locator("button[data-action=pause]").ClickAsync();
        await Expect(status).ToHaveTextAsync("refused (401): refused: this action needs the shared secret");
        await page.Locator("#secret").FillAsync("not-" + Secret);
        await sweep.Locator("button[data-action=cancel]").ClickAsync();
        await Expect(status).ToHaveTextAsync("refused (401): refused: wrong shared secret");
        await Expect(sweep.Locator(".state")).ToHaveTextAsync("running");

        // The same refusal without the page: a plain POST, as a script or another site would send it.
        var bare = await page.APIRequest.PostAsync(seed.Address + "api/sweeps/x/cancel");
        Assert.Equal(401, bare.Status);
        var start = await page.APIRequest.PostAsync(seed.Address + "api/sweeps", new() { DataString = Examples.N4K3 });
        Assert.Equal(401, start.Status);

        await page.Locator("#secret").FillAsync(Secret);
        await sweep.Locator("button[data-action=pause]").ClickAsync();
        await Expect(status).ToContainTextAsync("done (200)");
        await Expect(sweep.Locator(".state")).ToHaveTextAsync("paused");
        await sweep.Locator("button[data-action=cancel]").ClickAsync();
        await Expect(sweep.Locator(".state")).ToHaveTextAsync("cancelled");

        await page.Locator("#actions-panel summary").ClickAsync();
        await page.Locator("#start-spec").FillAsync(Examples.N4K3);
        await page.Locator("#start").ClickAsync();
        await Expect(status).ToContainTextAsync("done (200)");
        var started = page.Locator("section.sweep", new() { Has = page.Locator("h3", new() { HasTextString = "neuron-expressivity" }) })
            .Filter(new() { HasNot = page.Locator(".state.cancelled") });
        await Expect(started.Locator(".state")).ToHaveTextAsync("completed", new() { Timeout = 300_000 });
        await Expect(started.Locator("table.result tr", new() { Has = page.Locator("th", new() { HasTextString = "distinct functions" }) }).Locator("td"))
            .ToHaveTextAsync(Examples.N4K3Distinct);
        await Screenshots.Save(page, "dashboard-actions");
    }
}
