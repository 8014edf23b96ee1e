using System.Diagnostics;
using static Beleidsdag.LoadTest.LoadRun;

namespace Beleidsdag.LoadTest;

/// <summary>
/// The benchmark against the reference hub (<c>--reference</c>; tests/Beleidsdag.ReferenceHub): the same
/// steps, timings and figures as the app's run — warm-up, N phones connecting, the memory reading, the idle
/// reading, one vote per phone inside the window, the screen's count, the server's CPU — without what the app
/// adds: no facilitator, no join code, no side, no rules, no rate limit. Lost votes are the acks against the
/// hub's committed count.
/// </summary>
internal sealed class ReferenceRun(LoadOptions options, TextWriter log, int seed, string serverPath, string gcMode) : IMeasuredRun
{
    private const string WarmupQuestion = "warm-up";
    private const string MeasuredQuestion = "measured";
    private static readonly string[] Options = ["helemaal-eens", "eens", "oneens", "helemaal-oneens"];

    private readonly List<ReferencePhone> _allPhones = [];
    private ScreenWatcher? _watcher;
    private int _disposed;

    public async Task<LoadResult> ExecuteAsync(ServerProcess server, CancellationToken cancellation)
    {
        var random = new Random(seed);
        Info(log, $"reference hub pid {server.Pid} listening on {server.BaseUrl}; data in {server.DataFolder}");
        _watcher = await ScreenWatcher.StartReferenceAsync(server.BaseUrl, MeasuredQuestion, cancellation);
        await WarmUpAsync(server, cancellation);
        List<ReferencePhone> phones = [];
        var connect = await RunSteps.ConnectAsync(server, options, async () =>
        {
            (phones, var seconds) = await ConnectAsync(server.BaseUrl, options.Phones, cancellation);
            return (phones.Count, seconds, seconds);
        }, log, cancellation);
        var idlePct = await RunSteps.MeasureIdleAsync(server, options.IdleSeconds, connect.Ready, log, cancellation);
        var window = await RunSteps.AnswerAsync(
            server, _watcher, "votes", () => VoteAllAsync(phones, MeasuredQuestion, TimeSpan.FromSeconds(options.WindowSeconds), random, cancellation), log, cancellation);

        var counted = phones.Count > 0 ? await phones[0].CountAsync(MeasuredQuestion, cancellation) : 0;
        var missing = Math.Max(0, window.Acked.Count - counted);
        var extra = Math.Max(0, counted - window.Acked.Count);
        Info(log, $"committed count: {counted}; vs acks: {missing} missing, {extra} extra");
        return RunSteps.Result(options, connect, idlePct, window, (counted, missing, extra), rateLimitedRetries: 0, (gcMode, serverPath, seed), log);
    }

    /// <summary>As the app's run: phones that connect, vote five times (a new key each round) and leave, so the hub's code is compiled.</summary>
    private async Task WarmUpAsync(ServerProcess server, CancellationToken cancellation)
    {
        if (options.WarmupPhones == 0)
        {
            return;
        }

        var warmStart = server.Sample();
        var (warmupPhones, _) = await ConnectAsync(server.BaseUrl, options.WarmupPhones, cancellation);
        var votes = 0;
        for (var round = 0; round < RunSteps.WarmupRounds; round++)
        {
            var outcomes = await VoteAllAsync(warmupPhones, WarmupQuestion, TimeSpan.FromSeconds(0.5), new Random(seed ^ round), cancellation);
            votes += outcomes.Count(o => o.IsAcked);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        await Task.WhenAll(warmupPhones.Select(p => p.DisposeAsync().AsTask()));
        Info(log, $"warm-up: {warmupPhones.Count} phones connected, gave {votes} votes in {RunSteps.WarmupRounds} rounds and left; server cpu {Fmt(ServerSample.CpuMs(warmStart, server.Sample()), 0)} ms");
    }

    /// <summary>Connects <paramref name="count"/> phones, <see cref="LoadOptions.ConnectConcurrency"/> at a time; returns those connected and the time until the last one was.</summary>
    private async Task<(List<ReferencePhone> Connected, double Seconds)> ConnectAsync(Uri baseUrl, int count, CancellationToken cancellation)
    {
        using var slots = new SemaphoreSlim(options.ConnectConcurrency);
        var phones = Enumerable.Range(0, count).Select(_ => new ReferencePhone()).ToList();
        lock (_allPhones)
        {
            _allPhones.AddRange(phones);
        }

        var failures = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(phones.Select(async phone =>
        {
            await slots.WaitAsync(cancellation);
            try
            {
                await phone.ConnectAsync(baseUrl, options.SkipNegotiation, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                Interlocked.Increment(ref failures);
            }
            finally
            {
                slots.Release();
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (failures > 0)
        {
            Info(log, $"{failures} phones could not connect");
        }

        return ([.. phones.Where(p => p.Ready)], seconds);
    }

    private static Task<List<AnswerOutcome>> VoteAllAsync(List<ReferencePhone> phones, string question, TimeSpan window, Random random, CancellationToken cancellation) =>
        RunSteps.SendAllAsync(
            phones,
            window,
            random,
            (_, r) => new AnswerOutcome { OptionId = Options[r.Next(Options.Length)] },
            (phone, outcome) => phone.VoteAsync(question, outcome, cancellation),
            cancellation);

    public async Task DisposeClientsAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        List<IAsyncDisposable?> clients;
        lock (_allPhones)
        {
            clients = [.. _allPhones, _watcher];
        }

        await RunSteps.CloseAllAsync(clients, log);
    }
}
