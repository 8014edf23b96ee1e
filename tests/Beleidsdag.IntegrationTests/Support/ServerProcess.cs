using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>
/// The built app in a process of its own (never `dotnet run`: no nested restore and build), for tests
/// that kill it or start a second one. Reads the address from the "Now listening on" line.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static ProcessStartInfo StartInfo(string dataFolder, params string[] arguments) => StartInfo(dataFolder, 0, arguments);

    /// <summary><paramref name="port"/> 0 picks a free one; a fixed port lets a browser find the server again after a restart.</summary>
    public static ProcessStartInfo StartInfo(string dataFolder, int port, params string[] arguments)
    {
        var appDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appDll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["Beleidsdag__DataFolder"] = dataFolder,
                ["Beleidsdag__FacilitatorPassword"] = BeleidsdagApp.Password,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // Every test phone comes from 127.0.0.1 (CrashTests joins 30).
                ["Beleidsdag__NewParticipantsPerMinutePerAddress"] = "0",
            },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public static Task<ServerProcess> StartAsync(string dataFolder, params string[] arguments) => StartAsync(dataFolder, 0, arguments);

    public static async Task<ServerProcess> StartAsync(string dataFolder, int port, params string[] arguments)
    {
        var process = Process.Start(StartInfo(dataFolder, port, arguments))!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new ServerProcess(process, url);
    }

    /// <summary>kill -9: no shutdown, no final checkpoint, no flushing of anything.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
