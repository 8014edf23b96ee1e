using System.Diagnostics;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Persistence;

public sealed class SecondServerTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SecondServer_OnTheSameDataFolder_ExitsWithItsMessage()
    {
        await using var running = BeleidsdagApp.Start(_data.Path);
        var start = ServerProcess.StartInfo(_data.Path);

        using var second = Process.Start(start)!;
        var stderr = second.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = second.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await second.WaitForExitAsync(timeout.Token);

        Assert.Equal(3, second.ExitCode);
        Assert.Contains("al in gebruik", await stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
