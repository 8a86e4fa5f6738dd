using System.Net;
using System.Text.Json;
using Expressivity.Dashboard.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Dashboard.Tests;

/// <summary><c>seed serve --dashboard</c>: the serving seed node's dashboard over plain HTTP (no browser needed).</summary>
public sealed class ServeModeTests
{
    [Fact]
    public async Task AServingSeedShowsItsMembersAndRefusesActionsWithoutTheSecret()
    {
        using var dir = new TempDirectory();
        await using var seed = await SeedWithDashboard.Serve(Path.Combine(dir.Path, "data"), "serve-secret");
        Assert.StartsWith("http://127.0.0.1:", seed.Address, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(seed.Address), Timeout = TimeSpan.FromMinutes(2) };

        // The member is listed once the node is up; poll the snapshot (it is retaken every second).
        JsonElement member = default;
        for (var i = 0; i < 600 && member.ValueKind == JsonValueKind.Undefined; i++)
        {
            using var snapshot = JsonDocument.Parse(await http.GetStringAsync("api/snapshot"));
            var members = snapshot.RootElement.GetProperty("members");
            if (members.GetArrayLength() == 1 && members[0].GetProperty("status").GetString() == "up") member = members[0].Clone();
            else await Task.Delay(200);
        }

        Assert.Equal(["coordinator", "seed"], member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Contains("Expressivity Cluster", await http.GetStringAsync(""));

        using var noSecret = await http.PostAsync("api/sweeps/x/pause", null);
        Assert.Equal(HttpStatusCode.Unauthorized, noSecret.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/sweeps") { Content = new StringContent("{ \"kind\": \"nonsense\" }") };
        request.Headers.Add("X-Expressivity-Secret", "serve-secret");
        using var badSpec = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, badSpec.StatusCode);
        Assert.Contains("kind", await badSpec.Content.ReadAsStringAsync());
    }
}
