using System.Text.Json.Nodes;
using Expressivity.Domain.Autoencoders;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Autoencoders;

public class ConstructionTests
{
    private static JsonObject Run(string json) => LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;

    [Fact]
    public void Theorem5_decoder_for_16_vectors_of_4_bits_has_width_9_and_is_perfect()
    {
        var vectors = RandomSets.Draw(7, 0, 16, 4);
        var decoder = Theorem5Decoder.Build(vectors, 4);
        // L = 8, K = 2: width max(K + L − 1, K·D) = max(9, 8) = 9, the least over L = 1, 2, 4, 8, 16.
        Assert.Equal((2, 8, 9, 3), (decoder.Groups, decoder.GroupSize, decoder.Width, decoder.Network.Depth));
        Assert.True(decoder.AsDecoder(16).Verify(vectors));
    }

    [Fact]
    public void Theorem5_decoder_is_perfect_for_every_small_shape()
    {
        for (var n = 2; n <= 40; n++)
        {
            for (var bits = 1; bits <= 7; bits++)
            {
                if (n > 1 << bits) continue;
                var vectors = RandomSets.Draw(n, bits, n, bits);
                var decoder = Theorem5Decoder.Build(vectors, bits);
                Assert.True(decoder.AsDecoder(n).Verify(vectors), $"n = {n}, D = {bits}");
                Assert.Equal(Enumerable.Range(0, Theorem5Decoder.CodeBitsFor(n) + 1).Min(a => Theorem5Decoder.WidthFor(n, bits, a)), decoder.Width);
            }
        }
    }

    [Fact]
    public void Theorem5_decoder_for_every_fixed_group_size_is_perfect()
    {
        var vectors = RandomSets.Draw(3, 1, 23, 6);
        for (var a = 0; a <= 5; a++)
        {
            var decoder = Theorem5Decoder.Build(vectors, 6, 5, a);
            Assert.True(decoder.AsDecoder(23).Verify(vectors), $"L = 2^{a}");
            Assert.Equal(Theorem5Decoder.WidthFor(23, 6, a), decoder.Width);
        }
    }

    [Fact]
    public void Approximate_decoder_on_all_eight_patterns_misses_one_bit_exactly_at_the_bound()
    {
        // Every pattern once: the least frequent (ties to 000) is masked onto 011, so 000 alone decodes
        // wrongly, by one bit: average 1/8 = D/24 for D = 3.
        var vectors = Enumerable.Range(0, 8).Select(p => (ulong)p).ToArray();
        var result = ApproximateDecoder.Build(vectors, 3);
        Assert.Equal((1L, 1L), (result.ErrorBits, result.WrongVectors));
        Assert.True(result.WithinBound);
        Assert.True(result.WithinBlockBound);
        Assert.Equal(0UL, vectors[0]);
        Assert.Equal(1UL, result.Decoder.Decode(0));
    }

    [Theory]
    [InlineData(64, 12)]
    [InlineData(100, 13)]
    [InlineData(40, 9)]
    public void Approximate_decoder_stays_within_D_over_24(int n, int bits)
    {
        for (var seed = 0; seed < 5; seed++)
        {
            var vectors = RandomSets.Draw(seed, n, n, bits);
            var result = ApproximateDecoder.Build(vectors, bits);
            Assert.True(result.WithinBound, $"seed {seed}: {result.ErrorBits} error bits");
            Assert.True(result.WithinBlockBound);
            var recount = vectors.Select((x, i) => System.Numerics.BitOperations.PopCount(x ^ result.Decoder.Decode(i))).Sum();
            Assert.Equal(result.ErrorBits, recount);
        }
    }

    [Fact]
    public void Theorem5_through_the_kind_reports_shape_and_verification()
    {
        var result = Run("""{"kind":"autoencoder-search","construction":"theorem5","vectors":32,"vectorBits":8,"sample":{"sets":3,"seed":1}}""");
        Assert.Equal("3", (string)result["sets"]!);
        Assert.Equal("3", (string)result["perfect"]!);
        Assert.Equal("96", (string)result["checkedVectors"]!);
        Assert.Equal(17, (long)result["width"]!);
        Assert.Equal((2, 16), ((long)result["groups"]!, (long)result["groupSize"]!));
        Assert.Equal(16.0, (double)result["sqrtND"]!);
    }

    [Fact]
    public void Approximate_through_the_kind_reports_exact_error()
    {
        var result = Run("""{"kind":"autoencoder-search","construction":"approximate","vectors":64,"vectorBits":12,"sample":{"sets":4,"seed":2}}""");
        Assert.Equal("4", (string)result["withinBound"]!);
        Assert.Equal("1/2", (string)result["averageErrorBound"]!);
        var expected = Enumerable.Range(0, 4).Sum(i => ApproximateDecoder.Build(RandomSets.Draw(2, i, 64, 12), 12).ErrorBits);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)result["errorBits"]!);
    }

    [Theory]
    [InlineData("""{"kind":"autoencoder-search","construction":"best","vectors":8,"vectorBits":4,"sample":{"sets":1,"seed":0}}""", "construction")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":2048,"vectorBits":20,"sample":{"sets":1,"seed":0}}""", "vectors")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":9,"vectorBits":3,"sample":{"sets":1,"seed":0}}""", "vectors")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":8,"vectorBits":65,"sample":{"sets":1,"seed":0}}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","construction":"approximate","vectors":4,"vectorBits":2,"sample":{"sets":1,"seed":0}}""", "vectorBits")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":8,"vectorBits":4}""", "sample")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":8,"vectorBits":4,"sample":{"sets":20000,"seed":0}}""", "sample.sets")]
    [InlineData("""{"kind":"autoencoder-search","construction":"theorem5","vectors":8,"vectorBits":4,"codeBits":3,"sample":{"sets":1,"seed":0}}""", "codeBits")]
    public void Bad_construction_specs_name_the_field(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }
}

public class CodePlusOneTests
{
    [Fact]
    public void D4_sets_with_a_code_plus_one_decoder_have_width_exactly_5()
    {
        // Seeded 16-vector sets of 6 bits: E1 fails, and the code bits plus one unit decode them.
        var exact = 0;
        for (var i = 0; i < 2; i++)
        {
            var vectors = RandomSets.Draw(1, i, 16, 6);
            var answer = MinWidthDecoders.Solve(vectors, 6, 4);
            Assert.True(answer.Decoder.Verify(vectors));
            Assert.Equal(5, answer.Lower);
            if (answer.Exact) exact++;
            if (answer.Exact) Assert.Equal(5, answer.Decoder.Width);
        }

        Assert.Equal(2, exact);
    }
}
