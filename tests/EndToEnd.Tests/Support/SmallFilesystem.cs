using System.Diagnostics;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>
/// A tmpfs of a few MiB mounted for one test (root only), so a test can fill a disk under a running
/// process without touching the machine's real disks. Unmounted (lazily) on dispose.
/// </summary>
public sealed class SmallFilesystem : IDisposable
{
    private SmallFilesystem(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MiB at <paramref name="path"/> (created).</summary>
    public static SmallFilesystem Mount(string path, int megabytes)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=1777", "tmpfs", path);
        return new SmallFilesystem(path);
    }

    /// <summary>Writes a file until the filesystem is full (ENOSPC).</summary>
    public void Fill()
    {
        using var f = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        var block = new byte[64 * 1024];
        try
        {
            while (true) f.Write(block);
        }
        catch (IOException)
        {
            // full: the remaining bytes are less than one block; fill them one by one
        }

        try
        {
            while (true) f.WriteByte(0);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Frees what <see cref="Fill"/> took.</summary>
    public void Free() => File.Delete(Filler);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
        }
        catch (InvalidOperationException)
        {
            // already gone; nothing left to release
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: exit {p.ExitCode}: {err}");
    }
}
