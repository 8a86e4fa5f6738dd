using Expressivity.Domain.Autoencoders;
using Xunit;

namespace Expressivity.Domain.Tests.Autoencoders;

public class SingleSetTests
{
    private static VectorSet Set(params string[] vectors) => VectorSet.Parse(vectors);

    [Fact]
    public void Example_3_has_a_one_layer_decoder()
    {
        var s = Set("000", "100", "101", "111");
        var decoder = OneLayerDecoders.Find(s.Vectors, 3, 2);
        Assert.NotNull(decoder);
        Assert.True(decoder.Verify(s.Vectors));
        Assert.Equal(0, decoder.Width);
    }

    [Fact]
    public void Even_weight_code_has_no_one_layer_decoder_and_needs_width_3()
    {
        var s = Set("000", "110", "101", "011");
        Assert.Null(OneLayerDecoders.Find(s.Vectors, 3, 2));
        var answer = MinWidthDecoders.Solve(s.Vectors, 3, 2);
        Assert.True(answer.Exact);
        Assert.Equal(3, answer.Upper);
        Assert.True(answer.Decoder.Verify(s.Vectors));
        Assert.NotNull(MinWidthDecoders.TryWidth(s.Vectors, 3, 2, 3));
    }

    [Fact]
    public void A_three_bit_code_set_without_one_layer_decoder_needs_width_four()
    {
        // Width 3 = d is ruled out by the reduction to E1; width 4 is found and verified.
        var s = Set("1101", "1111", "1000", "0100", "0110", "0011", "0010", "1011");
        Assert.Null(OneLayerDecoders.Find(s.Vectors, 4, 3));
        var answer = MinWidthDecoders.Solve(s.Vectors, 4, 3);
        Assert.True(answer.Exact);
        Assert.Equal(4, answer.Upper);
        Assert.True(answer.Decoder.Verify(s.Vectors));
    }

    [Fact]
    public void Thermometer_decoder_is_perfect_on_any_set()
    {
        var random = new Random(5);
        var vectors = Enumerable.Range(0, 64).Select(_ => (ulong)random.NextInt64(1L << 10)).Distinct().Take(11).ToArray();
        var decoder = ThermometerDecoder.Build(vectors, 10, 4);
        Assert.True(decoder.Verify(vectors));
        Assert.Equal(10, decoder.Width);
    }

    [Fact]
    public void Fewer_vectors_than_codes_use_unused_codes_as_free_points()
    {
        var s = Set("0110", "1011", "0001");
        var decoder = OneLayerDecoders.Find(s.Vectors, 4, 2);
        Assert.NotNull(decoder);
        Assert.True(decoder.Verify(s.Vectors));
    }

    [Theory]
    [InlineData(new[] { "01", "0" }, "set[1]")]
    [InlineData(new[] { "01", "01" }, "set[1]")]
    [InlineData(new[] { "01", "0x" }, "set[1]")]
    public void Bad_vectors_name_the_field(string[] texts, string field)
    {
        var error = Assert.Throws<Expressivity.Domain.Sweeps.SpecException>(() => VectorSet.Parse(texts));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void E1_for_d2_D3_finds_exactly_two_sets_without_a_decoder()
    {
        var (sets, good) = PlainEnumeration.CountOneLayer(2, 3);
        Assert.Equal(70, sets);
        Assert.Equal(2, sets - good);
    }
}
