using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>One item of the agenda. The agenda is an ordered list of activities of several kinds.</summary>
public abstract record Activity(string Id)
{
    public abstract ActivityKind Kind { get; }

    /// <summary>What the console's agenda list shows for this item.</summary>
    public abstract string Caption { get; }

    /// <summary>The afsprakennota chapter this item is input for, when it feeds one (the export sorts by it).</summary>
    public AfsprakennotaChapter? Chapter { get; init; }
}

public enum ActivityKind
{
    Question = 1,
    GroupExercise = 2,
    Prioritisation = 3,
    ConsentRound = 4,
    Info = 5,

    /// <summary>The facilitator records, per domain, what is delegated and how (<see cref="DelegationsActivity"/>).</summary>
    Delegations = 6,

    /// <summary>The facilitator records how the agreements are evaluated and what happens at a breach (<see cref="EvaluationActivity"/>).</summary>
    Evaluation = 7,
}

/// <summary>A slide with a title and some text (a theme's introduction, a break); phones look at the screen.</summary>
public sealed record InfoActivity(string Id, string Title, string Body) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Info;

    /// <summary>The day's closing slide: under its text the screen recaps the werkpunten both sides carry.</summary>
    public bool Recap { get; init; }

    public override string Caption => Title;
}

/// <summary>A question put to the room. Options have stable ids; answers refer to those, never to positions.</summary>
public sealed record QuestionActivity(string Id, Question Question) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Question;

    public override string Caption => Question.Text;
}

/// <summary>
/// The beleidscyclus exercise: groups (by default the four phases) each write about
/// <see cref="TargetPerGroup"/> werkpunten with oplossingen, then report back in plenary.
/// </summary>
public sealed record GroupExerciseActivity(
    string Id,
    string Title,
    IReadOnlyList<GroupDefinition> Groups,
    string StrategicQuestion,
    string OperationalQuestion,
    int TargetPerGroup) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.GroupExercise;

    public override string Caption => Title;

    public GroupDefinition? FindGroup(string groupId) => Groups.FirstOrDefault(g => g.Id == groupId);
}

/// <summary>Every participant spends <see cref="Dots"/> dots over all werkpunten of all groups.</summary>
public sealed record PrioritisationActivity(string Id, string Title, int Dots) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Prioritisation;

    public override string Caption => Title;
}

/// <summary>Per werkpunt: akkoord, bedenking or bezwaar, shown per side.</summary>
public sealed record ConsentActivity(string Id, string Title) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.ConsentRound;

    public override string Caption => Title;
}
