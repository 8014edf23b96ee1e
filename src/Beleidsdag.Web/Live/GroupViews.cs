using Beleidsdag.Domain.Groups;

namespace Beleidsdag.Web.Live;

// What phones, the screen and the console see of the group exercise, prioritisation and consent round.

public sealed record GroupView(string Id, string Name, string? Phase, IReadOnlyList<string> Richtvragen);

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
    DateTimeOffset UpdatedAt);

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
