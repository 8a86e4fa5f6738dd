using Expressivity.Commands.Wire.Shell;
using Expressivity.Domain.Sweeps;
using Expressivity.Worker;

// The worker host: the verbs are in WorkerCommandLine (worker --help lists them).
try
{
    return await CommandLineShell.Invoke(WorkerCommandLine.Build(args), args);
}
catch (Exception e) when (e is ArgumentException or SpecException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
    return 1;
}
