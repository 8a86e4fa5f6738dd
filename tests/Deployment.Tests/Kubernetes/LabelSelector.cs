namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>An equality-based label selector ("a=b,c=d"), the only form k8s/ uses; anything else fails the parse.</summary>
public sealed record LabelSelector(IReadOnlyDictionary<string, string> Required)
{
    /// <summary>Parses <paramref name="text"/>; throws naming a term that is not key=value.</summary>
    public static LabelSelector Parse(string text) => new(text.Split(',').Select(term =>
    {
        var parts = term.Split('=');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || term.Contains("!=", StringComparison.Ordinal))
            throw new FormatException($"'{term}' in selector '{text}' is not key=value");
        return (Key: parts[0].Trim(), Value: parts[1].Trim());
    }).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>True when every required label is on <paramref name="labels"/> with its value.</summary>
    public bool Matches(IDictionary<string, string>? labels) =>
        Required.All(r => labels is not null && labels.TryGetValue(r.Key, out var v) && v == r.Value);
}
