using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Beleidsdag.LoadTest;

/// <summary>What /proc says about the server at one moment.</summary>
public sealed record ServerSample(TimeSpan CpuTime, long RssKb, int Threads, long TakenAt, TimeSpan GeneratorCpu, TimeSpan OthersCpu, IReadOnlyDictionary<string, ThreadUse> ByThread)
{
    /// <summary>
    /// CPU used by other processes on the machine in between, in % of one core: above a few % the run shared
    /// its two cores with something else and its figures are suspect.
    /// </summary>
    public static double OtherCpuPct(ServerSample from, ServerSample to) =>
        (to.OthersCpu - from.OthersCpu).TotalMilliseconds / WallMs(from, to) * 100;

    public static double GeneratorCpuMs(ServerSample from, ServerSample to) => (to.GeneratorCpu - from.GeneratorCpu).TotalMilliseconds;

    /// <summary>
    /// utime + stime + cutime + cstime of every process but the two given, from /proc/&lt;pid&gt;/stat (USER_HZ =
    /// 100 ticks a second). The per-process figures, not /proc/stat's per-core ticks, which undercount in a VM.
    /// </summary>
    public static TimeSpan ReadOthersCpu(int serverPid, int generatorPid)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == serverPid || pid == generatorPid)
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "pid (comm) ": state is field 3, so utime..cstime (fields 14–17) are at 11..14.
                for (var i = 11; i <= 14; i++)
                {
                    ticks += long.Parse(fields[i], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // The process ended while we looked.
            }
        }

        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public static double CpuMs(ServerSample from, ServerSample to) => (to.CpuTime - from.CpuTime).TotalMilliseconds;

    public static double WallMs(ServerSample from, ServerSample to) => Stopwatch.GetElapsedTime(from.TakenAt, to.TakenAt).TotalMilliseconds;
}

/// <summary>
/// The built server as a child process: <c>dotnet Beleidsdag.Web.dll --urls http://127.0.0.1:0</c> in the
/// dll's folder, a fresh temporary data folder and a random facilitator password. The address comes from
/// its "Now listening on:" line. Disposing kills it and removes the data folder.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 60;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter _log;
    private readonly bool _echo;
    private int _disposed;

    private ServerProcess(Process process, string dataFolder, string password, TextWriter log, bool echo)
    {
        _process = process;
        DataFolder = dataFolder;
        Password = password;
        _log = log;
        _echo = echo;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public string DataFolder { get; }

    public string Password { get; }

    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(
        string dllPath,
        IReadOnlyDictionary<string, string> environment,
        TextWriter log,
        bool echo,
        CancellationToken cancellation)
    {
        var dataFolder = Directory.CreateTempSubdirectory("beleidsdag-load-").FullName;
        var password = "load-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Beleidsdag__DataFolder"] = dataFolder;
        start.Environment["Beleidsdag__FacilitatorPassword"] = password;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(process, dataFolder, password, log, echo);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server._address.TrySetException(
            new InvalidOperationException($"The server stopped before it listened (exit code {SafeExitCode(process)}).{Environment.NewLine}{server.LastLines()}"));
        AppDomain.CurrentDomain.ProcessExit += server.KillOnExit;
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            server.BaseUrl = await server._address.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellation);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>CPU time (utime + stime of /proc/&lt;pid&gt;/stat) and VmRSS / Threads of /proc/&lt;pid&gt;/status.</summary>
    public ServerSample Sample()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The server stopped (exit code {SafeExitCode(_process)}). Its last lines:{Environment.NewLine}{LastLines()}");
        }

        _process.Refresh();
        // Process.TotalProcessorTime reads utime + stime from /proc/<pid>/stat and converts clock ticks.
        var cpu = _process.TotalProcessorTime;
        long rss = 0;
        var threads = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
            {
                threads = int.Parse(line["Threads:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        using var self = Process.GetCurrentProcess();
        return new ServerSample(cpu, rss, threads, Stopwatch.GetTimestamp(), self.TotalProcessorTime, ServerSample.ReadOthersCpu(_process.Id, self.Id), ThreadUse.Read(_process.Id));
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The server's CPU time only (utime + stime), cheap enough to read every few hundred ms.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join(Environment.NewLine, _lastLines);
        }
    }

    /// <summary>
    /// The GC mode the server runs with: its runtimeconfig.json, overridden by DOTNET_gcServer /
    /// DOTNET_GCgen0size-style variables given to the child (the benchmark passes none unless asked).
    /// </summary>
    public static string DescribeGcMode(string dllPath, IReadOnlyDictionary<string, string> environment)
    {
        var runtimeConfig = Path.ChangeExtension(dllPath, ".runtimeconfig.json");
        bool? server = null;
        bool? concurrent = null;
        string? dynamicAdaptation = null;
        if (File.Exists(runtimeConfig)
            && JsonNode.Parse(File.ReadAllText(runtimeConfig))?["runtimeOptions"]?["configProperties"] is JsonObject properties)
        {
            server = properties["System.GC.Server"]?.GetValue<bool>();
            concurrent = properties["System.GC.Concurrent"]?.GetValue<bool>();
            dynamicAdaptation = properties["System.GC.DynamicAdaptationMode"]?.ToString();
        }

        var source = "runtimeconfig.json";
        var gcServer = environment.GetValueOrDefault("DOTNET_gcServer") ?? Environment.GetEnvironmentVariable("DOTNET_gcServer");
        if (gcServer is not null)
        {
            server = gcServer == "1";
            source = "DOTNET_gcServer";
        }

        var dynamicEnv = environment.GetValueOrDefault("DOTNET_GCDynamicAdaptationMode") ?? Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode");
        dynamicAdaptation = dynamicEnv ?? dynamicAdaptation;
        var mode = server == true ? "Server GC" : "Workstation GC";
        var details = new List<string> { $"from {source}" };
        details.Add(concurrent == false ? "non-concurrent" : "concurrent (background) GC");
        if (server == true)
        {
            // .NET 9+ turns DATAS (dynamic adaptation to application sizes) on for Server GC unless set to 0.
            details.Add(dynamicAdaptation == "0" ? "DATAS off" : "DATAS on (the .NET 9+ default for Server GC)");
        }

        return $"{mode} ({string.Join(", ", details)})";
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            await _log.WriteLineAsync($"# could not stop the server cleanly: {e.Message}");
        }

        _process.Dispose();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                if (Directory.Exists(DataFolder))
                {
                    Directory.Delete(DataFolder, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
            catch (UnauthorizedAccessException)
            {
                await Task.Delay(100);
            }
        }

        await _log.WriteLineAsync($"# could not remove the data folder {DataFolder}");
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }

        if (_echo)
        {
            // The runner hands in a synchronized writer (TextWriter.Synchronized).
            _log.WriteLine($"  server| {line}");
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
