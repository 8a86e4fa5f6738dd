using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>Every registered kind follows the template: its folder holds the template's files and it has a contract test.</summary>
public sealed class SweepKindCatalogTests
{
    /// <summary>The files of a kind folder, after the kind's prefix (docs/design/sweep-kinds.md).</summary>
    public static readonly string[] TemplateFiles = ["Kind", "Spec", "SpecParser", "Counters", "Cost", "Report"];

    private static IEnumerable<ISweepKind> ProductKinds =>
        SweepCatalog.All.Where(k => k.GetType().Assembly == typeof(ISweepKind).Assembly);

    [Fact]
    public void Every_kind_has_a_contract_test_class()
    {
        var contracts = typeof(SweepKindCatalogTests).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SweepKindContract<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToHashSet();
        var missing = ProductKinds.Select(k => k.GetType()).Where(t => !contracts.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"kinds without a SweepKindContract<T> test class: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_kind_derives_from_the_template_and_has_its_files()
    {
        var root = RepositoryRoot();
        var problems = new List<string>();
        foreach (var kind in ProductKinds)
        {
            var type = kind.GetType();
            if (!IsTemplate(type)) problems.Add($"{type.Name} does not derive from SweepKind<TSpec>");
            var folder = type.Namespace!.Split('.').Last();
            var prefix = type.Name.EndsWith("Kind", StringComparison.Ordinal) ? type.Name[..^"Kind".Length] : type.Name;
            if (type.Namespace != $"Expressivity.Domain.{folder}") problems.Add($"{type.Name} is not at the root of a folder of src/Domain ({type.Namespace})");
            foreach (var file in TemplateFiles.Select(f => Path.Combine(root, "src", "Domain", folder, prefix + f + ".cs")))
            {
                if (!File.Exists(file)) problems.Add($"{kind.Name}: missing {Path.GetRelativePath(root, file)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool IsTemplate(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SweepKind<>)) return true;
        }

        return false;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no Cluster.sln above {AppContext.BaseDirectory}");
    }
}
