using Xunit;

namespace Expressivity.Dashboard.Tests;

public sealed class ActionGateTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anything")]
    public void WithoutASecretEveryActionIsRefusedAsReadOnly(string? presented)
    {
        Assert.Equal(403, new ActionGate(null).Refusal(presented)?.Status);
        Assert.Equal(403, new ActionGate("").Refusal(presented)?.Status);
    }

    [Theory]
    [InlineData(null, "needs the shared secret")]
    [InlineData("", "needs the shared secret")]
    [InlineData("s3cret ", "wrong shared secret")]
    [InlineData("S3CRET", "wrong shared secret")]
    public void AMissingOrWrongSecretIsRefused(string? presented, string reason)
    {
        var refusal = new ActionGate("s3cret").Refusal(presented);
        Assert.Equal(401, refusal?.Status);
        Assert.Contains(reason, refusal?.Reason);
    }

    [Fact]
    public void TheRightSecretPasses() => Assert.Null(new ActionGate("s3cret").Refusal("s3cret"));
}
