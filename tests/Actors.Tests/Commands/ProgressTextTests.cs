using Expressivity.Actors.Commands;
using Xunit;

namespace Expressivity.Actors.Tests.Commands;

public sealed class ProgressTextTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(59.6, "1:00")]
    [InlineData(3725, "1:02:05")]
    [InlineData(double.NaN, "--")]
    [InlineData(-1, "--")]
    [InlineData(1e300, "> 9999 h")]
    [InlineData(double.PositiveInfinity, "> 9999 h")]
    public void Durations_never_throw_even_when_the_rate_is_near_zero(double seconds, string expected) =>
        Assert.Equal(expected, ProgressText.FormatDuration(seconds));
}
