namespace Expressivity.Worker;

/// <summary>Built-in settings of a worker node (overridden by appsettings, environment, flags).</summary>
public static class WorkerDefaults
{
    /// <summary>Worker role, remoting 4054, command host 9111.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["Node:Roles:0"] = "worker",
        ["Node:Port"] = "4054",
        ["CommandHost:Port"] = "9111",
    };
}
