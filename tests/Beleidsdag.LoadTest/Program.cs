using System.Globalization;
using System.Runtime.InteropServices;

namespace Beleidsdag.LoadTest;

/// <summary>
/// The command line of the load benchmark. Prints progress lines starting with '#', and ends with exactly
/// one summary line. Exit code 0: every phone acked and nothing was lost; 1: not so; 2: wrong arguments or
/// no server to run (build it first); 130: interrupted.
/// </summary>
internal static class Program
{
    public const string Usage = """
        Beleidsdag load benchmark: N simulated phones against the built server (docs/performance.md).

        Build the server first:  dotnet build src/Beleidsdag.Web -c Release
        Run:                     dotnet run -c Release --project tests/Beleidsdag.LoadTest -- [options]

          --phones N                  simulated phones (default 1000)
          --window W                  every phone answers once at a random moment within W seconds (default 5)
          --idle-seconds S            also measure the server's CPU for S seconds with all phones idle (default 0: not)
          --server PATH               the server's Beleidsdag.Web.dll (default: src/Beleidsdag.Web/bin/Release/net10.0/
                                      of the repository found by walking up to Beleidsdag.sln; with --reference
                                      tests/Beleidsdag.ReferenceHub/bin/Release/net10.0/Beleidsdag.ReferenceHub.dll)
          --connect-concurrency C     phones connecting at the same time (default 100)
          --global-calls-per-second G raise (or lower) the server's global cap on participant calls (default: the server's 5000)
          --skip-negotiation          open the WebSocket without the negotiate request (a browser negotiates)
          --server-env KEY=VALUE      an extra environment variable for the server, e.g. DOTNET_gcServer=0 (repeatable)
          --warmup-phones K           phones that join, answer a warm-up question and leave before measuring (default 100; 0 = cold server)
          --settle-seconds S          pause after all phones joined, before the memory reading (default 3)
          --question-type T           the measured question: singleChoice (default), wordCloud (1-3 words of the day)
                                      or openText (one sentence of 40-200 characters, not moderated)
          --groups                    the group exercise instead of a question: four groups, the facilitator assigns
                                      everyone, every phone saves one werkpunt within the window ("answers" and
                                      "acked" then count werkpunten)
          --export-during             download the Excel export and then the draft afsprakennota (.docx) once in the
                                      middle of the answering window, as the logged-in facilitator, and report the ack
                                      p99 of the answers sent while they ran
          --reference                 measure the bare reference hub (tests/Beleidsdag.ReferenceHub, built first with
                                      dotnet build tests/Beleidsdag.ReferenceHub -c Release) instead of the app: the same
                                      phones, window and figures, to compare with on the same machine
          --seed N                    seed for sides, options, texts and answer moments (default: random, printed)
          --verbose                   echo the server's own output
        """;

    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            if (args.Any(a => a is "--help" or "-h"))
            {
                Console.WriteLine(Usage);
                return 0;
            }

            options = Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            Console.Error.WriteLine("# interrupted: stopping the server");
            cancel.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            var result = await LoadRun.RunAsync(options, Console.Out, cancel.Token);
            if (result.IdleCpuPctOfOneCore is { } idle)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle_phones={result.Ready} idle_cpu_pct_of_one_core={LoadResult.Number(idle, 2)}"));
            }

            Console.WriteLine($"# gc_mode={result.GcMode}");
            Console.WriteLine(result.SummaryLine);
            return result.Passed ? 0 : 1;
        }
        catch (FileNotFoundException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return 130;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The server died or refused the facilitator: no summary line can be honest.
            await Console.Error.WriteLineAsync($"# the run failed: {e}");
            return 1;
        }
    }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--phones" => options with { Phones = Int(name, Value()) },
                "--window" => options with { WindowSeconds = Double(name, Value()) },
                "--idle-seconds" => options with { IdleSeconds = Double(name, Value()) },
                "--server" => options with { ServerPath = Value() },
                "--connect-concurrency" => options with { ConnectConcurrency = Int(name, Value()) },
                "--global-calls-per-second" => options with { GlobalCallsPerSecond = Int(name, Value()) },
                "--skip-negotiation" => options with { SkipNegotiation = true },
                "--server-env" => AddEnvironment(options, environment, Value()),
                "--warmup-phones" => options with { WarmupPhones = Int(name, Value()) },
                "--settle-seconds" => options with { SettleSeconds = Double(name, Value()) },
                "--question-type" => options with { QuestionType = QuestionType(name, Value()) },
                "--groups" => options with { Groups = true },
                "--export-during" => options with { ExportDuring = true },
                "--reference" => options with { Reference = true },
                "--seed" => options with { Seed = Int(name, Value()) },
                "--verbose" => options with { EchoServerOutput = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException(problem);
        }

        return options;
    }

    private static LoadOptions AddEnvironment(LoadOptions options, Dictionary<string, string> environment, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals < 1)
        {
            throw new ArgumentException($"--server-env wants KEY=VALUE, not '{pair}'.");
        }

        environment[pair[..equals]] = pair[(equals + 1)..];
        return options with { ServerEnvironment = environment };
    }

    private static LoadQuestionType QuestionType(string name, string value)
    {
        foreach (var type in Enum.GetValues<LoadQuestionType>())
        {
            if (string.Equals(LoadOptions.QuestionTypeName(type), value, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new ArgumentException($"{name} wants singleChoice, wordCloud or openText, not '{value}'.");
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{name} wants a whole number, not '{value}'.");

    private static double Double(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new ArgumentException($"{name} wants a number (with a dot), not '{value}'.");
}
