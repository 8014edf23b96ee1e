using System.Diagnostics;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>
/// A real small disk: a tmpfs of a few MB mounted on a temporary folder, that a test can fill to the last byte
/// and free again. Mounting needs root (CI runs as root); elsewhere <see cref="TryMount"/> returns null.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    public static SmallDisk? TryMount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("beleidsdag-small-disk-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) == 0)
        {
            return new SmallDisk(path);
        }

        Directory.Delete(path);
        return null;
    }

    /// <summary>Fills the disk until the operating system says "No space left on device".</summary>
    public void Fill()
    {
        var chunk = new byte[4096];
        using var file = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                file.Write(chunk);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Free() => File.Delete(Filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int Run(string command, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
