using System.Diagnostics;
using System.Globalization;
using System.Text;
using Beleidsdag.LoadTest.Wire;

namespace Beleidsdag.LoadTest;

/// <summary>
/// One benchmark run (docs/performance.md): start the built server, log in as facilitator, create a
/// workshop with one question (of <see cref="LoadOptions.QuestionType"/>) and open it, or with the group
/// exercise (<see cref="LoadOptions.Groups"/>), watch the screen link, connect N phones, let each answer
/// (save a werkpunt) once inside the window, then check every one against what the facilitator sees and
/// the phone's own snapshot. With <see cref="LoadOptions.Reference"/> the same steps run against the bare
/// reference hub instead (<see cref="ReferenceRun"/>). Callable
/// from a test; <see cref="Program"/> only parses arguments and prints.
/// </summary>
public static class LoadRun
{
    private static readonly string[] Sides = ["cbs", "mat", "anders"];
    private static readonly string[] OptionLabels = ["Helemaal eens", "Eens", "Oneens", "Helemaal oneens"];
    private static readonly string[] WarmupLabels = ["Koffie", "Thee", "Water"];

    /// <summary>
    /// The Release build of the server (with <paramref name="reference"/>: of the reference hub), found by walking
    /// up from the current directory (then from this program) to Beleidsdag.sln.
    /// </summary>
    public static string? FindDefaultServer(bool reference = false)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Beleidsdag.sln")))
                {
                    return reference
                        ? Path.Combine(dir.FullName, "tests", "Beleidsdag.ReferenceHub", "bin", "Release", "net10.0", "Beleidsdag.ReferenceHub.dll")
                        : Path.Combine(dir.FullName, "src", "Beleidsdag.Web", "bin", "Release", "net10.0", "Beleidsdag.Web.dll");
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
        var serverPath = Path.GetFullPath(options.ServerPath ?? FindDefaultServer(options.Reference)
            ?? throw new FileNotFoundException("No --server given and no Beleidsdag.sln above the current directory."));
        if (!File.Exists(serverPath))
        {
            var (what, project) = options.Reference ? ("reference hub", "tests/Beleidsdag.ReferenceHub") : ("server", "src/Beleidsdag.Web");
            throw new FileNotFoundException($"The {what} is not built: {serverPath} is missing. Build it first: dotnet build {project} -c Release", serverPath);
        }

        var environment = new Dictionary<string, string>(options.ServerEnvironment, StringComparer.Ordinal);
        if (options.GlobalCallsPerSecond is { } global)
        {
            environment["Beleidsdag__ParticipantCallsPerSecond"] = global.ToString(CultureInfo.InvariantCulture);
        }

        if (!options.Reference)
        {
            // Every simulated phone comes from 127.0.0.1: lift the limit on new participants per address
            // (a --server-env setting still wins). The reference hub has no such limit.
            environment.TryAdd("Beleidsdag__NewParticipantsPerMinutePerAddress", "0");
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

        IMeasuredRun run = options.Reference ? new ReferenceRun(options, log, seed, serverPath, gcMode) : new Run(options, log, seed, serverPath, gcMode);
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

    internal static void Info(TextWriter log, string text) => log.WriteLine($"# {text}");

    internal static string Fmt(double value, int decimals = 1) => LoadResult.Number(value, decimals);

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
            while (v < views.Length && (Math.Max(highest, views[v].Counted) < k || views[v].ReceivedAt < sentK))
            {
                highest = Math.Max(highest, views[v].Counted);
                v++;
            }

            latencies[k - 1] = v < views.Length ? Stopwatch.GetElapsedTime(sentK, views[v].ReceivedAt).TotalMilliseconds : double.NaN;
        }

        return latencies;
    }

    private sealed class Run(LoadOptions options, TextWriter log, int seed, string serverPath, string gcMode) : IMeasuredRun
    {
        private readonly List<SimulatedPhone> _phones = [];
        private readonly List<SimulatedPhone> _allPhones = [];
        private readonly Lock _gate = new();
        private FacilitatorClient? _facilitator;
        private ScreenWatcher? _watcher;
        private bool _clientsDisposed;

        /// <summary>What one "answer" is in this run, for the progress lines.</summary>
        private string Noun => options.Groups ? "werkpunten" : "answers";

        public async Task<LoadResult> ExecuteAsync(ServerProcess server, CancellationToken cancellation)
        {
            var random = new Random(seed);
            Info(log, $"server pid {server.Pid} listening on {server.BaseUrl}; data in {server.DataFolder}");

            // The facilitator: log in, create the workshop and move the room to what is measured.
            _facilitator = await FacilitatorClient.LogInAsync(server.BaseUrl, server.Password, cancellation);
            var (workshop, measured) = options.Groups
                ? await PrepareGroupsAsync(server, cancellation)
                : await PrepareQuestionAsync(server, cancellation);

            // N phones: connect, join, choose a side.
            var connect = await RunSteps.ConnectAsync(server, options, async () =>
            {
                var (connectSeconds, joinSeconds) = await ConnectPhonesAsync(_phones, options.Phones, server.BaseUrl, workshop.JoinCode, measured.ActivityId, cancellation);
                return (_phones.Count(p => p.Ready), connectSeconds, joinSeconds);
            }, log, cancellation);
            var idlePct = await RunSteps.MeasureIdleAsync(server, options.IdleSeconds, connect.Ready, log, cancellation);
            if (options.Groups)
            {
                await AssignEveryoneAsync(server, _phones, workshop.Id, measured, cancellation);
            }

            // Every ready phone answers (saves its werkpunt) once at a random moment inside the window.
            var pushesBefore = _phones.Sum(p => p.GroupPushes);
            (long Start, long End, double Seconds, long Bytes, double ServerCpuMs)? exported = null;
            var window = await RunSteps.AnswerAsync(server, _watcher!, Noun, async () =>
            {
                var export = options.ExportDuring ? ExportMidWindowAsync(server, workshop.Id, cancellation) : null;
                var outcomes = await SendAllAsync(_phones, TimeSpan.FromSeconds(options.WindowSeconds), random, Draft(measured, 0), Send(measured, cancellation), cancellation);
                exported = export is null ? null : await export;
                return outcomes;
            }, log, cancellation);
            var acked = window.Acked;
            if (options.Groups)
            {
                Info(log, $"groupWorkChanged pushes received by the phones meanwhile: {_phones.Sum(p => p.GroupPushes) - pushesBefore}");
            }

            var refusedMs = window.Outcomes.Where(o => o.Ack is { Ok: false }).Select(o => Stopwatch.GetElapsedTime(o.SentAt, o.AckedAt).TotalMilliseconds).Order().ToList();
            if (refusedMs.Count > 0)
            {
                Info(log, $"refusals (ack with ok: false) ms p50 {Fmt(Percentile(refusedMs, 50))} p99 {Fmt(Percentile(refusedMs, 99))} max {Fmt(refusedMs[^1])}");
            }

            // Lost answers: compare with what the facilitator sees and with each phone's own snapshot.
            var (facilitatorCount, facilitatorMissing, facilitatorExtra) = await CompareWithFacilitatorAsync(workshop.Id, measured, acked, cancellation);
            var (ackedNotCounted, countedNotAcked, unverified) = await CheckPhonesAsync(window.Outcomes, cancellation);
            Info(log, $"phones' own snapshots: {ackedNotCounted} acked but not counted, {countedNotAcked} counted but not acked, {unverified} could not be asked");
            var counted = (facilitatorCount, Math.Max(ackedNotCounted, facilitatorMissing), Math.Max(countedNotAcked, facilitatorExtra));
            var result = RunSteps.Result(options, connect, idlePct, window, counted, _phones.Sum(p => p.RateLimitedCalls), (gcMode, serverPath, seed), log);
            if (exported is not { } e)
            {
                return result;
            }

            var duringExport = acked.Where(o => o.SentAt >= e.Start && o.SentAt <= e.End).Select(o => Stopwatch.GetElapsedTime(o.SentAt, o.AckedAt).TotalMilliseconds).Order().ToList();
            Info(log, $"export during the window: {Fmt(e.Seconds, 2)} s, {e.Bytes / 1024} KB (server cpu {Fmt(e.ServerCpuMs, 0)} ms); {duringExport.Count} {Noun} sent while it ran, ack ms p50 {Fmt(Percentile(duringExport, 50))} p99 {Fmt(Percentile(duringExport, 99))} max {Fmt(duringExport.Count > 0 ? duringExport[^1] : double.NaN)}");
            return result with
            {
                ExportSeconds = e.Seconds,
                ExportBytes = e.Bytes,
                AnswersDuringExport = duringExport.Count,
                AckP99DuringExportMs = Percentile(duringExport, 99),
            };
        }

        /// <summary>
        /// Half a window after the first answer is due, the facilitator downloads the export and then the draft afsprakennota through the real
        /// endpoint; returns when it started and ended (Stopwatch timestamps), its size and the server's CPU meanwhile.
        /// </summary>
        private async Task<(long Start, long End, double Seconds, long Bytes, double ServerCpuMs)?> ExportMidWindowAsync(ServerProcess server, string workshopId, CancellationToken cancellation)
        {
            await Task.Delay(TimeSpan.FromSeconds(options.WindowSeconds / 2), cancellation);
            var before = server.Sample();
            var start = Stopwatch.GetTimestamp();
            var bytes = await _facilitator!.ExportAsync(workshopId, cancellation);

            // Then the draft afsprakennota, right after: the answers sent while either is built count.
            bytes += await _facilitator.ExportAsync(workshopId, cancellation, "afsprakennota.docx");
            var end = Stopwatch.GetTimestamp();
            return (start, end, Stopwatch.GetElapsedTime(start, end).TotalSeconds, bytes, ServerSample.CpuMs(before, server.Sample()));
        }

        /// <summary>
        /// A workshop with a warm-up question and the measured question, both of the measured type; the
        /// screen link; the warm-up; then the measured question open. Returns the measured question's agenda item.
        /// </summary>
        private async Task<(WorkshopSummary Workshop, ActivityView Measured)> PrepareQuestionAsync(ServerProcess server, CancellationToken cancellation)
        {
            var facilitator = _facilitator!;
            var type = LoadOptions.QuestionTypeName(options.QuestionType);
            var (warmup, measuredQuestion) = options.QuestionType switch
            {
                LoadQuestionType.WordCloud => (
                    new QuestionDraft("Opwarmen: één woord voor je ochtend?", [], type),
                    new QuestionDraft("Welk woord moet vandaag centraal staan in de samenwerking tussen CBS en MAT?", [], type)),
                LoadQuestionType.OpenText => (
                    new QuestionDraft("Opwarmen: hoe ben je vandaag naar hier gekomen?", [], type, Moderated: false),
                    new QuestionDraft("Wat verwacht je van de samenwerking tussen CBS en MAT?", [], type, Moderated: false)),
                _ => (
                    new QuestionDraft("Opwarmen: wat drink je het liefst?", WarmupLabels),
                    new QuestionDraft("Is de samenwerking tussen CBS en MAT vandaag goed geregeld?", OptionLabels)),
            };
            var workshop = await facilitator.CreateWorkshopAsync(
                new WorkshopDraft("Beleidsdag belastingstest", "Zottegem", "2026-11-28", [warmup, measuredQuestion]), cancellation);
            var first = await ForwardToAsync(workshop.Id, 0, cancellation);
            Info(log, $"workshop {workshop.Id} code {workshop.JoinCode}");

            // The screen link.
            _watcher = await ScreenWatcher.StartAsync(server.BaseUrl, workshop.ScreenKey, countWerkpunten: false, cancellation);

            if (options.WarmupPhones > 0)
            {
                // A server that has run all morning has its code compiled: warm up the join and answer paths
                // with other phones, which then leave, so that what follows measures the steady state.
                var warmupPhones = new List<SimulatedPhone>();
                var warmStart = server.Sample();
                await ConnectPhonesAsync(warmupPhones, options.WarmupPhones, server.BaseUrl, workshop.JoinCode, first.ActivityId, cancellation);
                var warmAnswers = 0;
                for (var round = 0; round < RunSteps.WarmupRounds; round++)
                {
                    // Each round every warm-up phone changes its answer (a newer seq): the answer path runs often
                    // enough for the runtime to recompile it optimised (tiered compilation) before measuring.
                    var warmOutcomes = await SendAllAsync(warmupPhones, TimeSpan.FromSeconds(0.5), new Random(seed ^ round), Draft(first, round), Send(first, cancellation), cancellation);
                    warmAnswers += warmOutcomes.Count(o => o.IsAcked);
                }

                await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
                await Task.WhenAll(warmupPhones.Select(p => p.DisposeAsync().AsTask()));
                var warmEnd = server.Sample();
                Info(log, $"warm-up: {warmupPhones.Count(p => p.Ready)} phones joined, gave {warmAnswers} answers to the warm-up question ({type}) in {RunSteps.WarmupRounds} rounds and left; server cpu {Fmt(ServerSample.CpuMs(warmStart, warmEnd), 0)} ms");
            }

            var measured = await ForwardToAsync(workshop.Id, 1, cancellation);
            var question = measured.Question!;
            Info(log, $"measured question {question.Id} ({question.Type}) with {question.Options.Count} options, open");
            return (workshop, measured);
        }

        /// <summary>
        /// A workshop with the default group exercise only, its screen link, the warm-up (in a workshop of its
        /// own, so that its werkpunten neither fill the measured groups nor count), then the exercise on screen.
        /// </summary>
        private async Task<(WorkshopSummary Workshop, ActivityView Measured)> PrepareGroupsAsync(ServerProcess server, CancellationToken cancellation)
        {
            var facilitator = _facilitator!;
            var workshop = await facilitator.CreateWorkshopAsync(GroupsWorkshop("Beleidsdag belastingstest"), cancellation);
            Info(log, $"workshop {workshop.Id} code {workshop.JoinCode}");
            _watcher = await ScreenWatcher.StartAsync(server.BaseUrl, workshop.ScreenKey, countWerkpunten: true, cancellation);

            if (options.WarmupPhones > 0)
            {
                // The same exercise in a warm-up workshop: join, side, assignEveryone, then every round each phone
                // saves a new werkpunt. Once a group holds its maximum the server refuses more (too-many-werkpunten):
                // that path is warmed too.
                var warmWorkshop = await facilitator.CreateWorkshopAsync(GroupsWorkshop("Beleidsdag belastingstest: opwarmen"), cancellation);
                var warmExercise = await ForwardToExerciseAsync(warmWorkshop.Id, cancellation);
                var warmupPhones = new List<SimulatedPhone>();
                var warmStart = server.Sample();
                await ConnectPhonesAsync(warmupPhones, options.WarmupPhones, server.BaseUrl, warmWorkshop.JoinCode, warmExercise.ActivityId, cancellation);
                await AssignEveryoneAsync(server, warmupPhones, warmWorkshop.Id, warmExercise, cancellation, quiet: true);
                var saved = 0;
                var refused = 0;
                for (var round = 0; round < RunSteps.WarmupRounds; round++)
                {
                    var warmOutcomes = await SendAllAsync(warmupPhones, TimeSpan.FromSeconds(0.5), new Random(seed ^ round), Draft(warmExercise, round + 1), Send(warmExercise, cancellation), cancellation);
                    saved += warmOutcomes.Count(o => o.IsAcked);
                    refused += warmOutcomes.Count(o => o.Ack is { Ok: false });
                }

                await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
                await Task.WhenAll(warmupPhones.Select(p => p.DisposeAsync().AsTask()));
                var warmEnd = server.Sample();
                Info(log, $"warm-up (workshop {warmWorkshop.Id}): {warmupPhones.Count(p => p.Ready)} phones joined, were assigned to groups, saved {saved} werkpunten ({refused} refused) in {RunSteps.WarmupRounds} rounds and left; server cpu {Fmt(ServerSample.CpuMs(warmStart, warmEnd), 0)} ms");
            }

            var measured = await ForwardToExerciseAsync(workshop.Id, cancellation);
            var exercise = measured.Exercise!;
            Info(log, $"measured group exercise {measured.ActivityId}: {exercise.Groups.Count} groups ({string.Join(", ", exercise.Groups.Select(g => g.Name))}), target {exercise.TargetPerGroup} per group, on screen");
            return (workshop, measured);
        }

        /// <summary>The default four-group exercise: one group per phase of the beleidscyclus, one richtvraag each, 3 dots, a consent round.</summary>
        private static WorkshopDraft GroupsWorkshop(string title) =>
            new(title, "Zottegem", "2026-11-28", [])
            {
                GroupWork = new GroupWorkDraft(
                    "Oefening: wederzijdse verwachtingen doorheen de beleidscyclus",
                    [.. BeleidscyclusGroups.Select(g => new GroupDraft(g.Name, g.Phase, [g.Richtvraag]))],
                    TargetPerGroup: 3,
                    Dots: 3,
                    ConsentRound: true),
            };

        private static readonly (string Name, string Phase, string Richtvraag)[] BeleidscyclusGroups =
        [
            ("Beleidsvoorbereiding", "beleidsvoorbereiding", "Is het duidelijk voor welke dossiers/projecten advies van het MAT wenselijk/nodig is? Wat ontbreekt er?"),
            ("Beleidsbeslissing", "beleidsbeslissing", "Behoeven beleidsbeslissingen soms meer duidelijkheid om implementatie succesvol te laten zijn?"),
            ("Beleidsuitvoering", "beleidsuitvoering", "Er is soms een 'gap' tussen de inschatting van de tijdsinspanning die CBS verwacht en deze van de diensten. Kan dit worden vermeden?"),
            ("Beleidsevaluatie en bijsturing", "beleidsevaluatieEnBijsturing", "Wordt er tijdig aangekaart als de realisatie van beslissingen in het gedrang komt? Wie moet deze rol tot signalisatie opnemen?"),
        ];

        /// <summary>
        /// The facilitator's <c>assignEveryone</c>, then waits (at most 10 s) until every ready phone has heard
        /// its group in a <c>groupWorkChanged</c> push: a werkpunt saved before that would be refused (not-in-group).
        /// </summary>
        private async Task AssignEveryoneAsync(ServerProcess server, List<SimulatedPhone> phones, string workshopId, ActivityView exercise, CancellationToken cancellation, bool quiet = false)
        {
            var start = server.Sample();
            await _facilitator!.AssignEveryoneAsync(workshopId, exercise.ActivityId, cancellation);
            var returned = Stopwatch.GetElapsedTime(start.TakenAt);
            var ready = phones.Where(p => p.Ready).ToList();
            var deadline = Stopwatch.GetTimestamp() + (long)(10 * Stopwatch.Frequency);
            while (ready.Any(p => p.GroupId is null) && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(10, cancellation);
            }

            var end = server.Sample();
            if (quiet)
            {
                return;
            }

            var names = exercise.Exercise?.Groups.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal) ?? [];
            var perGroup = ready.Where(p => p.GroupId is not null).GroupBy(p => p.GroupId!, StringComparer.Ordinal)
                .Select(g => $"{names.GetValueOrDefault(g.Key, g.Key)} {g.Count()}");
            Info(log, $"assignEveryone: returned after {Fmt(returned.TotalSeconds, 2)} s, every phone knew its group after {Fmt(ServerSample.WallMs(start, end) / 1000, 2)} s ({ready.Count(p => p.GroupId is null)} did not); server cpu {Fmt(ServerSample.CpuMs(start, end), 0)} ms; phones per group: {string.Join(", ", perGroup)}");
        }

        /// <summary>How a phone's answer (werkpunt) is drawn for the measured item; <paramref name="round"/> &gt; 0 in warm-up rounds.</summary>
        private Func<SimulatedPhone, Random, AnswerOutcome> Draft(ActivityView item, int round)
        {
            if (item.Question is not { } question)
            {
                return (phone, random) => new AnswerOutcome { WerkpuntText = RoomTexts.WerkpuntText(random, phone.Index, round), Oplossing = RoomTexts.Oplossing(random) };
            }

            return options.QuestionType switch
            {
                LoadQuestionType.WordCloud => (_, random) => new AnswerOutcome { Texts = RoomTexts.CloudWords(random) },
                LoadQuestionType.OpenText => (_, random) => new AnswerOutcome { Texts = [RoomTexts.Sentence(random)] },
                _ => (_, random) => new AnswerOutcome { OptionId = question.Options[random.Next(question.Options.Count)].Id },
            };
        }

        private static Func<SimulatedPhone, AnswerOutcome, Task> Send(ActivityView item, CancellationToken cancellation) =>
            item.Question is { } question
                ? (phone, outcome) => phone.AnswerAsync(question.Id, outcome, cancellation)
                : (phone, outcome) => phone.SaveWerkpuntAsync(item.ActivityId, outcome, cancellation);

        /// <summary>
        /// Compares the acks with what the facilitator sees: per option in the tally (single choice); the
        /// result's respondents (word cloud, open text); the workshop's werkpunten, by count and by text
        /// (group exercise). Returns the facilitator's count and the acks missing from it / extra in it.
        /// </summary>
        private async Task<(int Count, int Missing, int Extra)> CompareWithFacilitatorAsync(string workshopId, ActivityView measured, List<AnswerOutcome> acked, CancellationToken cancellation)
        {
            var facilitator = _facilitator!;
            if (measured.Question is not { } question)
            {
                var werkpunten = await facilitator.GetWerkpuntenAsync(workshopId, cancellation);
                var listed = werkpunten.Select(w => w.Content.Text).ToList();
                var ackedTexts = acked.Select(o => o.WerkpuntText!.Trim()).ToList();
                var missingByText = ackedTexts.Except(listed, StringComparer.Ordinal).Count();
                var extraByText = listed.Except(ackedTexts, StringComparer.Ordinal).Count();
                var names = measured.Exercise?.Groups.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal) ?? [];
                var perGroup = werkpunten.GroupBy(w => w.GroupId, StringComparer.Ordinal).Select(g => $"{names.GetValueOrDefault(g.Key, g.Key)} {g.Count()}");
                var countMissing = Math.Max(0, acked.Count - werkpunten.Count);
                var countExtra = Math.Max(0, werkpunten.Count - acked.Count);
                Info(log, $"werkpunten: {werkpunten.Count} on the facilitator's list ({string.Join(", ", perGroup)}; {werkpunten.Count(w => w.Hidden)} hidden); vs acks: by count {countMissing} missing, {countExtra} extra; by text {missingByText} missing, {extraByText} extra");
                return (werkpunten.Count, Math.Max(countMissing, missingByText), Math.Max(countExtra, extraByText));
            }

            if (options.QuestionType == LoadQuestionType.SingleChoice)
            {
                var tally = await facilitator.GetTallyAsync(workshopId, question.Id, cancellation);
                var (tallyMissing, tallyExtra) = CompareTally(tally, acked);
                Info(log, $"tally: {tally.Respondents} respondents ({string.Join(", ", tally.Counts.Select(c => $"{c.Label} {c.Count}"))}); vs acks: {tallyMissing} missing, {tallyExtra} extra");
                return (tally.Respondents, tallyMissing, tallyExtra);
            }

            var result = await facilitator.GetResultAsync(workshopId, question.Id, cancellation);
            var missing = Math.Max(0, acked.Count - result.Respondents);
            var extra = Math.Max(0, result.Respondents - acked.Count);
            var expectedKind = LoadOptions.QuestionTypeName(options.QuestionType);
            if (result.Kind != expectedKind)
            {
                Info(log, $"getResult gave a result of kind '{result.Kind}', not '{expectedKind}'");
            }

            var detail = options.QuestionType == LoadQuestionType.WordCloud ? DescribeCloud(result, acked) : DescribeCards(result, acked);
            Info(log, $"result ({result.Kind}): {result.Respondents} respondents; {detail}; vs acks: {missing} missing, {extra} extra");
            return (result.Respondents, missing, extra);
        }

        /// <summary>
        /// The cloud against the acks: how many participants gave each word, with the server's folding
        /// (case, accents, surrounding punctuation; once per participant) redone here. A diagnostic only: the
        /// cloud shows the 50 most frequent words, so a word can be missing from it without anything being lost.
        /// </summary>
        private static string DescribeCloud(ResultView result, List<AnswerOutcome> acked)
        {
            var words = result.Words ?? [];
            var expected = acked.SelectMany(o => o.Texts!.Select(Fold).Distinct(StringComparer.Ordinal))
                .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var differing = expected.Count(e => words.FirstOrDefault(w => w.Word == e.Key)?.Count != e.Value);
            var top = string.Join(", ", words.Take(5).Select(w => $"{w.Display} {w.Count}"));
            return $"{words.Count} words in the cloud (top: {top}); {expected.Count} expected from the acks, {differing} with another count";
        }

        private static string DescribeCards(ResultView result, List<AnswerOutcome> acked)
        {
            var cards = result.Cards ?? [];
            var sent = acked.Select(o => o.Texts![0].Trim()).ToHashSet(StringComparer.Ordinal);
            return $"{cards.Count} cards, {cards.Count(c => sent.Contains(c.Text))} with a text an acked phone sent";
        }

        /// <summary>Lower case, accents and surrounding punctuation off: the cloud's folding for the words the benchmark sends.</summary>
        private static string Fold(string word)
        {
            var folded = word.Trim().Trim('.', ',', ';', ':', '!', '?').ToLowerInvariant().Normalize(NormalizationForm.FormD);
            return new string([.. folded.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).Normalize(NormalizationForm.FormC);
        }

        /// <summary>Moves the room until the agenda item at <paramref name="index"/> is on screen (a question: open); returns it.</summary>
        private async Task<ActivityView> ForwardToAsync(string workshopId, int index, CancellationToken cancellation)
        {
            var facilitator = _facilitator!;
            for (var step = 0; step < 4; step++)
            {
                var detail = await facilitator.GetWorkshopAsync(workshopId, cancellation);
                if (detail.CurrentIndex == index)
                {
                    var item = detail.Agenda[index];
                    if (item.Question is not null && item.Phase != "open")
                    {
                        await facilitator.OpenAsync(workshopId, cancellation);
                    }

                    return item;
                }

                // From the lobby or an open question: forward opens the next one (an open question is revealed first).
                await facilitator.ForwardAsync(workshopId, cancellation);
            }

            throw new InvalidOperationException($"Forward did not reach agenda item {index}.");
        }

        private async Task<ActivityView> ForwardToExerciseAsync(string workshopId, CancellationToken cancellation)
        {
            var detail = await _facilitator!.GetWorkshopAsync(workshopId, cancellation);
            var index = detail.Agenda.ToList().FindIndex(a => a.Exercise is not null);
            return index < 0
                ? throw new InvalidOperationException("The workshop has no group exercise: does the server know createWorkshop's groupWork?")
                : await ForwardToAsync(workshopId, index, cancellation);
        }

        private async Task<(double ConnectSeconds, double JoinSeconds)> ConnectPhonesAsync(
            List<SimulatedPhone> phones, int count, Uri baseUrl, string joinCode, string activityId, CancellationToken cancellation)
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
                    if (!join.Ok || join.Room?.Current?.ActivityId != activityId)
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

        private static Task<List<AnswerOutcome>> SendAllAsync(
            List<SimulatedPhone> phones,
            TimeSpan window,
            Random random,
            Func<SimulatedPhone, Random, AnswerOutcome> draft,
            Func<SimulatedPhone, AnswerOutcome, Task> send,
            CancellationToken cancellation) =>
            RunSteps.SendAllAsync(phones.Where(p => p.Ready), window, random, draft, (phone, outcome) =>
            {
                phone.Answer = outcome;
                return send(phone, outcome);
            }, cancellation);

        /// <summary>
        /// Asks every phone for its own snapshot (<c>getState</c>): an acked answer must be in <c>myAnswer</c> as
        /// sent (the option; the texts, trimmed), an acked werkpunt on <c>mine.board</c> with its text; a phone that
        /// got no ok ack must have no answer (no such werkpunt).
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
                    var counted = state.Ok && phone.Answer!.IsIn(state);
                    if (phone.Answer!.IsAcked && !counted)
                    {
                        Interlocked.Increment(ref ackedNotCounted);
                    }
                    else if (!phone.Answer.IsAcked && phone.Answer.AnythingIn(state))
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
            var ackedPerOption = acked.GroupBy(o => o.OptionId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
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

            await RunSteps.CloseAllAsync([.. phones, _watcher, _facilitator], log);
        }
    }
}
