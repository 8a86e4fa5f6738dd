using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>Tests in this collection share one throwaway PostgreSQL server (each cluster gets its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>Collection name.</summary>
    public const string Name = "postgres-e2e";
}
