using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Participate;

/// <summary>
/// What a phone does in the group exercise, the prioritisation and the consent round. The ack goes back once
/// committed; the runtime publishes the change, and the group's phones hear of it shortly after (coalesced).
/// </summary>
public sealed class GroupWorkService
{
    public async Task<Ack> JoinGroupAsync(WorkshopRuntime runtime, string participantId, GroupChoice? choice)
    {
        if (choice is not { ExerciseId: { } exerciseId, GroupId: { } groupId } || !Keys.IsValid(choice.Key))
        {
            return Acks.Rejected(choice?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.JoinGroupAsync(participantId, choice.Key!, exerciseId, groupId));
    }

    public async Task<Ack> SaveWerkpuntAsync(WorkshopRuntime runtime, string participantId, WerkpuntSubmission? submission)
    {
        if (submission is null || !Keys.IsValid(submission.Key) || ToContent(submission) is not { } content)
        {
            return Acks.Rejected(submission?.Key, SubmissionError.InvalidRequest);
        }

        AfsprakennotaChapter? chapter = null;
        if (submission.Chapter is { Length: > 0 } chapterKey && (chapter = WerkpuntChapters.Parse(chapterKey)) is null)
        {
            return Acks.Rejected(submission.Key, SubmissionError.UnknownChapter);
        }

        if (submission.WerkpuntId is { } werkpuntId)
        {
            return Acks.Of(await runtime.EditWerkpuntAsync(participantId, submission.Key!, werkpuntId, submission.BaseVersion, content, chapter));
        }

        if (submission.ExerciseId is not { Length: > 0 and <= Limits.IdLength } exerciseId)
        {
            return Acks.Rejected(submission.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.AddWerkpuntAsync(participantId, submission.Key!, exerciseId, content, chapter));
    }

    public async Task<Ack> ReactAsync(WorkshopRuntime runtime, string participantId, ReactionSubmission? reaction)
    {
        if (reaction is not { WerkpuntId: { Length: > 0 and <= Limits.IdLength } werkpuntId } || !Keys.IsValid(reaction.Key))
        {
            return Acks.Rejected(reaction?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.ReactAsync(participantId, reaction.Key!, werkpuntId, reaction.On));
    }

    public async Task<Ack> SpendDotsAsync(WorkshopRuntime runtime, string participantId, DotsSubmission? submission)
    {
        if (submission is not { ActivityId: { } activityId, Dots: { Count: <= 200 } dots } || !Keys.IsValid(submission.Key) || submission.Seq < 0)
        {
            return Acks.Rejected(submission?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.SpendDotsAsync(participantId, submission.Key!, activityId, dots, submission.Seq));
    }

    public async Task<Ack> ConsentAsync(WorkshopRuntime runtime, string participantId, ConsentSubmission? submission)
    {
        if (submission is not { ActivityId: { } activityId, WerkpuntId: { } werkpuntId } || !Keys.IsValid(submission.Key)
            || !Enum.TryParse<ConsentChoice>(submission.Choice, ignoreCase: true, out var choice) || !Enum.IsDefined(choice))
        {
            return Acks.Rejected(submission?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.ConsentAsync(participantId, submission.Key!, activityId, werkpuntId, choice));
    }

    private static WerkpuntContent? ToContent(WerkpuntSubmission s)
    {
        var owner = s.Owner switch
        {
            null or "" => WerkpuntOwner.Unknown,
            "cbs" => WerkpuntOwner.CbsVb,
            "mat" => WerkpuntOwner.Mat,
            "beide" => WerkpuntOwner.Beide,
            "rol" => WerkpuntOwner.Rol,
            _ => (WerkpuntOwner?)null,
        };
        var texts = new[] { s.Text, s.OwnerRole, s.Term, s.Comments };
        return owner is null || texts.Any(t => t is { Length: > 2 * Limits.CommentsLength }) || s.Oplossingen is { Count: > 2 * Limits.MaxOplossingen }
            ? null
            : new WerkpuntContent(s.Text ?? string.Empty, [.. (s.Oplossingen ?? []).Select(o => o ?? string.Empty)], owner.Value, s.OwnerRole ?? string.Empty, s.Term ?? string.Empty, s.Comments ?? string.Empty);
    }
}
