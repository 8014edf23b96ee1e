using System.Diagnostics;
using static Beleidsdag.LoadTest.LoadRun;

namespace Beleidsdag.LoadTest;

/// <summary>What the phones' connecting gave: the server before and after, and how long it took.</summary>
internal sealed record ConnectReading(ServerSample Before, ServerSample Joined, ServerSample Settled, int Ready, double ConnectSeconds, double JoinSeconds)
{
    public double KbPerPhone(int phones) => (Settled.RssKb - Before.RssKb) / (double)phones;
}

/// <summary>What the answering window gave: the server before and after, every outcome by moment, the screen's views since it opened.</summary>
internal sealed record WindowReading(ServerSample Start, ServerSample End, List<AnswerOutcome> Outcomes, IReadOnlyList<ScreenUpdate> ScreenUpdates)
{
    public List<AnswerOutcome> Acked { get; } = [.. Outcomes.Where(o => o.IsAcked)];
}

/// <summary>
/// The steps the app's run and the reference hub's run share (<see cref="LoadRun"/>, <see cref="ReferenceRun"/>),
/// with the progress lines they print, so that both measure and report in the same way.
/// </summary>
internal static class RunSteps
{
    /// <summary>Rounds in which every warm-up phone answers again, so the measured path is compiled optimised first.</summary>
    public const int WarmupRounds = 5;

    /// <summary>
    /// Reads the server, lets <paramref name="connect"/> bring the phones in (it returns how many are ready and
    /// the seconds until the last was ready and the last had joined), reads it again, waits
    /// <see cref="LoadOptions.SettleSeconds"/> and reads the memory.
    /// </summary>
    public static async Task<ConnectReading> ConnectAsync(
        ServerProcess server, LoadOptions options, Func<Task<(int Ready, double ConnectSeconds, double JoinSeconds)>> connect, TextWriter log, CancellationToken cancellation)
    {
        await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.SettleSeconds)), cancellation);
        var before = server.Sample();
        Info(log, $"before phones: rss {before.RssKb} kB, cpu {Fmt(before.CpuTime.TotalMilliseconds, 0)} ms, {before.Threads} threads");
        var (ready, connectSeconds, joinSeconds) = await connect();
        var joined = server.Sample();
        Info(log, $"connect phase: server cpu {Fmt(ServerSample.CpuMs(before, joined), 0)} ms, generator cpu {Fmt(ServerSample.GeneratorCpuMs(before, joined), 0)} ms, other processes {Fmt(ServerSample.OtherCpuPct(before, joined))} % of a core");
        Info(log, $"{ready}/{options.Phones} phones ready: joined in {Fmt(joinSeconds, 2)} s, ready in {Fmt(connectSeconds, 2)} s");
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellation);
        var reading = new ConnectReading(before, joined, server.Sample(), ready, connectSeconds, joinSeconds);
        var settled = reading.Settled;
        Info(log, $"after connect (+{Fmt(options.SettleSeconds)} s settle): rss {settled.RssKb} kB (+{settled.RssKb - before.RssKb} kB = {Fmt(reading.KbPerPhone(options.Phones))} kB/phone), {settled.Threads} threads, generator rss {Environment.WorkingSet / 1024} kB");
        return reading;
    }

    /// <summary>
    /// The answering window: reads the server, runs <paramref name="sendAll"/> (every phone's one answer), waits
    /// until the screen shows every acked one (5 s at most) and reads the server again; prints the CPU per
    /// slice of the window, the answering line and the server's threads.
    /// </summary>
    public static async Task<WindowReading> AnswerAsync(
        ServerProcess server, ScreenWatcher screen, string noun, Func<Task<List<AnswerOutcome>>> sendAll, TextWriter log, CancellationToken cancellation)
    {
        using var stopTimeline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var start = server.Sample();
        var timeline = CpuTimelineAsync(server, stopTimeline.Token);
        var outcomes = await sendAll();
        var acked = outcomes.Count(o => o.IsAcked);
        var screenCaughtUp = await screen.WaitForCountAsync(acked, TimeSpan.FromSeconds(5), cancellation);
        var end = server.Sample();
        await stopTimeline.CancelAsync();
        Info(log, $"cpu per {TimelineSlice.TotalMilliseconds:F0} ms of the window, % of one core, server/generator: {await timeline}");
        var cpuMs = ServerSample.CpuMs(start, end);
        var wallMs = ServerSample.WallMs(start, end);
        Info(log, $"answering: {acked} {noun} acked of {outcomes.Count} sent; server cpu {Fmt(cpuMs, 0)} ms in {Fmt(wallMs / 1000, 2)} s ({Fmt(cpuMs / wallMs * 100)} % of one core; {Fmt(cpuMs / Math.Max(1, outcomes.Count), 3)} ms per call sent; generator {Fmt(ServerSample.GeneratorCpuMs(start, end), 0)} ms; other processes {Fmt(ServerSample.OtherCpuPct(start, end))} % of a core); rss {end.RssKb} kB; screen caught up: {screenCaughtUp}");
        Info(log, $"server threads while answering (cpu ms, context switches per call sent): {ThreadUse.Describe(start.ByThread, end.ByThread, outcomes.Count)}");
        if (outcomes.Count - acked is > 0 and var failed)
        {
            var failures = outcomes.Where(o => !o.IsAcked).GroupBy(o => o.Failure ?? "no ack").Select(g => $"{g.Count()}× {g.Key}");
            Info(log, $"{failed} {noun} without an ok ack: {string.Join("; ", failures)}");
        }

        return new WindowReading(start, end, outcomes, [.. screen.Updates.Where(u => u.ReceivedAt >= start.TakenAt)]);
    }

    /// <summary>The figures of a run (<see cref="LoadResult"/>), and its latency line.</summary>
    public static LoadResult Result(
        LoadOptions options, ConnectReading connect, double? idlePct, WindowReading window, (int Count, int AckedNotCounted, int CountedNotAcked) counted,
        int rateLimitedRetries, (string GcMode, string ServerPath, int Seed) run, TextWriter log)
    {
        var acked = window.Acked;
        var ackMs = acked.Select(o => Stopwatch.GetElapsedTime(o.SentAt, o.AckedAt).TotalMilliseconds).Order().ToList();
        var seen = SeenLatencies([.. acked.Select(o => o.SentAt)], window.ScreenUpdates);
        var seenMs = seen.Where(double.IsFinite).Order().ToList();
        var cpuMs = ServerSample.CpuMs(window.Start, window.End);
        var result = new LoadResult
        {
            Scenario = options.Scenario,
            Phones = options.Phones,
            WindowSeconds = options.WindowSeconds,
            Ready = connect.Ready,
            Acked = acked.Count,
            AckedNotCounted = counted.AckedNotCounted,
            CountedNotAcked = counted.CountedNotAcked,
            TallyRespondents = counted.Count,
            Failed = options.Phones - acked.Count,
            RateLimitedRetries = rateLimitedRetries,
            AckP50Ms = Percentile(ackMs, 50),
            AckP99Ms = Percentile(ackMs, 99),
            AckMaxMs = ackMs.Count > 0 ? ackMs[^1] : double.NaN,
            SeenP50Ms = Percentile(seenMs, 50),
            SeenP99Ms = seenMs.Count == seen.Length ? Percentile(seenMs, 99) : double.PositiveInfinity,
            SeenMaxMs = seenMs.Count == seen.Length && seenMs.Count > 0 ? seenMs[^1] : double.PositiveInfinity,
            Unseen = seen.Length - seenMs.Count,
            ScreenUpdates = window.ScreenUpdates.Count,
            ConnectSeconds = connect.ConnectSeconds,
            JoinSeconds = connect.JoinSeconds,
            RssBeforeKb = connect.Before.RssKb,
            RssConnectedKb = connect.Settled.RssKb,
            RssAfterAnswersKb = window.End.RssKb,
            ServerKbPerPhone = connect.KbPerPhone(options.Phones),
            AnsweringCpuMs = cpuMs,
            AnsweringWallMs = ServerSample.WallMs(window.Start, window.End),
            ServerCpuMsPerAnswer = acked.Count > 0 ? cpuMs / acked.Count : double.NaN,
            IdleCpuPctOfOneCore = idlePct,
            OtherCpuPctConnecting = ServerSample.OtherCpuPct(connect.Before, connect.Joined),
            OtherCpuPctAnswering = ServerSample.OtherCpuPct(window.Start, window.End),
            GcMode = run.GcMode,
            ServerPath = run.ServerPath,
            Seed = run.Seed,
        };
        Info(log, $"ack ms p50 {Fmt(result.AckP50Ms)} p99 {Fmt(result.AckP99Ms)} max {Fmt(result.AckMaxMs)}; seen ms p50 {Fmt(result.SeenP50Ms)} p99 {Fmt(result.SeenP99Ms)} max {Fmt(result.SeenMaxMs)} over {result.ScreenUpdates} screen views, {result.Unseen} never seen; {result.RateLimitedRetries} rate-limited resends");
        return result;
    }

    private static readonly TimeSpan TimelineSlice = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The server's and the generator's CPU per <see cref="TimelineSlice"/> until cancelled, as
    /// "s/g s/g …": shows whether a burst inside the window saturated the server or the generator.
    /// </summary>
    private static async Task<string> CpuTimelineAsync(ServerProcess server, CancellationToken stop)
    {
        var slices = new List<string>();
        using var self = Process.GetCurrentProcess();
        var last = (At: Stopwatch.GetTimestamp(), Server: server.CpuTime(), Generator: self.TotalProcessorTime);
        using var timer = new PeriodicTimer(TimelineSlice);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                self.Refresh();
                var now = (At: Stopwatch.GetTimestamp(), Server: server.CpuTime(), Generator: self.TotalProcessorTime);
                var wall = Stopwatch.GetElapsedTime(last.At, now.At).TotalMilliseconds;
                slices.Add($"{Fmt((now.Server - last.Server).TotalMilliseconds / wall * 100, 0)}/{Fmt((now.Generator - last.Generator).TotalMilliseconds / wall * 100, 0)}");
                last = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The window and the screen's catching up are over.
        }

        return string.Join(" ", slices);
    }

    /// <summary>
    /// With <paramref name="seconds"/> above 0: the server's CPU while all phones are connected and idle, in %
    /// of one core (printed); otherwise null.
    /// </summary>
    internal static async Task<double?> MeasureIdleAsync(ServerProcess server, double seconds, int phones, TextWriter log, CancellationToken cancellation)
    {
        if (seconds <= 0)
        {
            return null;
        }

        var idleStart = server.Sample();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellation);
        var idleEnd = server.Sample();
        var idlePct = ServerSample.CpuMs(idleStart, idleEnd) / ServerSample.WallMs(idleStart, idleEnd) * 100;
        Info(log, $"idle: {Fmt(ServerSample.CpuMs(idleStart, idleEnd), 0)} ms cpu in {Fmt(ServerSample.WallMs(idleStart, idleEnd) / 1000, 2)} s with {phones} phones connected = {Fmt(idlePct, 2)} % of one core (target <= 3 %); other processes {Fmt(ServerSample.OtherCpuPct(idleStart, idleEnd))} % of a core");
        return idlePct;
    }

    /// <summary>Closes the simulated clients together (nulls skipped); what has not closed within 30 s is logged and left.</summary>
    internal static async Task CloseAllAsync(IEnumerable<IAsyncDisposable?> clients, TextWriter log)
    {
        var closing = clients.OfType<IAsyncDisposable>().Select(c => c.DisposeAsync().AsTask()).ToList();
        try
        {
            await Task.WhenAll(closing).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
        {
            Info(log, $"closing the clients: {e.Message}");
        }
    }

    /// <summary>Every phone sends once, at its own random moment inside the window; returns the outcomes by moment.</summary>
    internal static async Task<List<AnswerOutcome>> SendAllAsync<TPhone>(
        IEnumerable<TPhone> phones,
        TimeSpan window,
        Random random,
        Func<TPhone, Random, AnswerOutcome> draft,
        Func<TPhone, AnswerOutcome, Task> send,
        CancellationToken cancellation)
    {
        var plan = phones
            .Select(p => (Phone: p, At: window * random.NextDouble(), Outcome: draft(p, random)))
            .OrderBy(x => x.At)
            .ToList();
        var tasks = new List<Task>(plan.Count);
        var start = Stopwatch.GetTimestamp();
        foreach (var (phone, at, outcome) in plan)
        {
            var wait = at - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellation);
            }

            tasks.Add(send(phone, outcome));
        }

        await Task.WhenAll(tasks);
        return [.. plan.Select(x => x.Outcome)];
    }
}
