using System.Text.Json;
using Expressivity.Domain.Results;
using Xunit;

namespace Expressivity.Domain.Tests.Results;

public class ResultComparisonTests
{
    [Fact]
    public void FieldsAreEqualDifferentOrOnlyInOneComparedDigitForDigit()
    {
        using var a = JsonDocument.Parse("""{"total":"123456789012345678901","same":7,"byK":[{"k":1,"f":"3"}],"onlyA":true}""");
        using var b = JsonDocument.Parse("""{"total":"123456789012345678902","same":7,"byK":[{"k":1,"f":"3"},{"k":2,"f":"4"}]}""");
        var fields = ResultComparison.Compare(a.RootElement, b.RootElement);
        Assert.Equal(
        [
            new FieldComparison("total", "123456789012345678901", "123456789012345678902"),
            new FieldComparison("same", "7", "7"),
            new FieldComparison("byK[0].k", "1", "1"),
            new FieldComparison("byK[0].f", "3", "3"),
            new FieldComparison("onlyA", "true", null),
            new FieldComparison("byK[1].k", null, "2"),
            new FieldComparison("byK[1].f", null, "4"),
        ], fields);
        Assert.Equal(["different", "equal", "equal", "equal", "only in a", "only in b", "only in b"], fields.Select(f => f.Verdict));
    }

    [Fact]
    public void IdenticalResultsAreEqualEverywhereAndNullIsAValue()
    {
        using var a = JsonDocument.Parse("""{"closedForm":null,"n":"94572"}""");
        var fields = ResultComparison.Compare(a.RootElement, a.RootElement);
        Assert.All(fields, f => Assert.True(f.IsEqual));
        Assert.Equal("null", fields[0].A);
    }

    [Fact]
    public void ProvenanceFromStorageHasJournalTimesAndNoProcessFigures()
    {
        var start = new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero);
        var json = Provenance.FromStorage("""{"kind":"k","n":3}""", start, start.AddSeconds(2)).ToJson();
        Assert.Equal("storage", (string)json["source"]!);
        Assert.Equal("2026-12-03T13:00:02.0000000Z", (string)json["end"]!);
        Assert.Null(json["cpuSeconds"]);
        Assert.Null(json["cores"]);
        Assert.Null(json["machine"]);
    }
}
