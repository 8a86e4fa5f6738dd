using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Support;

/// <summary>
/// Tests in this collection share one throwaway PostgreSQL server (started once, removed at the end)
/// and run one after another, so a test may stop and restart it. Each test takes a database of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgresql";
}
