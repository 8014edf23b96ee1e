using Beleidsdag.Domain.Groups;

namespace Beleidsdag.Web.Live;

// What phones, the screen and the console see of the group exercise, prioritisation and consent round.

public sealed record GroupView(string Id, string Name, string? Phase, IReadOnlyList<string> Richtvragen)
{
    /// <summary>The chapter a new werkpunt of this group starts in (its key).</summary>
    public string Chapter { get; init; } = string.Empty;
}

/// <summary>The countdown as the server sees it now; clients count down from <see cref="EndsAt"/> corrected by <see cref="ServerNow"/>.</summary>
public sealed record TimerView(DateTimeOffset? EndsAt, long? PausedLeftMs, DateTimeOffset ServerNow);

public sealed record ExerciseView(
    string ActivityId,
    string Title,
    string StrategicQuestion,
    string OperationalQuestion,
    int TargetPerGroup,
    IReadOnlyList<GroupView> Groups,
    TimerView Timer,
    bool Plenary,
    int PlenaryGroup,
    int PlenaryItem)
{
    /// <summary>During the plenary: the werkpunt on the screen now, so every phone can give it +1.</summary>
    public WerkpuntView? PlenaryWerkpunt { get; init; }

    /// <summary>The chapters a group can put a werkpunt in (<c>saveWerkpunt</c>'s <c>chapter</c>).</summary>
    public IReadOnlyList<ChapterChoice> Chapters { get; init; } = ChapterChoice.All;

    /// <summary>The roles "wie neemt het op" is picked from; the phone sends the pick or what was typed as <c>ownerRole</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = WerkpuntRoles.All;
}

public sealed record WerkpuntView(
    string Id,
    string GroupId,
    string GroupName,
    WerkpuntContent Content,
    int Version,
    int PlusOnes,
    bool Hidden,
    string? MergedInto,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The afsprakennota chapter it belongs in, as its key ("rollen-en-taken"; docs/protocol.md).</summary>
    public string Chapter { get; init; } = string.Empty;

    /// <summary>The termijn as a date ("2027-03-31"), read from the label as typed; null when the label names none.</summary>
    public DateOnly? TermDate { get; init; }
}

/// <summary>A chapter of the afsprakennota a werkpunt can be put in: the key the phone sends back, and its Dutch label.</summary>
public sealed record ChapterChoice(string Key, string Label)
{
    public static IReadOnlyList<ChapterChoice> All { get; } =
        [.. Beleidsdag.Domain.Workshops.Afsprakennota.Chapters.Select(c => new ChapterChoice(Beleidsdag.Domain.Workshops.Afsprakennota.Key(c), Beleidsdag.Domain.Workshops.Afsprakennota.Label(c)))];
}

/// <summary>One group's shared list, pushed to its members whenever it changes.</summary>
public sealed record BoardView(string ExerciseId, string GroupId, int Members, IReadOnlyList<WerkpuntView> Werkpunten);

/// <summary>Prioritisation (dots) or consent round: the werkpunten to vote on.</summary>
public sealed record VoteView(int Dots, IReadOnlyList<WerkpuntView> Werkpunten);

/// <summary>What the phone itself gave in the current activity, for restoring after a reload.</summary>
public sealed record MyGroupWork(
    string? GroupId,
    BoardView? Board,
    IReadOnlyDictionary<string, int> Dots,
    IReadOnlyDictionary<string, ConsentChoice> Consent,
    IReadOnlyList<string> PlusOnes);

/// <summary>For the console's overview and the screen during group work: one group, live.</summary>
public sealed record GroupProgress(string GroupId, string Name, int Members, int CbsVb, int Mat, int Werkpunten, DateTimeOffset? LastActivity);

public sealed record ExerciseScreen(ExerciseView Exercise, IReadOnlyList<GroupProgress> Groups, WerkpuntView? PlenaryWerkpunt);

public sealed record PriorityLine(WerkpuntView Werkpunt, PriorityRow Row);

public sealed record PrioritiesScreen(int Voters, bool SplitShown, IReadOnlyList<PriorityLine> Lines)
{
    /// <summary>"Anders" voters left out of every figure (fewer than the anonymity minimum).</summary>
    public int UncountedAnders { get; init; }
}

public sealed record ConsentLine(WerkpuntView Werkpunt, ConsentRow Row);
