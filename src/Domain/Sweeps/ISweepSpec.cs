using System.Text.Json.Nodes;

namespace Expressivity.Domain.Sweeps;

/// <summary>A validated sweep specification of one kind.</summary>
public interface ISweepSpec
{
    /// <summary>The kind's name, as in the spec file's <c>kind</c> field.</summary>
    string Kind { get; }

    /// <summary>
    /// The spec with every default filled in and fields in a fixed order: two files that mean the
    /// same sweep normalise to the same JSON, and therefore to the same sweep id.
    /// </summary>
    JsonObject ToNormalJson();
}
