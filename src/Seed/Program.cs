using Expressivity.Actors.Checkpoints;
using Expressivity.Commands.Wire.Shell;
using Expressivity.Domain.Sweeps;
using Expressivity.Seed;

// The seed host: the verbs are in SeedCommandLine (seed --help lists them).
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    Console.Error.WriteLine("interrupted: progress so far is saved; run the same command to resume");
    cancel.Cancel();
};

try
{
    return await CommandLineShell.Invoke(SeedCommandLine.Build(args, cancel.Token), args);
}
catch (SpecException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (CheckpointException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (StorageFaultException.Find(e) is { } fault)
{
    // Which file, which operation, what the database and the OS said: never a bare timeout.
    Console.Error.WriteLine($"error: {fault.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
    return 1;
}
