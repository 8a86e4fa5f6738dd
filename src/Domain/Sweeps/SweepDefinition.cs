using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// A parsed, validated spec with its kind and its id. The id derives from the normalised spec, so
/// the same sweep described twice (other field order, defaults spelled out) gets the same id and a
/// rerun resumes it.
/// </summary>
public sealed record SweepDefinition(ISweepKind Kind, ISweepSpec Spec, string NormalJson, string Id)
{
    /// <summary>Parses spec text; every problem is a <see cref="SpecException"/> naming the field.</summary>
    public static SweepDefinition Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SpecException("$", $"malformed JSON: {e.Message}");
        }

        using (doc)
        {
            DuplicateKeys.Refuse(doc.RootElement);
            var root = new SpecObject(doc.RootElement);
            var kind = SweepCatalog.Get(root.String("kind"));
            var spec = kind.Parse(doc.RootElement);
            return FromSpec(kind, spec);
        }
    }

    /// <summary>Reads (<see cref="SpecFile"/>) and parses a spec file; every file problem is a <see cref="SpecException"/> on <c>$</c>.</summary>
    public static SweepDefinition Load(string path) => Parse(SpecFile.Read(path));

    /// <summary>Builds the definition of an already validated spec.</summary>
    public static SweepDefinition FromSpec(ISweepKind kind, ISweepSpec spec)
    {
        var normal = spec.ToNormalJson().ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
        return new SweepDefinition(kind, spec, normal, $"{kind.Name}-{hash[..12]}");
    }
}
