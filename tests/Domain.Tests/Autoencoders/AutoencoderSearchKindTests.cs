using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Autoencoders;

public class AutoencoderSearchKindTests
{
    private static JsonObject Run(string json) => LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;

    [Fact]
    public void All_sets_one_layer_for_d2_D3()
    {
        var result = Run("""{"kind":"autoencoder-search","codeBits":2,"vectorBits":3,"question":"one-layer"}""");
        Assert.Equal("70", (string)result["sets"]!);
        Assert.Equal("68", (string)result["withOneLayerDecoder"]!);
        Assert.Equal("2", (string)result["withoutOneLayerDecoder"]!);
    }

    [Fact]
    public void All_sets_min_width_for_d2_D4()
    {
        var result = Run("""{"kind":"autoencoder-search","codeBits":2,"vectorBits":4,"question":"min-width"}""");
        Assert.Equal("1820", (string)result["sets"]!);
        Assert.Equal("104", (string)result["withoutOneLayerDecoder"]!);
        var widths = result["minWidth"]!.AsArray();
        Assert.Single(widths);
        Assert.Equal(3, (int)widths[0]!["width"]!);
        Assert.Equal("104", (string)widths[0]!["sets"]!);
    }

    [Fact]
    public void Example_3_prints_a_verified_one_layer_decoder()
    {
        var result = Run("""{"kind":"autoencoder-search","set":["000","100","101","111"]}""");
        Assert.True((bool)result["oneLayer"]!);
        Assert.Equal(0, (int)result["minWidth"]!);
        Assert.True((bool)result["decoder"]!["verified"]!);
        Assert.Equal(2, (int)result["decoder"]!["codeBits"]!);
    }

    [Fact]
    public void Even_weight_code_prints_a_verified_width_3_decoder()
    {
        var result = Run("""{"kind":"autoencoder-search","set":["000","110","101","011"]}""");
        Assert.False((bool)result["oneLayer"]!);
        Assert.Equal(3, (int)result["minWidth"]!);
        Assert.Equal(2, result["decoder"]!["layers"]!.AsArray().Count);
        Assert.True((bool)result["decoder"]!["verified"]!);
    }

    [Fact]
    public void Sampled_d4_sets_are_each_decided()
    {
        var result = Run("""{"kind":"autoencoder-search","codeBits":4,"vectorBits":6,"sample":{"sets":4,"seed":1}}""");
        Assert.Equal("4", (string)result["sets"]!);
        Assert.Equal(4, long.Parse((string)result["withOneLayerDecoder"]!) + long.Parse((string)result["withoutOneLayerDecoder"]!));
    }

    [Theory]
    [InlineData("""{"kind":"autoencoder-search","set":["000","10"]}""", "set[1]")]
    [InlineData("""{"kind":"autoencoder-search","set":["000","000"]}""", "set[1]")]
    [InlineData("""{"kind":"autoencoder-search","set":["000","1a0"]}""", "set[1]")]
    [InlineData("""{"kind":"autoencoder-search","set":["000","001","010","011","100"],"codeBits":2}""", "codeBits")]
    [InlineData("""{"kind":"autoencoder-search","set":["000","001"],"vectorBits":4}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","codeBits":3,"vectorBits":9}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","codeBits":3,"vectorBits":7,"question":"min-width"}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","codeBits":4,"vectorBits":6}""", "codeBits")]
    [InlineData("""{"kind":"autoencoder-search","codeBits":3,"vectorBits":2}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","codeBits":2,"vectorBits":3,"question":"deep"}""", "question")]
    public void Bad_specs_name_the_field(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }
}
