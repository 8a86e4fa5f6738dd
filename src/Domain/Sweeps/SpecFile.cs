using System.Text;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Reads a spec file defensively: only a regular file of 1 byte .. <see cref="MaxBytes"/>, read with a
/// cap so a file that grows while read cannot exhaust memory. Directories, symbolic-link loops, FIFOs
/// and devices (which report length 0 and would block or never end), unreadable and oversized files are
/// refused as a <see cref="SpecException"/> on <c>$</c> naming the path, before anything is parsed.
/// </summary>
public static class SpecFile
{
    /// <summary>The largest spec file read (specs are a few hundred bytes; a network list stays far below).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The text of the spec file at <paramref name="path"/>.</summary>
    public static string Read(string path)
    {
        if (Directory.Exists(path)) throw Refuse(path, "is a directory, not a spec file");
        try
        {
            // Throws on a loop; a dangling link shows up as a missing file below.
            File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Refuse(path, "does not exist");
        }
        catch (IOException e)
        {
            throw Refuse(path, $"cannot be resolved ({e.Message})");
        }

        var info = new FileInfo(path);
        if (!info.Exists) throw Refuse(path, "does not exist");
        // FIFOs, devices and /proc files report length 0; so does an empty file, which is no spec either.
        if (info.Length == 0) throw Refuse(path, "is empty or not a regular file (a FIFO, a device)");
        if (info.Length > MaxBytes) throw Refuse(path, $"is {info.Length} bytes; a spec file may have at most {MaxBytes}");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[MaxBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
            if (total > MaxBytes) throw Refuse(path, $"grew beyond {MaxBytes} bytes while being read");
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, total);
        }
        catch (UnauthorizedAccessException)
        {
            throw Refuse(path, "cannot be read: permission denied");
        }
        catch (DecoderFallbackException)
        {
            throw Refuse(path, "is not UTF-8 text");
        }
        catch (IOException e)
        {
            throw Refuse(path, $"cannot be read ({e.Message})");
        }
    }

    private static SpecException Refuse(string path, string problem) => new("$", $"spec file '{path}' {problem}");
}
