using System.Diagnostics;
using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>The built server on a damaged data folder: it refuses with its own exit code and a Dutch message, never an abort.</summary>
public sealed class DamagedDatabaseStartTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task KilledServer_WithItsLogCutByOneByte_RefusesToStart_NamingTheLog()
    {
        await AnswerThenKillAsync();
        var log = Path.Combine(_data.Path, BeleidsdagDatabase.LogFileName);
        using (var file = File.OpenWrite(log))
        {
            file.SetLength(file.Length - 1);
        }

        var (exitCode, stderr) = await StartAndWaitForExitAsync();

        Assert.Equal(DatabaseDamagedException.ExitCode, exitCode);
        Assert.Contains("Beleidsdag start niet: het logbestand is ingekort", stderr, StringComparison.Ordinal);
        Assert.Contains(log, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_WithFlippedBytesInTheMainFile_RefusesToStart_InsteadOfAborting()
    {
        await AnswerThenKillAsync();
        // Opening and closing the database copies the log into the main file, as a clean stop does.
        new BeleidsdagDatabase(_data.Path).Dispose();

        var main = Path.Combine(_data.Path, BeleidsdagDatabase.FileName);
        var bytes = await File.ReadAllBytesAsync(main, TestContext.Current.CancellationToken);
        for (var i = 0; i < 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        await File.WriteAllBytesAsync(main, bytes, TestContext.Current.CancellationToken);

        var (exitCode, stderr) = await StartAndWaitForExitAsync();

        Assert.Equal(DatabaseDamagedException.ExitCode, exitCode);
        Assert.Contains("het databasebestand is beschadigd", stderr, StringComparison.Ordinal);
        Assert.Contains(main, stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private async Task AnswerThenKillAsync()
    {
        using var server = await ServerProcess.StartAsync(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(server.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        for (var i = 0; i < 5; i++)
        {
            await using var phone = await Phone.ConnectAsync(server.BaseUrl);
            await phone.JoinAsync(workshop.JoinCode);
            await phone.ChooseSideAsync("mat");
            Assert.True((await phone.AnswerAsync(question.Id, question.Options[i % 3].Id)).Ok);
        }

        server.KillHard();
    }

    private async Task<(int ExitCode, string Stderr)> StartAndWaitForExitAsync()
    {
        using var process = Process.Start(ServerProcess.StartInfo(_data.Path))!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }
}
