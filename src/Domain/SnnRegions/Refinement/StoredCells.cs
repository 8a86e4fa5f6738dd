using System.Globalization;
using System.IO.Compression;
using System.Text;
using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// The final cells one unit found, as a blob for the partial store: the later merge stage reads every
/// unit's cells back instead of refining the network again. One line per cell, tab-separated: the causal
/// pattern codes, the output map (<see cref="OutputMaps.Key"/>'s text) and the cell's exact geometry
/// ("O" point, "I lo hi" interval, "G x,y;x,y;…" polygon, "P g,…|h|s;… w,…" polytope and witness, "V …" the same for a vertex cell, rebuilt by clipping); gzip.
/// </summary>
public static class StoredCells
{
    /// <summary>The blob of <paramref name="regions"/>.</summary>
    public static byte[] Encode(IEnumerable<RefinedRegion> regions)
    {
        var text = new StringBuilder();
        foreach (var r in regions)
        {
            text.Append(string.Join(",", r.Patterns.Select(p => p.Code.ToString(CultureInfo.InvariantCulture)))).Append('\t')
                .Append(OutputMaps.Key(r.Outputs)).Append('\t')
                .Append(Geometry(r.Cell)).Append('\n');
        }

        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return buffer.ToArray();
    }

    /// <summary>The cells of a blob; <paramref name="inputs"/> and <paramref name="width"/> (the box's) rebuild LP cells' finder.</summary>
    public static IReadOnlyList<RefinedRegion> Decode(byte[] blob, int inputs, BigRational width)
    {
        using var zip = new GZipStream(new MemoryStream(blob), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        var finder = new InteriorFinder(Math.Max(inputs - 1, 1), -width, width);
        var regions = new List<RefinedRegion>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3) throw new InvalidDataException($"stored cell line has {fields.Length} fields, not 3");
            var patterns = fields[0].Split(',').Select(c => new CausalPattern(ulong.Parse(c, CultureInfo.InvariantCulture))).ToArray();
            var outputs = fields[1].Split(';').Select(f => f == "never" ? null : Form(f)).ToArray();
            regions.Add(new RefinedRegion(Cell(fields[2], finder, inputs, width), patterns, outputs));
        }

        return regions;
    }

    private static string Geometry(IRegionCell cell) => cell switch
    {
        PointCell => "O",
        IntervalCell i => $"I {i.Lo} {i.Hi}",
        PolygonCell g => "G " + string.Join(";", g.Vertices.Select(v => $"{v.X},{v.Y}")),
        // Vertex cells are stored by their facets and rebuilt from the quotient by exact clipping (no LP).
        VertexCell v => "V " + Facets(v) + " " + string.Join(",", v.Witness),
        IConstraintCell p => "P " + Facets(p) + " " + string.Join(",", cell.Witness),
        _ => throw new ArgumentException($"no stored form for {cell.GetType().Name}"),
    };

    private static IRegionCell Cell(string text, InteriorFinder finder, int inputs, BigRational width)
    {
        var parts = text.Split(' ');
        switch (parts[0])
        {
            case "O":
                return PointCell.Instance;
            case "I":
                return new IntervalCell(BigRational.Parse(parts[1]), BigRational.Parse(parts[2]));
            case "G":
                return new PolygonCell(parts[1].Split(';').Select(v => v.Split(',')).Select(v => (BigRational.Parse(v[0]), BigRational.Parse(v[1]))).ToArray());
            case "V":
                var rebuilt = Constraints(parts[1]).Aggregate(QuotientSpace.Cell(inputs, width), (c, q) => c.Clip(q)
                    ?? throw new InvalidDataException("a stored vertex cell has no interior"));
                return ((VertexCell)rebuilt).WithWitness(Numbers(parts[2]));
            case "P":
                return new PolytopeCell(finder, Constraints(parts[1]), Numbers(parts[2]));
            default:
                throw new InvalidDataException($"unknown stored cell kind '{parts[0]}'");
        }
    }

    private static string Facets(IConstraintCell cell) =>
        string.Join(";", cell.Constraints.Select(q => $"{string.Join(",", q.G)}|{q.H}|{(q.IsStrict ? 1 : 0)}"));

    private static LinearInequality[] Constraints(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(q => q.Split('|'))
            .Select(q => LinearInequality.Of(new AffineForm(Numbers(q[0]), -BigRational.Parse(q[1])), strict: q[2] == "1"))
            .ToArray();

    /// <summary>"c1,c2|k" back to c·x + k (no coefficients in the quotient of a one-input network).</summary>
    private static AffineForm Form(string text)
    {
        var bar = text.IndexOf('|');
        return new AffineForm(Numbers(text[..bar]), BigRational.Parse(text[(bar + 1)..]));
    }

    private static BigRational[] Numbers(string text) =>
        text.Length == 0 ? [] : text.Split(',').Select(BigRational.Parse).ToArray();
}
