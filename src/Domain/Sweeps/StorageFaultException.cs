namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Storage could not be read or written: names the file (or database), the operation and the cause as
/// the database and the operating system gave it. Such a fault says nothing about the work itself, so
/// workers retry it with backoff instead of counting it as a unit failure.
/// </summary>
public sealed class StorageFaultException : IOException
{
    /// <summary>Creates the fault; the message reads "storage fault: {store}: {operation} failed: {cause}".</summary>
    public StorageFaultException(string store, string operation, string cause, Exception? inner = null)
        : base($"storage fault: {store}: {operation} failed: {cause}", inner)
    {
        Store = store;
        Operation = operation;
        Cause = cause;
    }

    /// <summary>The file (with its path) or database that failed.</summary>
    public string Store { get; }

    /// <summary>What was being done (open, write, read, ...).</summary>
    public string Operation { get; }

    /// <summary>The database's and the operating system's error.</summary>
    public string Cause { get; }

    /// <summary>The first <see cref="StorageFaultException"/> in <paramref name="e"/> or its inner exceptions, or null.</summary>
    public static StorageFaultException? Find(Exception? e) => e switch
    {
        null => null,
        StorageFaultException s => s,
        AggregateException a => a.InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        _ => Find(e.InnerException),
    };
}
