using Expressivity.Actors.Workers;
using Npgsql;
using Xunit;

namespace Expressivity.Actors.Tests.Workers;

public sealed class TransientRetryTests
{
    private static NpgsqlException ConnectionCut() => new("Exception while reading from stream", new EndOfStreamException());

    [Fact]
    public void Transient_database_faults_are_recognised_inside_wrappers_and_others_are_not()
    {
        Assert.True(TransientRetry.IsTransient(ConnectionCut()));
        Assert.True(TransientRetry.IsTransient(new PostgresException("terminating connection", "FATAL", "FATAL", "57P01")));
        Assert.True(TransientRetry.IsTransient(new AggregateException(new InvalidOperationException("x"), ConnectionCut())));
        Assert.True(TransientRetry.IsTransient(new InvalidOperationException("wrapped", ConnectionCut())));
        Assert.False(TransientRetry.IsTransient(new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01")));
        Assert.False(TransientRetry.IsTransient(new InvalidOperationException("kernel bug")));
    }

    [Fact]
    public void Transient_faults_are_retried_until_the_action_succeeds()
    {
        var calls = 0;
        var result = TransientRetry.Run(() => ++calls < 3 ? throw ConnectionCut() : calls, TimeSpan.FromHours(1), CancellationToken.None);
        Assert.Equal(3, result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Other_faults_and_faults_past_the_limit_propagate_at_once()
    {
        var calls = 0;
        Assert.Throws<InvalidOperationException>(() => TransientRetry.Run<int>(() => { calls++; throw new InvalidOperationException("kernel bug"); }, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(1, calls);

        calls = 0;
        Assert.Throws<NpgsqlException>(() => TransientRetry.Run<int>(() => { calls++; throw ConnectionCut(); }, TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(1, calls);
    }
}
