using System.Diagnostics;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Where uploads are spooled before import: one temporary folder, each file named after the process that
/// wrote it, so a server starting after a kill deletes the files of dead processes and leaves those of a
/// server still running beside it (tests run several at once).
/// </summary>
internal static class UploadSpool
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "searchengine-uploads");

    public static string NewFile()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>Deletes spool files left by processes that no longer run; returns how many.</summary>
    public static int CleanStale()
    {
        if (!Directory.Exists(Folder)) return 0;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            var dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && IsRunning(pid)) continue;
            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (IOException)
            {
                // In use after all (a pid reused by another server): left for the next start.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's server: not ours to delete.
            }
        }

        return deleted;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
