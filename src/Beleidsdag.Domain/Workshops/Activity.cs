using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>One item of the agenda. The agenda is an ordered list of activities of several kinds.</summary>
public abstract record Activity(string Id)
{
    public abstract ActivityKind Kind { get; }

    /// <summary>What the console's agenda list shows for this item.</summary>
    public abstract string Caption { get; }
}

public enum ActivityKind
{
    Question = 1,
}

/// <summary>A question put to the room. Options have stable ids; answers refer to those, never to positions.</summary>
public sealed record QuestionActivity(string Id, Question Question) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Question;

    public override string Caption => Question.Text;
}
