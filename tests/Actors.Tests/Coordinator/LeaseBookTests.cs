using Expressivity.Actors.Coordinator;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Coordinator;

public sealed class LeaseBookTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static LeaseBook Book(int units)
    {
        var book = new LeaseBook(TimeSpan.FromSeconds(10));
        book.Reset(Enumerable.Range(0, units).Select(i => new WorkUnit($"u{i}", 0, "")));
        return book;
    }

    [Fact]
    public void Take_leases_in_plan_order_and_never_twice()
    {
        var book = Book(5);
        Assert.Equal(["u0", "u1"], book.Take("w1", 2, T0).Select(u => u.Id));
        Assert.Equal(["u2", "u3", "u4"], book.Take("w2", 9, T0).Select(u => u.Id));
        Assert.Empty(book.Take("w3", 1, T0));
        Assert.Equal(5, book.LeasedCount);
    }

    [Fact]
    public void Expired_leases_return_to_the_front_unless_renewed()
    {
        var book = Book(3);
        book.Take("w1", 2, T0);
        book.Extend("w1", ["u1"], T0.AddSeconds(8));
        Assert.Equal(1, book.Expire(T0.AddSeconds(11)));
        Assert.Equal(["u0", "u2"], book.Take("w2", 5, T0.AddSeconds(11)).Select(u => u.Id));
    }

    [Fact]
    public void Releasing_a_lost_worker_requeues_only_its_units()
    {
        var book = Book(4);
        book.Take("w1", 2, T0);
        book.Take("w2", 2, T0);
        Assert.Equal(2, book.Release("w1"));
        Assert.Equal(2, book.PendingCount);
        Assert.Equal(new Dictionary<string, int> { ["w2"] = 2 }, book.LeasedByWorker);
    }

    [Fact]
    public void Heartbeat_for_a_pending_unit_readopts_it_after_a_coordinator_restart()
    {
        var book = Book(2);
        book.Extend("w1", ["u1"], T0);
        Assert.Equal(["u0"], book.Take("w2", 5, T0).Select(u => u.Id));
        book.Complete("u1");
        Assert.Equal(1, book.LeasedCount);
    }

    [Fact]
    public void Completed_units_are_never_handed_out_again()
    {
        var book = Book(2);
        book.Complete("u0");
        Assert.Equal(["u1"], book.Take("w", 5, T0).Select(u => u.Id));
    }
}
