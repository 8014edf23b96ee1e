using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>Moderating open answers: a command of the facilitator, committed and then announced like any other.</summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>
    /// Approves, hides or merges one open answer (the version the facilitator saw: a changed text is
    /// pending again). Returns false when there is no such answer, or a merge target that is not approved.
    /// </summary>
    public async Task<bool> ModerateAsync(string questionId, string participantId, ModerationStatus status, string? mergeInto)
    {
        Task write;
        lock (_gate)
        {
            if (!_responses.TryGetValue(questionId, out var responses) || responses.AnswerOf(participantId) is not { } answer)
            {
                return false;
            }

            if (status == ModerationStatus.Merged
                && (mergeInto is null || mergeInto == participantId || responses.AnswerOf(mergeInto) is not { } target
                    || _moderation.StatusOf(target) != ModerationStatus.Approved))
            {
                return false;
            }

            var decision = new ModerationDecision(questionId, participantId, answer.Seq, status, status == ModerationStatus.Merged ? mergeInto : null);
            _moderation.Apply(decision);
            write = _writer.EnqueueAsync(new SaveModeration(_workshop.Id, decision));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return true;
    }
}
