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
    private const int WarmupRounds = 5;

    private readonly List<ReferencePhone> _allPhones = [];
    private ScreenWatcher? _watcher;
    private int _disposed;

    public async Task<LoadResult> ExecuteAsync(ServerProcess server, CancellationToken cancellation)
    {
        var random = new Random(seed);
        Info(log, $"reference hub pid {server.Pid} listening on {server.BaseUrl}; data in {server.DataFolder}");
        _watcher = await ScreenWatcher.StartReferenceAsync(server.BaseUrl, MeasuredQuestion, cancellation);
        await WarmUpAsync(server, cancellation);

        await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.SettleSeconds)), cancellation);
        var before = server.Sample();
        Info(log, $"before phones: rss {before.RssKb} kB, cpu {Fmt(before.CpuTime.TotalMilliseconds, 0)} ms, {before.Threads} threads");
        var (phones, connectSeconds) = await ConnectAsync(server.BaseUrl, options.Phones, cancellation);
        var joinedSample = server.Sample();
        Info(log, $"connect phase: server cpu {Fmt(ServerSample.CpuMs(before, joinedSample), 0)} ms, generator cpu {Fmt(ServerSample.GeneratorCpuMs(before, joinedSample), 0)} ms, other processes {Fmt(ServerSample.OtherCpuPct(before, joinedSample))} % of a core");
        Info(log, $"{phones.Count}/{options.Phones} phones connected in {Fmt(connectSeconds, 2)} s");
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellation);
        var connected = server.Sample();
        var kbPerPhone = (connected.RssKb - before.RssKb) / (double)options.Phones;
        Info(log, $"after connect (+{Fmt(options.SettleSeconds)} s settle): rss {connected.RssKb} kB (+{connected.RssKb - before.RssKb} kB = {Fmt(kbPerPhone)} kB/phone), {connected.Threads} threads");
        var idlePct = await MeasureIdleAsync(server, options.IdleSeconds, phones.Count, log, cancellation);

        using var stopTimeline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var answering = server.Sample();
        var timeline = CpuTimelineAsync(server, stopTimeline.Token);
        var outcomes = await VoteAllAsync(phones, MeasuredQuestion, TimeSpan.FromSeconds(options.WindowSeconds), random, cancellation);
        var acked = outcomes.Where(o => o.IsAcked).ToList();
        var screenCaughtUp = await _watcher.WaitForCountAsync(acked.Count, TimeSpan.FromSeconds(5), cancellation);
        var answered = server.Sample();
        await stopTimeline.CancelAsync();
        Info(log, $"cpu per {TimelineSlice.TotalMilliseconds:F0} ms of the window, % of one core, server/generator: {await timeline}");
        var cpuMs = ServerSample.CpuMs(answering, answered);
        var wallMs = ServerSample.WallMs(answering, answered);
        Info(log, $"answering: {acked.Count} votes acked of {outcomes.Count} sent; server cpu {Fmt(cpuMs, 0)} ms in {Fmt(wallMs / 1000, 2)} s ({Fmt(cpuMs / wallMs * 100)} % of one core; {Fmt(cpuMs / Math.Max(1, outcomes.Count), 3)} ms per call sent; generator {Fmt(ServerSample.GeneratorCpuMs(answering, answered), 0)} ms; other processes {Fmt(ServerSample.OtherCpuPct(answering, answered))} % of a core); rss {answered.RssKb} kB; screen caught up: {screenCaughtUp}");
        Info(log, $"server threads while answering (cpu ms, context switches per call sent): {ThreadUse.Describe(answering.ByThread, answered.ByThread, outcomes.Count)}");

        var counted = phones.Count > 0 ? await phones[0].CountAsync(MeasuredQuestion, cancellation) : 0;
        var missing = Math.Max(0, acked.Count - counted);
        var extra = Math.Max(0, counted - acked.Count);
        Info(log, $"committed count: {counted}; vs acks: {missing} missing, {extra} extra");
        if (outcomes.Count(o => !o.IsAcked) is > 0 and var failed)
        {
            Info(log, $"{failed} votes without an ok ack: {string.Join("; ", outcomes.Where(o => !o.IsAcked).GroupBy(o => o.Failure ?? "no ack").Select(g => $"{g.Count()}× {g.Key}"))}");
        }

        var ackMs = acked.Select(o => Stopwatch.GetElapsedTime(o.SentAt, o.AckedAt).TotalMilliseconds).Order().ToList();
        var updates = _watcher.Updates.Where(u => u.ReceivedAt >= answering.TakenAt).ToList();
        var seen = SeenLatencies([.. acked.Select(o => o.SentAt)], updates);
        var seenMs = seen.Where(double.IsFinite).Order().ToList();
        var result = new LoadResult
        {
            Scenario = options.Scenario,
            Phones = options.Phones,
            WindowSeconds = options.WindowSeconds,
            Ready = phones.Count,
            Acked = acked.Count,
            AckedNotCounted = missing,
            CountedNotAcked = extra,
            TallyRespondents = counted,
            Failed = options.Phones - acked.Count,
            RateLimitedRetries = 0,
            AckP50Ms = Percentile(ackMs, 50),
            AckP99Ms = Percentile(ackMs, 99),
            AckMaxMs = ackMs.Count > 0 ? ackMs[^1] : double.NaN,
            SeenP50Ms = Percentile(seenMs, 50),
            SeenP99Ms = seenMs.Count == seen.Length ? Percentile(seenMs, 99) : double.PositiveInfinity,
            SeenMaxMs = seenMs.Count == seen.Length && seenMs.Count > 0 ? seenMs[^1] : double.PositiveInfinity,
            Unseen = seen.Length - seenMs.Count,
            ScreenUpdates = updates.Count,
            ConnectSeconds = connectSeconds,
            JoinSeconds = connectSeconds,
            RssBeforeKb = before.RssKb,
            RssConnectedKb = connected.RssKb,
            RssAfterAnswersKb = answered.RssKb,
            ServerKbPerPhone = kbPerPhone,
            AnsweringCpuMs = cpuMs,
            AnsweringWallMs = wallMs,
            ServerCpuMsPerAnswer = acked.Count > 0 ? cpuMs / acked.Count : double.NaN,
            IdleCpuPctOfOneCore = idlePct,
            OtherCpuPctConnecting = ServerSample.OtherCpuPct(before, joinedSample),
            OtherCpuPctAnswering = ServerSample.OtherCpuPct(answering, answered),
            GcMode = gcMode,
            ServerPath = serverPath,
            Seed = seed,
        };
        Info(log, $"ack ms p50 {Fmt(result.AckP50Ms)} p99 {Fmt(result.AckP99Ms)} max {Fmt(result.AckMaxMs)}; seen ms p50 {Fmt(result.SeenP50Ms)} p99 {Fmt(result.SeenP99Ms)} max {Fmt(result.SeenMaxMs)} over {updates.Count} screen views, {result.Unseen} never seen");
        return result;
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
        for (var round = 0; round < WarmupRounds; round++)
        {
            var outcomes = await VoteAllAsync(warmupPhones, WarmupQuestion, TimeSpan.FromSeconds(0.5), new Random(seed ^ round), cancellation);
            votes += outcomes.Count(o => o.IsAcked);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        await Task.WhenAll(warmupPhones.Select(p => p.DisposeAsync().AsTask()));
        Info(log, $"warm-up: {warmupPhones.Count} phones connected, gave {votes} votes in {WarmupRounds} rounds and left; server cpu {Fmt(ServerSample.CpuMs(warmStart, server.Sample()), 0)} ms");
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
        SendAllAsync(
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

        List<Task> all;
        lock (_allPhones)
        {
            all = [.. _allPhones.Select(p => p.DisposeAsync().AsTask())];
        }

        if (_watcher is not null)
        {
            all.Add(_watcher.DisposeAsync().AsTask());
        }

        try
        {
            await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
        {
            Info(log, $"closing the clients: {e.Message}");
        }
    }
}
