using System.Text.Json;
using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Expressivity.Hosting.Tests;

/// <summary>
/// The node as production composes it (<see cref="SweepClusterHostingExtensions.AddSweepNode"/>, SQLite in a data
/// directory), driven message by message from Akka.Hosting.TestKit's test actor: what the coordinator region
/// answers, not what a client prints.
/// </summary>
public sealed class SweepNodeMessageTests : Akka.Hosting.TestKit.TestKit
{
    // Generous: these wait on messages; a loaded machine only makes them later.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly TempDirectory _dir = new();

    protected override void ConfigureServices(HostBuilderContext context, IServiceCollection services) =>
        services.AddHealthChecks();

    protected override void ConfigureAkka(AkkaConfigurationBuilder builder, IServiceProvider provider)
    {
        var node = new NodeOptions { Port = 0, Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker] };
        var storage = new StorageOptions { DataDirectory = _dir.Path };
        builder.AddSweepNode(node, storage, PersistenceHostingExtensions.CreatePartialStore(storage), new CoordinatorOptions(), new WorkerOptions { Capacity = 2 });
    }

    [Fact]
    public async Task A_census_sweep_is_acknowledged_and_ends_completed_with_T4_1882()
    {
        var region = await UpRegion();
        var def = SweepDefinition.Parse("""{"kind":"threshold-census","n":4,"weightBoundLimit":0}""");

        region.Tell(new StartSweep(def.Id, def.NormalJson, Fresh: false), TestActor);
        var started = ExpectMsg<SweepCommandReply>(Patience, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(started.Ok, started.Message);
        Assert.Equal(def.Id, started.SweepId);

        var status = await AwaitFinal(region, def.Id);
        Assert.Equal(SweepPhase.Completed, status.State);
        using var result = JsonDocument.Parse(status.ResultJson!);
        Assert.Equal("1882", result.RootElement.GetProperty("thresholdFunctions").GetString());
    }

    [Fact]
    public async Task A_command_for_an_unknown_sweep_is_answered_no_such_sweep()
    {
        var region = await UpRegion();

        region.Tell(new PauseSweep("never-started"), TestActor);
        var reply = ExpectMsg<SweepCommandReply>(Patience, cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(reply.Ok);
        Assert.Equal("no such sweep", reply.Message);
    }

    protected override async Task AfterAllAsync()
    {
        await base.AfterAllAsync();
        _dir.Dispose();
    }

    private async Task<IActorRef> UpRegion()
    {
        await SweepNodeHost.WhenUp(Sys, CancellationToken.None).WaitAsync(Patience);
        return await ActorRegistry.GetAsync<CoordinatorRegionKey>();
    }

    private async Task<SweepStatus> AwaitFinal(IActorRef region, string sweepId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            region.Tell(new GetSweepStatus(sweepId), TestActor);
            var status = ExpectMsg<SweepStatus>(Patience);
            if (SweepPhase.IsFinal(status.State)) return status;
            Assert.True(DateTime.UtcNow < deadline, $"sweep {sweepId} still {status.State} at {status.StageUnitsDone}/{status.StageUnitsTotal}");
            await Task.Delay(50);
        }
    }
}
