using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests.Features.Present;

/// <summary>The group exercise as the runtime hands it to the screen and the console, built small for tests.</summary>
internal static class GroupBuilders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 42, 0, TimeSpan.Zero);

    public const string JoinUrl = "http://192.168.1.20:5000/j/ABC123";

    public static GroupView Group(int number, string name) => new($"g{number}", name, name, [$"Richtvraag van {name}"]);

    public static IReadOnlyList<GroupView> FourPhases { get; } =
    [
        Group(1, "Beleidsvoorbereiding"), Group(2, "Beleidsbeslissing"), Group(3, "Beleidsuitvoering"), Group(4, "Beleidsevaluatie en bijsturing"),
    ];

    public static TimerView NoTimer { get; } = new(null, null, Now);

    public static TimerView Running(TimeSpan left) => new(Now + left, null, Now);

    public static TimerView Paused(TimeSpan left) => new(null, (long)left.TotalMilliseconds, Now);

    public static WerkpuntContent Content(string text, params string[] oplossingen) =>
        new(text, oplossingen, WerkpuntOwner.Mat, string.Empty, "voor de zomer", string.Empty);

    public static WerkpuntView Werkpunt(string id, string groupId, string text, int plusOnes = 0, bool hidden = false, string? mergedInto = null) =>
        new(id, groupId, groupId.Replace("g", "Groep ", StringComparison.Ordinal), Content(text, $"Oplossing voor {text}"), 1, plusOnes, hidden, mergedInto, Now);

    public static GroupProgress Progress(GroupView group, int members, int werkpunten, int cbsVb = 0, int mat = 0, DateTimeOffset? last = null) =>
        new(group.Id, group.Name, members, cbsVb, mat, werkpunten, last);

    /// <summary>Four groups; <paramref name="werkpunten"/> per group; in the plenary at (group, item) when given.</summary>
    public static ExerciseScreen Exercise(
        int[] werkpunten,
        TimerView? timer = null,
        (int Group, int Item)? plenary = null,
        WerkpuntView? shown = null,
        int target = 3) =>
        new(
            new ExerciseView("ex", "Oefening: wederzijdse verwachtingen", "Strategische vraag?", "Operationele vraag?", target, FourPhases,
                timer ?? NoTimer, plenary is not null, plenary?.Group ?? 0, plenary?.Item ?? 0),
            [.. FourPhases.Select((g, i) => Progress(g, 4, werkpunten[i], 2, 2))],
            shown);

    public static ManualClock UseClock(this BunitContext ctx, TimeZoneInfo? zone = null)
    {
        var clock = new ManualClock(Now, zone ?? TimeZoneInfo.Utc);
        ctx.Services.AddSingleton<TimeProvider>(clock);
        return clock;
    }
}

/// <summary>A clock the test sets by hand; timers it creates still run on real time, which these tests never wait for.</summary>
internal sealed class ManualClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => zone;
}
