using Beleidsdag.Web.Configuration;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>The console's projection: one read under the lock per render.</summary>
public sealed partial class WorkshopRuntime
{
    public ConsoleView BuildConsoleView(PhoneAddress address)
    {
        // The lock is re-entrant: the projections below each take it again, inside this one moment.
        lock (_gate)
        {
            var screen = BuildScreenView(address);
            var current = screen.Current;
            var question = current?.Question;
            return new ConsoleView(_workshop, _live, screen, BuildConsoleNumbers())
            {
                Agenda = BuildAgenda(),
                Participants = BuildParticipants(),
                Result = question is null ? null : GetResult(question.Id),
                OpenAnswers = question is { Type: QuestionType.OpenText } ? GetOpenAnswers(question.Id) : [],
                Gaps = GetGaps(onlyRevealed: false),
                Werkpunten = current?.Kind == ActivityKind.GroupExercise ? BuildAllWerkpunten() : [],
                Members = current?.Kind == ActivityKind.GroupExercise ? BuildMembers(current.ActivityId) : [],
                Votes = current?.Kind is ActivityKind.Prioritisation or ActivityKind.ConsentRound ? BuildVoteResults(current.ActivityId) : null,
                Forward = RoomSteps.Forward(_workshop, _live, VisibleWerkpuntCount),
            };
        }
    }

    public ConsoleNumbers BuildConsoleNumbers()
    {
        lock (_gate)
        {
            var (answered, eligible) = _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q ? CountRespondents(q.Question.Id) : (0, Connections.Count);
            return new ConsoleNumbers(Connections.Count, _participants.Values.Count(p => !p.Removed), answered, eligible);
        }
    }

    /// <summary>A question's result overall and, where the anonymity rule allows, per side.</summary>
    public SplitResult? GetResult(string questionId)
    {
        lock (_gate)
        {
            return _responses.ContainsKey(questionId) ? Split(questionId) : null;
        }
    }

    /// <summary>The gaps between CBS/VB and MAT of every question (or only those the room has seen), largest first.</summary>
    public IReadOnlyList<GapItem> GetGaps(bool onlyRevealed)
    {
        lock (_gate)
        {
            return Gaps(onlyRevealed);
        }
    }

    /// <summary>The open answers of a question with their moderation status, for the console's queue.</summary>
    public IReadOnlyList<OpenAnswerView> GetOpenAnswers(string questionId)
    {
        lock (_gate)
        {
            return _responses.TryGetValue(questionId, out var responses) && responses.Question.Type == QuestionType.OpenText
                ? [.. responses.Answers.OrderBy(a => a.AnsweredAt).Select(a =>
                    new OpenAnswerView(a.ParticipantId, a.Content.Texts[0], _moderation.StatusOf(a), _moderation.DecisionFor(a)?.MergedInto, a.AnsweredAt))]
                : [];
        }
    }

    /// <summary>Every agenda item with its phase, for the console's agenda list.</summary>
    public IReadOnlyList<ActivityView> BuildAgenda()
    {
        lock (_gate)
        {
            return [.. _workshop.Agenda.Select((activity, index) => View(activity, index))];
        }
    }
}
