using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>Projection helpers shared by the screen, the phones and the console; called under the lock.</summary>
public sealed partial class WorkshopRuntime
{
    private SplitResult Split(string questionId)
    {
        var responses = _responses[questionId];
        return SideSplit.Compute(responses.Question, [.. responses.Answers], _minimumPerSide, _moderation, SideSplit.HoldFor(responses.Question, _live.StateOf(questionId)));
    }

    private List<GapItem> Gaps(bool onlyRevealed) =>
        [.. _workshop.Agenda.OfType<QuestionActivity>()
            .Where(q => !onlyRevealed || _live.StateOf(q.Question.Id).Revealed)
            .SelectMany(q => Split(q.Question.Id).Gaps)
            .OrderByDescending(g => g.Gap)];

    private Side? SideOf(string participantId) => _participants.GetValueOrDefault(participantId)?.Side;

    /// <summary>docs/rules.md: answered = participants with a current answer; eligible = those plus everyone connected now.</summary>
    private (int Answered, int Eligible) CountRespondents(string questionId)
    {
        var responses = _responses[questionId];
        var connectedWithoutAnswer = Connections.CountWhere(id => responses.AnswerOf(id) is null);
        return (responses.RespondentCount, responses.RespondentCount + connectedWithoutAnswer);
    }

    private ActivityView? CurrentActivity() =>
        _workshop.ActivityAt(_live.CurrentIndex) is { } activity ? View(activity, _live.CurrentIndex) : null;

    private ActivityView View(Activity activity, int index)
    {
        var question = activity is QuestionActivity q
            ? new QuestionView(q.Question.Id, q.Question.Type, q.Question.Text, [.. q.Question.Options.Select(o => new OptionView(o.Id, o.Label) { Exclusive = o.Exclusive })], q.Question.MaxChoices, q.Question.Scale, q.Question.Moderated)
            : null;
        // Prioritisation and consent results are revealed like a question's, keyed by the activity id.
        var state = _live.StateOf(question?.Id ?? activity.Id);
        return new ActivityView(activity.Id, activity.Kind, index + 1, _workshop.Agenda.Count, question, state.Phase, state.Revealed, state.SplitBySide)
        {
            Title = activity.Caption,
            Body = (activity as InfoActivity)?.Body,
            Disclosed = state.Disclosed,
            SplitWithheld = state.SplitWithheld,
            Exercise = activity is GroupExerciseActivity exercise ? ExerciseViewOf(exercise) : null,
            Delegations = activity is DelegationsActivity ? DelegationsOf(activity.Id) : null,
            Evaluation = activity is EvaluationActivity ? _evaluations.GetValueOrDefault(activity.Id) : null,
            Vote = activity switch
            {
                PrioritisationActivity p => new VoteView(p.Dots, VisibleWerkpunten()),
                ConsentActivity c => new VoteView(0, [.. InPriorityOrder(c)]),
                _ => null,
            },
        };
    }
}
