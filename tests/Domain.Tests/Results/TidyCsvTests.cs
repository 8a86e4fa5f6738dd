using System.Text.Json;
using Expressivity.Domain.Results;
using Xunit;

namespace Expressivity.Domain.Tests.Results;

public class TidyCsvTests
{
    [Fact]
    public void ResultLeavesBecomeOneRowEachWithExactDigits()
    {
        using var spec = JsonDocument.Parse("""{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""");
        using var result = JsonDocument.Parse("""{"distinctFunctions":94572,"big":123456789012345678901234567890,"byK":[1,2],"note":"a, \"b\""}""");
        var rows = TidyRows.FromResult("s1", "neuron-expressivity", spec.RootElement, result.RootElement);
        Assert.Equal(
        [
            new TidyRow("s1", "neuron-expressivity", "n=5; weights.min=-5; weights.max=5", "distinctFunctions", "94572"),
            new TidyRow("s1", "neuron-expressivity", "n=5; weights.min=-5; weights.max=5", "big", "123456789012345678901234567890"),
            new TidyRow("s1", "neuron-expressivity", "n=5; weights.min=-5; weights.max=5", "byK[0]", "1"),
            new TidyRow("s1", "neuron-expressivity", "n=5; weights.min=-5; weights.max=5", "byK[1]", "2"),
            new TidyRow("s1", "neuron-expressivity", "n=5; weights.min=-5; weights.max=5", "note", "a, \"b\""),
        ], rows);
    }

    [Fact]
    public void CsvRoundTripsQuotesCommasLineBreaksAndUnicode()
    {
        var rows = new List<TidyRow>
        {
            new("s1", "kind", "n=5; w ∈ [−5, 5]", "E(N, 1)", "812"),
            new("s,2", "k\"q\"", "line\nbreak", "a\r\nb", ""),
            new("", "", "", "", " spaces kept "),
        };
        var text = new StringWriter();
        TidyCsv.Write(rows, text);
        Assert.StartsWith(TidyCsv.Header + "\n", text.ToString());
        Assert.Contains("\"s,2\",\"k\"\"q\"\"\",\"line\nbreak\"", text.ToString());
        Assert.Equal(rows, TidyCsv.Read(new StringReader(text.ToString())));
    }

    [Fact]
    public void MalformedCsvIsRefusedNamingTheRecord()
    {
        Assert.Contains("line 1", Assert.Throws<FormatException>(() => TidyCsv.Read(new StringReader("a,b\n"))).Message);
        Assert.Contains("record 2", Assert.Throws<FormatException>(() => TidyCsv.Read(new StringReader(TidyCsv.Header + "\na,b\n"))).Message);
        Assert.Throws<FormatException>(() => TidyCsv.Read(new StringReader(TidyCsv.Header + "\n\"open")));
    }

    [Fact]
    public void ProvenanceNamesVersionSpecTimesCpuCoresAndMachine()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var json = Provenance.Capture("""{"kind":"k","n":3}""", start).ToJson();
        Assert.Equal(3, (int)json["spec"]!["n"]!);
        Assert.Equal(Environment.ProcessorCount, (int)json["cores"]!);
        Assert.Equal(Environment.MachineName, (string)json["machine"]!);
        Assert.True((double)json["cpuSeconds"]! > 0);
        Assert.True(DateTimeOffset.Parse((string)json["end"]!) >= DateTimeOffset.Parse((string)json["start"]!));
        Assert.False(string.IsNullOrEmpty((string)json["version"]!));
        Assert.NotNull(json["commit"]);
    }
}
