namespace Beleidsdag.LoadTest;

/// <summary>The measured question's type (<c>--question-type</c>); the names are the protocol's, camelCase on the wire.</summary>
public enum LoadQuestionType
{
    /// <summary>Four options, each phone picks one (the benchmark's original scenario).</summary>
    SingleChoice = 0,

    /// <summary>Each phone sends one to three words of the day.</summary>
    WordCloud = 1,

    /// <summary>Each phone sends one sentence of 40–200 characters; the question is not moderated.</summary>
    OpenText = 2,
}

/// <summary>How one benchmark run goes. Every field has the default the command line uses.</summary>
public sealed record LoadOptions
{
    /// <summary>Simulated phones (<c>--phones</c>).</summary>
    public int Phones { get; init; } = 1000;

    /// <summary>Every phone answers once at a random moment inside this many seconds (<c>--window</c>).</summary>
    public double WindowSeconds { get; init; } = 5;

    /// <summary>When above 0, the server's CPU is measured this long while all phones are connected and idle (<c>--idle-seconds</c>).</summary>
    public double IdleSeconds { get; init; }

    /// <summary>The server's Beleidsdag.Web.dll (<c>--server</c>); null: the Release build of the repository around the current directory.</summary>
    public string? ServerPath { get; init; }

    /// <summary>Phones connecting at the same time (<c>--connect-concurrency</c>).</summary>
    public int ConnectConcurrency { get; init; } = 100;

    /// <summary>
    /// Overrides the server's global cap on participant hub calls (<c>Beleidsdag__ParticipantCallsPerSecond</c>,
    /// <c>--global-calls-per-second</c>); null leaves the server's default (5000/s).
    /// </summary>
    public int? GlobalCallsPerSecond { get; init; }

    /// <summary>Connect straight to the WebSocket without the negotiate request (<c>--skip-negotiation</c>). A browser negotiates.</summary>
    public bool SkipNegotiation { get; init; }

    /// <summary>Extra environment variables for the server process (<c>--server-env KEY=VALUE</c>), e.g. DOTNET_gcServer=0.</summary>
    public IReadOnlyDictionary<string, string> ServerEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Pause after all phones joined before the memory reading, so the join burst's garbage can be collected.</summary>
    public double SettleSeconds { get; init; } = 3;

    /// <summary>
    /// Phones that first join, answer a warm-up question and leave, before anything is measured (<c>--warmup-phones</c>):
    /// the server's join and answer code is then compiled, as on a server that has been running. 0 measures a cold server.
    /// </summary>
    public int WarmupPhones { get; init; } = 100;

    /// <summary>Seed for sides, options and answer moments; null: a new one each run (it is printed).</summary>
    public int? Seed { get; init; }

    /// <summary>The measured question's type (<c>--question-type</c>); ignored with <see cref="Groups"/>.</summary>
    public LoadQuestionType QuestionType { get; init; } = LoadQuestionType.SingleChoice;

    /// <summary>
    /// The group exercise instead of a question (<c>--groups</c>): four groups, everyone assigned by the
    /// facilitator, every phone saves one new werkpunt inside the window. "Answers" in the figures are then werkpunten.
    /// </summary>
    public bool Groups { get; init; }

    /// <summary>
    /// One export of the workbook (<c>GET /api/workshops/{id}/export.xlsx</c> with the facilitator's login), then the
    /// draft afsprakennota (<c>afsprakennota.docx</c>), in the
    /// middle of the answering window (<c>--export-during</c>): the acks sent while it runs show whether it blocks answering.
    /// </summary>
    public bool ExportDuring { get; init; }

    /// <summary>
    /// The bare reference hub instead of the app (<c>--reference</c>; docs/performance.md, "--reference: the yardstick"):
    /// the same phones, window and figures against <c>tests/Beleidsdag.ReferenceHub</c>, to read the app's figures
    /// against on the same machine in the same minutes. Single choice only.
    /// </summary>
    public bool Reference { get; init; }

    /// <summary>What is measured, as the progress lines and the documentation name it.</summary>
    public string Scenario => Reference ? "reference" : Groups ? "groups" : QuestionTypeName(QuestionType);

    /// <summary>The protocol's name of a question type: "singleChoice", "wordCloud", "openText".</summary>
    public static string QuestionTypeName(LoadQuestionType type) => type switch
    {
        LoadQuestionType.WordCloud => "wordCloud",
        LoadQuestionType.OpenText => "openText",
        _ => "singleChoice",
    };

    /// <summary>Echo the server's own output lines (<c>--verbose</c>).</summary>
    public bool EchoServerOutput { get; init; }

    public IEnumerable<string> Problems()
    {
        if (Phones < 1)
        {
            yield return "--phones must be at least 1.";
        }

        if (WindowSeconds is <= 0 or > 3600 || double.IsNaN(WindowSeconds))
        {
            yield return "--window must be between 0 and 3600 seconds.";
        }

        if (IdleSeconds is < 0 or > 3600 || double.IsNaN(IdleSeconds))
        {
            yield return "--idle-seconds must be between 0 and 3600.";
        }

        if (ConnectConcurrency < 1)
        {
            yield return "--connect-concurrency must be at least 1.";
        }

        if (GlobalCallsPerSecond is < 1)
        {
            yield return "--global-calls-per-second must be at least 1.";
        }

        if (WarmupPhones < 0)
        {
            yield return "--warmup-phones must be 0 or more.";
        }

        if (SettleSeconds is < 0 or > 600 || double.IsNaN(SettleSeconds))
        {
            yield return "--settle-seconds must be between 0 and 600.";
        }

        if (!Enum.IsDefined(QuestionType))
        {
            yield return "--question-type must be singleChoice, wordCloud or openText.";
        }

        if (Groups && QuestionType != LoadQuestionType.SingleChoice)
        {
            yield return "--groups measures the group exercise, which has no question: leave --question-type out.";
        }

        if (Reference && (Groups || ExportDuring || QuestionType != LoadQuestionType.SingleChoice || GlobalCallsPerSecond is not null))
        {
            yield return "--reference measures the bare hub's single choice only: leave --groups, --export-during, --question-type and --global-calls-per-second out.";
        }
    }
}
