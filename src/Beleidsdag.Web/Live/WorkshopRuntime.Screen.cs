using Beleidsdag.Web.Configuration;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>What the phones and the projector see of the room: read under the lock; they change nothing.</summary>
public sealed partial class WorkshopRuntime
{
    public RoomState BuildRoomState()
    {
        lock (_gate)
        {
            return new RoomState(_workshop.Title, _workshop.Municipality, _workshop.JoinCode, _live.Blanked, CurrentActivity());
        }
    }

    public MyAnswer? CurrentAnswerOf(string participantId)
    {
        lock (_gate)
        {
            return _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q
                && _responses[q.Question.Id].AnswerOf(participantId) is { } answer
                ? new MyAnswer(answer.QuestionId, answer.Content.OptionIds, answer.Content.Values, answer.Content.Texts, answer.Seq)
                : null;
        }
    }

    public ScreenView BuildScreenView(PhoneAddress address)
    {
        lock (_gate)
        {
            var current = CurrentActivity();
            var (answered, eligible) = current?.Question is { } q ? CountRespondents(q.Id) : (0, 0);
            var result = current is { Revealed: true, Question: { } revealed } ? Split(revealed.Id) : null;
            return new ScreenView(
                _workshop.Title,
                _workshop.JoinCode,
                address.JoinUrl(_workshop.JoinCode),
                address.ShortAddress,
                Connections.Count,
                _live.Blanked,
                current,
                answered,
                eligible,
                result,
                _live.ShowingGaps ? Gaps(onlyRevealed: true) : null)
            {
                Exercise = _workshop.ActivityAt(_live.CurrentIndex) is GroupExerciseActivity exercise ? ExerciseScreenOf(exercise) : null,
                Priorities = _workshop.ActivityAt(_live.CurrentIndex) is PrioritisationActivity p && current is { Revealed: true } ? PrioritiesOf(p) : null,
                Consent = _workshop.ActivityAt(_live.CurrentIndex) is ConsentActivity c && current is { Revealed: true } ? ConsentOf(c) : null,
                Recap = _workshop.ActivityAt(_live.CurrentIndex) is InfoActivity { Recap: true } ? RecapOf() : null,
                Voters = current is { Kind: ActivityKind.Prioritisation or ActivityKind.ConsentRound, Revealed: false } ? VotersOf(current.ActivityId) : null,
                MinimumPerSide = _minimumPerSide,
            };
        }
    }

    /// <summary>
    /// The current question's id while the screen shows its results (revealed, not blanked); null otherwise.
    /// Cheap: no result is computed.
    /// </summary>
    public string? RevealedQuestionId()
    {
        lock (_gate)
        {
            return !_live.Blanked && _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q && _live.StateOf(q.Question.Id).Revealed
                ? q.Question.Id
                : null;
        }
    }

    /// <summary>What phones show of the current question, only while its results are revealed.</summary>
    public PhoneResults? BuildPhoneResults()
    {
        lock (_gate)
        {
            if (_live.Blanked || _workshop.ActivityAt(_live.CurrentIndex) is not QuestionActivity q
                || _live.StateOf(q.Question.Id) is not { Revealed: true } state)
            {
                return null;
            }

            return PhoneResults.Of(Split(q.Question.Id), state.SplitBySide);
        }
    }
}
