using System.Globalization;

namespace Beleidsdag.LoadTest;

/// <summary>
/// The outcome of one run. <see cref="SummaryLine"/> is the line the benchmark ends with; the other
/// fields are what it is made of, for tests and for finding where time and memory go. With
/// <see cref="LoadOptions.Groups"/> every "answer" below is a werkpunt (the summary line keeps its names).
/// </summary>
public sealed record LoadResult
{
    /// <summary>"singleChoice", "wordCloud", "openText" or "groups" (<see cref="LoadOptions.Scenario"/>).</summary>
    public required string Scenario { get; init; }

    public required int Phones { get; init; }

    public required double WindowSeconds { get; init; }

    /// <summary>Phones that connected, joined and chose a side.</summary>
    public required int Ready { get; init; }

    /// <summary>Phones whose answer (werkpunt) got an ok ack.</summary>
    public required int Acked { get; init; }

    /// <summary>Acked but missing from the facilitator's result (werkpunten) or the phone's own snapshot.</summary>
    public required int AckedNotCounted { get; init; }

    /// <summary>Counted (tally or snapshot) but never acked to the phone.</summary>
    public required int CountedNotAcked { get; init; }

    public int Lost => AckedNotCounted + CountedNotAcked;

    /// <summary>The facilitator's count when the run ended: the result's respondents, or the workshop's werkpunten.</summary>
    public required int TallyRespondents { get; init; }

    /// <summary>Answers that got no ok ack: rejected, timed out or lost with their connection.</summary>
    public required int Failed { get; init; }

    /// <summary>Times a call was refused with "rate-limited" and sent again (join, side and answer).</summary>
    public required int RateLimitedRetries { get; init; }

    public required double AckP50Ms { get; init; }

    public required double AckP99Ms { get; init; }

    public required double AckMaxMs { get; init; }

    public required double SeenP50Ms { get; init; }

    public required double SeenP99Ms { get; init; }

    public required double SeenMaxMs { get; init; }

    /// <summary>Acked answers the screen's count never covered before the benchmark stopped waiting.</summary>
    public required int Unseen { get; init; }

    /// <summary>Screen views received while the answers came in.</summary>
    public required int ScreenUpdates { get; init; }

    /// <summary>From the first connect until every phone had connected, joined and chosen its side.</summary>
    public required double ConnectSeconds { get; init; }

    /// <summary>From the first connect until every phone had joined (without the side choice).</summary>
    public required double JoinSeconds { get; init; }

    public required long RssBeforeKb { get; init; }

    public required long RssConnectedKb { get; init; }

    public required long RssAfterAnswersKb { get; init; }

    /// <summary>(RSS after all phones connected − RSS before) / phones.</summary>
    public required double ServerKbPerPhone { get; init; }

    /// <summary>Server CPU from the first answer until the screen showed the last acked one.</summary>
    public required double AnsweringCpuMs { get; init; }

    public required double AnsweringWallMs { get; init; }

    /// <summary><see cref="AnsweringCpuMs"/> / acked answers.</summary>
    public required double ServerCpuMsPerAnswer { get; init; }

    /// <summary>Server CPU while all phones were connected and idle, in % of one core; null when not measured.</summary>
    public double? IdleCpuPctOfOneCore { get; init; }

    /// <summary>CPU used by other processes on the machine while the phones connected, in % of one core (noise check).</summary>
    public required double OtherCpuPctConnecting { get; init; }

    /// <summary>CPU used by other processes on the machine while the phones answered, in % of one core (noise check).</summary>
    public required double OtherCpuPctAnswering { get; init; }

    /// <summary>With <see cref="LoadOptions.ExportDuring"/>: how long the export took (request to last byte); null when not run.</summary>
    public double? ExportSeconds { get; init; }

    public long? ExportBytes { get; init; }

    /// <summary>Acked answers that were sent while the export ran, and their ack p99 (NaN when none).</summary>
    public int? AnswersDuringExport { get; init; }

    public double? AckP99DuringExportMs { get; init; }

    public required string GcMode { get; init; }

    public required string ServerPath { get; init; }

    public required int Seed { get; init; }

    /// <summary>Every phone acked and nothing was lost: the benchmark's exit code 0.</summary>
    public bool Passed => Lost == 0 && Acked == Phones;

    /// <summary>The benchmark's last line; numbers in the invariant culture.</summary>
    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"phones={Phones} window_s={Number(WindowSeconds, 1)} acked={Acked} lost={Lost} ack_p50_ms={Number(AckP50Ms, 1)} ack_p99_ms={Number(AckP99Ms, 1)} seen_p50_ms={Number(SeenP50Ms, 1)} seen_p99_ms={Number(SeenP99Ms, 1)} connect_s={Number(ConnectSeconds, 2)} server_kb_per_phone={Number(ServerKbPerPhone, 1)} server_cpu_ms_per_answer={Number(ServerCpuMsPerAnswer, 3)}{ExportFields}");

    /// <summary>Only with --export-during, so the line stays as it was without it.</summary>
    private string ExportFields => ExportSeconds is { } seconds
        ? string.Create(CultureInfo.InvariantCulture, $" export_s={Number(seconds, 2)} answers_during_export={AnswersDuringExport} ack_p99_during_export_ms={Number(AckP99DuringExportMs ?? double.NaN, 1)}")
        : string.Empty;

    internal static string Number(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "nan";
}
