using System.Buffers.Binary;
using System.Numerics;
using Expressivity.Actors.Checkpoints;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Checkpoints;

public sealed class CheckpointFileTests
{
    static CheckpointFileTests() => SweepCatalog.Register(SquaresKind.Instance);

    private static SweepCheckpoint Sample(string? specJson = null)
    {
        var def = SweepDefinition.Parse(specJson ?? SquaresKind.SpecJson(n: 100, units: 4));
        var units = new List<WorkUnit> { new("r0-25", 0, "0:25"), new("r25-50", 0, "25:50"), new("r50-75", 0, "50:75"), new("dfs.1.0", 0, "0110100111"), new("e", 0, "") };
        var records = new List<UnitRecord>
        {
            new("r0-25", 0, Partial.Of((Counter.Sum("ranges"), 1), (Counter.Sum("big"), BigInteger.Pow(10, 30))), new PartialDigest(new string('a', 64), 1, 3)),
            new("r25-50", 0, Partial.Of((Counter.Sum("ranges"), 2), (Counter.Max("to"), 75), (Counter.Min("neg"), -5)), null),
        };
        var state = new CoordinatorSnapshot(def.Id, def.Kind.Name, def.NormalJson, SweepPhase.Running, 2, 0, units,
            ["r0-25", "r25-50"], records.Aggregate(Partial.Empty, (t, r) => t.Merge(r.Result)), 7, null,
            records, [new StagePlan(0, units)], Partial.Empty, -1, 1);
        return new SweepCheckpoint(state,
            [new StoredPartial("r0-25", 0, [1, 2, 3]), new StoredPartial("r25-50", 0, []), new StoredPartial("r25-50", 7, [9])]);
    }

    private static byte[] Bytes(SweepCheckpoint c)
    {
        using var dir = new TempDirectory();
        var path = System.IO.Path.Combine(dir.Path, "c.ckpt");
        CheckpointFile.Write(path, c);
        return File.ReadAllBytes(path);
    }

    [Fact]
    public void Every_field_survives_a_write_and_read()
    {
        var original = Sample();
        var back = CheckpointFile.Decode(Bytes(original), "c.ckpt");

        var (o, b) = (original.State, back.State);
        Assert.Equal(o.SweepId, b.SweepId);
        Assert.Equal(o.SpecJson, b.SpecJson);
        Assert.Equal((o.Phase, o.Epoch, o.Stage, o.UnitsDoneAllStages, o.RecomputedUnits), (b.Phase, b.Epoch, b.Stage, b.UnitsDoneAllStages, b.RecomputedUnits));
        Assert.Equal(o.Total, b.Total);
        Assert.Equal(o.Completed, b.Completed);
        Assert.Equal(o.StageUnits, b.StageUnits);
        Assert.Equal(o.Records, b.Records);
        Assert.Equal(o.Plans!.Single().Units, b.Plans!.Single().Units);
        Assert.Equal(original.Pending, back.Pending);
        Assert.Equal(original.StoredPartials.Select(p => (p.UnitId, p.Bucket, Convert.ToHexString(p.Data))),
            back.StoredPartials.Select(p => (p.UnitId, p.Bucket, Convert.ToHexString(p.Data))));
    }

    [Fact]
    public void Compact_keeps_the_total_and_the_frontier_and_drops_per_unit_records()
    {
        var c = Sample();
        var compact = CheckpointFile.Decode(Bytes(c.Compact()), "c");
        Assert.Null(compact.State.Records);
        Assert.Equal(c.State.Total, compact.State.Total);
        Assert.Equal(c.Pending, compact.Pending);
        Assert.Equal(c.State.Completed, compact.State.Completed);
        Assert.All(compact.State.StageUnits.Where(u => c.State.Completed.Contains(u.Id)), u => Assert.Equal("", u.Payload));
    }

    [Fact]
    public void Every_truncation_is_refused()
    {
        var bytes = Bytes(Sample());
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<CheckpointException>(() => CheckpointFile.Decode(bytes.AsSpan(0, length), "t"));
            Assert.Matches("truncated|not a sweep checkpoint", e.Message);
        }
    }

    [Fact]
    public void Every_flipped_body_byte_is_refused_as_corrupted()
    {
        var bytes = Bytes(Sample());
        for (var i = 50; i < bytes.Length; i++)
        {
            var copy = bytes.ToArray();
            copy[i] ^= 0x10;
            var e = Assert.Throws<CheckpointException>(() => CheckpointFile.Decode(copy, "f"));
            Assert.Contains("corrupted or was edited", e.Message);
        }
    }

    [Fact]
    public void Foreign_files_other_versions_and_trailing_bytes_are_refused()
    {
        var bytes = Bytes(Sample());
        Assert.Contains("not a sweep checkpoint", Assert.Throws<CheckpointException>(() => CheckpointFile.Decode("{\"kind\":\"x\"}"u8, "j")).Message);
        var other = bytes.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(other.AsSpan(8), 2);
        Assert.Contains("format version 2", Assert.Throws<CheckpointException>(() => CheckpointFile.Decode(other, "v")).Message);
        Assert.Contains("unexpected bytes", Assert.Throws<CheckpointException>(() => CheckpointFile.Decode([.. bytes, 0], "x")).Message);
    }

    [Fact]
    public void An_edit_with_a_recomputed_checksum_is_still_refused_when_the_content_disagrees()
    {
        // Spec of another sweep under the original id: the checksum is right, the spec hash is not.
        var edited = Sample() is var c ? c with { State = c.State with { SpecJson = SweepDefinition.Parse(SquaresKind.SpecJson(n: 101, units: 4)).NormalJson } } : null!;
        var e = Assert.Throws<CheckpointException>(() => CheckpointFile.Decode(Bytes(edited), "e"));
        Assert.Contains("hashes to sweep", e.Message);
        var twice = Sample() is var d ? d with { State = d.State with { Completed = ["r0-25", "r0-25"] } } : null!;
        Assert.Contains("appears twice", Assert.Throws<CheckpointException>(() => CheckpointFile.Decode(Bytes(twice), "d")).Message);
    }
}
