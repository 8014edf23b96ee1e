using System.Diagnostics;
using System.Globalization;
using Beleidsdag.LoadTest.Wire;

namespace Beleidsdag.LoadTest;

/// <summary>
/// One benchmark run (docs/performance.md): start the built server, log in as facilitator, create a
/// workshop with one question and open it, watch the screen link, connect N phones, let each answer once
/// inside the window, then check every answer against the tally and the phone's own snapshot. Callable
/// from a test; <see cref="Program"/> only parses arguments and prints.
/// </summary>
public static class LoadRun
{
    private static readonly string[] Sides = ["cbs", "mat", "anders"];
    private static readonly string[] OptionLabels = ["Helemaal eens", "Eens", "Oneens", "Helemaal oneens"];
    private static readonly string[] WarmupLabels = ["Koffie", "Thee", "Water"];
    private const int WarmupRounds = 5;

    /// <summary>The Release build of the server, found by walking up from the current directory (then from this program) to Beleidsdag.sln.</summary>
    public static string? FindDefaultServer()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Beleidsdag.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Beleidsdag.Web", "bin", "Release", "net10.0", "Beleidsdag.Web.dll");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs the benchmark. Throws <see cref="FileNotFoundException"/> when the server dll is missing (build it
    /// first: <c>dotnet build src/Beleidsdag.Web -c Release</c>); the server is stopped and its data folder
    /// removed whatever happens, cancellation included.
    /// </summary>
    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter? log = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        log = TextWriter.Synchronized(log ?? TextWriter.Null);
        var serverPath = Path.GetFullPath(options.ServerPath ?? FindDefaultServer()
            ?? throw new FileNotFoundException("No --server given and no Beleidsdag.sln above the current directory."));
        if (!File.Exists(serverPath))
        {
            throw new FileNotFoundException(
                $"The server is not built: {serverPath} is missing. Build it first: dotnet build src/Beleidsdag.Web -c Release", serverPath);
        }

        var environment = new Dictionary<string, string>(options.ServerEnvironment, StringComparer.Ordinal);
        if (options.GlobalCallsPerSecond is { } global)
        {
            environment["Beleidsdag__ParticipantCallsPerSecond"] = global.ToString(CultureInfo.InvariantCulture);
        }

        var seed = options.Seed ?? Random.Shared.Next();
        var gcMode = ServerProcess.DescribeGcMode(serverPath, environment);
        Info(log, $"server {serverPath}");
        Info(log, $"gc {gcMode}");
        Info(log, $"seed {seed}; {options.Phones} phones, window {Fmt(options.WindowSeconds)} s, {Environment.ProcessorCount} cores shared by server and generator");
        foreach (var (key, value) in environment)
        {
            Info(log, $"server env {key}={value}");
        }

        var run = new Run(options, log, seed, serverPath, gcMode);
        try
        {
            await using var server = await ServerProcess.StartAsync(serverPath, environment, log, options.EchoServerOutput, cancellation);
            try
            {
                return await run.ExecuteAsync(server, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException && !server.HasExited)
            {
                Info(log, $"the run failed while the server was still up; its last lines:{Environment.NewLine}{server.LastLines()}");
                throw;
            }
            finally
            {
                // Stop the server first: the phones' connections then close at once instead of one by one.
                await server.DisposeAsync();
                await run.DisposeClientsAsync();
            }
        }
        finally
        {
            await run.DisposeClientsAsync();
        }
    }

    private static void Info(TextWriter log, string text) => log.WriteLine($"# {text}");

    private static string Fmt(double value, int decimals = 1) => LoadResult.Number(value, decimals);

    /// <summary>Nearest-rank percentile of sorted values; NaN when there are none.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>
    /// "Answer → visible on the screen". The screen shows a count, not who answered, and the server applies
    /// an answer (in memory, under the workshop's lock) before it commits and acks it, so a screen view can
    /// count answers whose ack is still under way. The k-th answer sent is taken as visible at the first
    /// screen view that counts at least k answers and arrived after it was sent: the room cannot tell
    /// answers apart, and a count of k is the room seeing k answers. Since all k counted answers had been
    /// sent before that view was built, at least k answers were sent by then, so the k-th was sent before
    /// it: no latency comes out negative. It is exact when the server applies answers in the order they
    /// were sent (one client on loopback: nearly so). Returns latencies in ms (one per answer, NaN where
    /// no view covered it).
    /// </summary>
    internal static double[] SeenLatencies(IReadOnlyList<long> sentAt, IReadOnlyList<ScreenUpdate> updates)
    {
        var sent = sentAt.Order().ToArray();
        var views = updates.OrderBy(u => u.ReceivedAt).ToArray();
        var latencies = new double[sent.Length];
        var v = 0;
        var highest = 0;
        for (var k = 1; k <= sent.Length; k++)
        {
            var sentK = sent[k - 1];
            while (v < views.Length && (Math.Max(highest, views[v].Answered) < k || views[v].ReceivedAt < sentK))
            {
                highest = Math.Max(highest, views[v].Answered);
                v++;
            }

            latencies[k - 1] = v < views.Length ? Stopwatch.GetElapsedTime(sentK, views[v].ReceivedAt).TotalMilliseconds : double.NaN;
        }

        return latencies;
    }

    private sealed class Run(LoadOptions options, TextWriter log, int seed, string serverPath, string gcMode)
    {
        private readonly List<SimulatedPhone> _phones = [];
        private readonly List<SimulatedPhone> _allPhones = [];
        private readonly Lock _gate = new();
        private FacilitatorClient? _facilitator;
        private ScreenWatcher? _watcher;
        private bool _clientsDisposed;

        public async Task<LoadResult> ExecuteAsync(ServerProcess server, CancellationToken cancellation)
        {
            var random = new Random(seed);
            Info(log, $"server pid {server.Pid} listening on {server.BaseUrl}; data in {server.DataFolder}");

            // The facilitator: log in, create a workshop with a warm-up question and the measured
            // multiple-choice question, and forward once (that opens the first question).
            _facilitator = await FacilitatorClient.LogInAsync(server.BaseUrl, server.Password, cancellation);
            var workshop = await _facilitator.CreateWorkshopAsync(
                new WorkshopDraft("Beleidsdag belastingstest", "Zottegem", "2026-11-28",
                [
                    new QuestionDraft("Opwarmen: wat drink je het liefst?", WarmupLabels),
                    new QuestionDraft("Is de samenwerking tussen CBS en MAT vandaag goed geregeld?", OptionLabels),
                ]),
                cancellation);
            var question = await ForwardToQuestionAsync(workshop.Id, 0, cancellation);
            Info(log, $"workshop {workshop.Id} code {workshop.JoinCode}");

            // The screen link.
            _watcher = await ScreenWatcher.StartAsync(server.BaseUrl, workshop.ScreenKey, cancellation);

            if (options.WarmupPhones > 0)
            {
                // A server that has run all morning has its code compiled: warm up the join and answer paths
                // with other phones, which then leave, so that what follows measures the steady state.
                var warmup = new List<SimulatedPhone>();
                var warmStart = server.Sample();
                await ConnectPhonesAsync(warmup, options.WarmupPhones, server.BaseUrl, workshop.JoinCode, question.Id, cancellation);
                var warmAnswers = 0;
                for (var round = 0; round < WarmupRounds; round++)
                {
                    // Each round every warm-up phone changes its answer (a newer seq): the answer path runs often
                    // enough for the runtime to recompile it optimised (tiered compilation) before measuring.
                    var warmOutcomes = await AnswerAsync(warmup, question, TimeSpan.FromSeconds(0.5), new Random(seed ^ round), cancellation);
                    warmAnswers += warmOutcomes.Count(o => o.IsAcked);
                }

                await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
                await Task.WhenAll(warmup.Select(p => p.DisposeAsync().AsTask()));
                var warmEnd = server.Sample();
                Info(log, $"warm-up: {warmup.Count(p => p.Ready)} phones joined, gave {warmAnswers} answers to the warm-up question in {WarmupRounds} rounds and left; server cpu {Fmt(ServerSample.CpuMs(warmStart, warmEnd), 0)} ms");
            }

            question = await ForwardToQuestionAsync(workshop.Id, 1, cancellation);
            Info(log, $"measured question {question.Id} with {question.Options.Count} options, open");

            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.SettleSeconds)), cancellation);
            var before = server.Sample();
            Info(log, $"before phones: rss {before.RssKb} kB, cpu {Fmt(before.CpuTime.TotalMilliseconds, 0)} ms, {before.Threads} threads");

            // N phones: connect, join, choose a side.
            var (connectSeconds, joinSeconds) = await ConnectPhonesAsync(_phones, options.Phones, server.BaseUrl, workshop.JoinCode, question.Id, cancellation);
            var ready = _phones.Count(p => p.Ready);
            var joinedSample = server.Sample();
            Info(log, $"connect phase: server cpu {Fmt(ServerSample.CpuMs(before, joinedSample), 0)} ms, generator cpu {Fmt(ServerSample.GeneratorCpuMs(before, joinedSample), 0)} ms, other processes {Fmt(ServerSample.OtherCpuPct(before, joinedSample))} % of a core");
            Info(log, $"{ready}/{options.Phones} phones ready: joined in {Fmt(joinSeconds, 2)} s, joined + side chosen in {Fmt(connectSeconds, 2)} s");
            await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellation);
            var connected = server.Sample();
            var kbPerPhone = (connected.RssKb - before.RssKb) / (double)options.Phones;
            Info(log, $"after connect (+{Fmt(options.SettleSeconds)} s settle): rss {connected.RssKb} kB (+{connected.RssKb - before.RssKb} kB = {Fmt(kbPerPhone)} kB/phone), {connected.Threads} threads, generator rss {Environment.WorkingSet / 1024} kB");

            double? idlePct = null;
            if (options.IdleSeconds > 0)
            {
                var idleStart = server.Sample();
                await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), cancellation);
                var idleEnd = server.Sample();
                idlePct = ServerSample.CpuMs(idleStart, idleEnd) / ServerSample.WallMs(idleStart, idleEnd) * 100;
                Info(log, $"idle: {Fmt(ServerSample.CpuMs(idleStart, idleEnd), 0)} ms cpu in {Fmt(ServerSample.WallMs(idleStart, idleEnd) / 1000, 2)} s with {ready} phones connected = {Fmt(idlePct.Value, 2)} % of one core (target <= 3 %); other processes {Fmt(ServerSample.OtherCpuPct(idleStart, idleEnd))} % of a core");
            }

            // Every ready phone answers once at a random moment inside the window.
            var answering = server.Sample();
            var outcomes = await AnswerAsync(_phones, question, TimeSpan.FromSeconds(options.WindowSeconds), random, cancellation);
            var acked = outcomes.Where(o => o.IsAcked).ToList();
            var screenCaughtUp = await _watcher.WaitForAnsweredAsync(acked.Count, TimeSpan.FromSeconds(5), cancellation);
            var answered = server.Sample();
            var cpuMs = ServerSample.CpuMs(answering, answered);
            var wallMs = ServerSample.WallMs(answering, answered);
            Info(log, $"answering: {acked.Count} acked of {outcomes.Count} sent; server cpu {Fmt(cpuMs, 0)} ms in {Fmt(wallMs / 1000, 2)} s ({Fmt(cpuMs / wallMs * 100)} % of one core; generator {Fmt(ServerSample.GeneratorCpuMs(answering, answered), 0)} ms; other processes {Fmt(ServerSample.OtherCpuPct(answering, answered))} % of a core); rss {answered.RssKb} kB; screen caught up: {screenCaughtUp}");

            // Lost answers: compare with the facilitator's tally (per option) and with each phone's own snapshot.
            var tally = await _facilitator.GetTallyAsync(workshop.Id, question.Id, cancellation);
            var (ackedNotCounted, countedNotAcked, unverified) = await CheckPhonesAsync(outcomes, cancellation);
            var (tallyMissing, tallyExtra) = CompareTally(tally, acked);
            Info(log, $"tally: {tally.Respondents} respondents ({string.Join(", ", tally.Counts.Select(c => $"{c.Label} {c.Count}"))}); vs acks: {tallyMissing} missing, {tallyExtra} extra");
            Info(log, $"phones' own snapshots: {ackedNotCounted} acked but not counted, {countedNotAcked} counted but not acked, {unverified} could not be asked");
            ackedNotCounted = Math.Max(ackedNotCounted, tallyMissing);
            countedNotAcked = Math.Max(countedNotAcked, tallyExtra);

            var ackMs = acked.Select(o => Stopwatch.GetElapsedTime(o.SentAt, o.AckedAt).TotalMilliseconds).Order().ToList();
            var updates = _watcher.Updates.Where(u => u.ReceivedAt >= answering.TakenAt).ToList();
            var seen = SeenLatencies([.. acked.Select(o => o.SentAt)], updates);
            var seenMs = seen.Where(double.IsFinite).Order().ToList();
            var failures = outcomes.Where(o => !o.IsAcked).GroupBy(o => o.Failure ?? "no ack").Select(g => $"{g.Count()}× {g.Key}");
            if (outcomes.Count(o => !o.IsAcked) is > 0 and var failed)
            {
                Info(log, $"{failed} answers without an ok ack: {string.Join("; ", failures)}");
            }

            var result = new LoadResult
            {
                Phones = options.Phones,
                WindowSeconds = options.WindowSeconds,
                Ready = ready,
                Acked = acked.Count,
                AckedNotCounted = ackedNotCounted,
                CountedNotAcked = countedNotAcked,
                TallyRespondents = tally.Respondents,
                Failed = outcomes.Count - acked.Count + (options.Phones - outcomes.Count),
                RateLimitedRetries = _phones.Sum(p => p.RateLimitedCalls),
                AckP50Ms = Percentile(ackMs, 50),
                AckP99Ms = Percentile(ackMs, 99),
                AckMaxMs = ackMs.Count > 0 ? ackMs[^1] : double.NaN,
                SeenP50Ms = Percentile(seenMs, 50),
                SeenP99Ms = seenMs.Count == seen.Length ? Percentile(seenMs, 99) : double.PositiveInfinity,
                SeenMaxMs = seenMs.Count == seen.Length && seenMs.Count > 0 ? seenMs[^1] : double.PositiveInfinity,
                Unseen = seen.Length - seenMs.Count,
                ScreenUpdates = updates.Count,
                ConnectSeconds = connectSeconds,
                JoinSeconds = joinSeconds,
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
            Info(log, $"ack ms p50 {Fmt(result.AckP50Ms)} p99 {Fmt(result.AckP99Ms)} max {Fmt(result.AckMaxMs)}; seen ms p50 {Fmt(result.SeenP50Ms)} p99 {Fmt(result.SeenP99Ms)} max {Fmt(result.SeenMaxMs)} over {updates.Count} screen views, {result.Unseen} never seen; {result.RateLimitedRetries} rate-limited resends");
            return result;
        }

        /// <summary>Moves the room until the agenda item at <paramref name="index"/> is on screen and open; returns its question.</summary>
        private async Task<QuestionView> ForwardToQuestionAsync(string workshopId, int index, CancellationToken cancellation)
        {
            var facilitator = _facilitator!;
            for (var step = 0; step < 4; step++)
            {
                var detail = await facilitator.GetWorkshopAsync(workshopId, cancellation);
                if (detail.CurrentIndex == index && detail.Agenda[index].Question is { } question)
                {
                    if (detail.Agenda[index].Phase != "open")
                    {
                        await facilitator.OpenAsync(workshopId, cancellation);
                    }

                    return question;
                }

                // From the lobby or an open question: forward opens the next one (an open question is revealed first).
                await facilitator.ForwardAsync(workshopId, cancellation);
            }

            throw new InvalidOperationException($"Forward did not reach agenda item {index}.");
        }

        private async Task<(double ConnectSeconds, double JoinSeconds)> ConnectPhonesAsync(
            List<SimulatedPhone> phones, int count, Uri baseUrl, string joinCode, string questionId, CancellationToken cancellation)
        {
            using var slots = new SemaphoreSlim(options.ConnectConcurrency);
            var random = new Random(seed ^ 0x5EED);
            var start = Stopwatch.GetTimestamp();
            long lastJoined = start;
            long lastReady = start;
            var failures = new Dictionary<string, int>(StringComparer.Ordinal);
            var tasks = new List<Task>(count);
            for (var i = 0; i < count; i++)
            {
                // A mix of sides: three in ten CBS/VB, four in ten MAT, three in ten anders.
                var side = Sides[(random.Next(10)) switch { < 3 => 0, < 7 => 1, _ => 2 }];
                var phone = new SimulatedPhone(i, side);
                lock (_gate)
                {
                    phones.Add(phone);
                    _allPhones.Add(phone);
                }

                tasks.Add(ConnectOneAsync(phone));
            }

            await Task.WhenAll(tasks);
            foreach (var (reason, times) in failures)
            {
                Info(log, $"{times} phones not ready: {reason}");
            }

            return (Stopwatch.GetElapsedTime(start, lastReady).TotalSeconds, Stopwatch.GetElapsedTime(start, lastJoined).TotalSeconds);

            async Task ConnectOneAsync(SimulatedPhone phone)
            {
                await slots.WaitAsync(cancellation);
                try
                {
                    await phone.ConnectAsync(baseUrl, options.SkipNegotiation, cancellation);
                    var join = await phone.JoinAsync(joinCode, cancellation);
                    if (!join.Ok || join.Room?.Current?.Question?.Id != questionId)
                    {
                        Fail($"join: {join.Code} {join.Message}");
                        return;
                    }

                    Later(ref lastJoined);
                    var ack = await phone.ChooseSideAsync(cancellation);
                    if (!ack.Ok)
                    {
                        Fail($"side: {ack.Code}");
                        return;
                    }

                    Later(ref lastReady);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
                {
                    Fail($"{e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    slots.Release();
                }
            }

            void Fail(string reason)
            {
                lock (failures)
                {
                    failures[reason] = failures.GetValueOrDefault(reason) + 1;
                }
            }

            static void Later(ref long timestamp)
            {
                var now = Stopwatch.GetTimestamp();
                long seen;
                while ((seen = Interlocked.Read(ref timestamp)) < now && Interlocked.CompareExchange(ref timestamp, now, seen) != seen)
                {
                }
            }
        }

        private static async Task<List<AnswerOutcome>> AnswerAsync(
            List<SimulatedPhone> phones, QuestionView question, TimeSpan window, Random random, CancellationToken cancellation)
        {
            var plan = phones.Where(p => p.Ready)
                .Select(p => (Phone: p, At: window * random.NextDouble(), Outcome: new AnswerOutcome { OptionId = question.Options[random.Next(question.Options.Count)].Id }))
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

                phone.Answer = outcome;
                tasks.Add(phone.AnswerAsync(question.Id, outcome, cancellation));
            }

            await Task.WhenAll(tasks);
            return [.. plan.Select(x => x.Outcome)];
        }

        /// <summary>
        /// Asks every phone for its own snapshot (<c>getState</c> → <c>myAnswer</c>): an acked answer must be
        /// there with the chosen option; a phone that got no ok ack must have none.
        /// </summary>
        private async Task<(int AckedNotCounted, int CountedNotAcked, int Unverified)> CheckPhonesAsync(List<AnswerOutcome> outcomes, CancellationToken cancellation)
        {
            var ackedNotCounted = 0;
            var countedNotAcked = 0;
            var unverified = 0;
            using var slots = new SemaphoreSlim(options.ConnectConcurrency);
            await Task.WhenAll(_phones.Where(p => p.Answer is not null).Select(async phone =>
            {
                await slots.WaitAsync(cancellation);
                try
                {
                    var state = await phone.GetStateAsync(cancellation);
                    var counted = state.Ok && state.MyAnswer is { } mine && mine.OptionIds.SequenceEqual([phone.Answer!.OptionId]);
                    if (phone.Answer!.IsAcked && !counted)
                    {
                        Interlocked.Increment(ref ackedNotCounted);
                    }
                    else if (!phone.Answer.IsAcked && state.MyAnswer is not null)
                    {
                        Interlocked.Increment(ref countedNotAcked);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
                {
                    Interlocked.Increment(ref unverified);
                }
                finally
                {
                    slots.Release();
                }
            }));
            return (ackedNotCounted, countedNotAcked, unverified);
        }

        private static (int Missing, int Extra) CompareTally(TallyView tally, List<AnswerOutcome> acked)
        {
            var ackedPerOption = acked.GroupBy(o => o.OptionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var missing = 0;
            var extra = 0;
            foreach (var count in tally.Counts)
            {
                var expected = ackedPerOption.GetValueOrDefault(count.OptionId);
                missing += Math.Max(0, expected - count.Count);
                extra += Math.Max(0, count.Count - expected);
            }

            // Acks for an option the tally does not list at all.
            missing += ackedPerOption.Where(kv => tally.Counts.All(c => c.OptionId != kv.Key)).Sum(kv => kv.Value);
            return (missing, extra);
        }

        public async Task DisposeClientsAsync()
        {
            List<SimulatedPhone> phones;
            lock (_gate)
            {
                if (_clientsDisposed)
                {
                    return;
                }

                _clientsDisposed = true;
                phones = [.. _allPhones];
            }

            var all = phones.Select(p => p.DisposeAsync().AsTask()).ToList();
            if (_watcher is not null)
            {
                all.Add(_watcher.DisposeAsync().AsTask());
            }

            if (_facilitator is not null)
            {
                all.Add(_facilitator.DisposeAsync().AsTask());
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
}
