using System.Net;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Participate;

/// <summary>Who asks to join: whether the connection holds a participant already, and from which network address.</summary>
public sealed record JoiningConnection(bool HoldsParticipant, IPAddress? Address);

/// <summary>What a phone can do. The participant hub is a thin shell around this.</summary>
public sealed class ParticipationService(
    WorkshopRegistry registry,
    NewParticipantLimit newParticipants)
{
    public const string NotJoined = "not-joined";
    public const string UnknownCode = "unknown-code";
    public const string AlreadyJoined = "already-joined";
    public const string TooManyJoins = "too-many-joins";

    /// <summary>
    /// One person, one voice: a connection holds one participant, so a join that would make a second one on
    /// it is refused; coming back with a known token (the same phone, or a shared tablet passed on) proves who
    /// it is and is always let in. New participants per network address are limited per minute.
    /// </summary>
    public async Task<(JoinResponse Response, WorkshopRuntime? Runtime)> JoinAsync(JoinRequest? request, JoiningConnection connection)
    {
        if (request?.Code is not { Length: <= 40 } || request.Token is { Length: > 100 })
        {
            return (JoinResponse.Failed(SubmissionErrors.Code(SubmissionError.InvalidRequest), SubmissionErrors.Message(SubmissionError.InvalidRequest)), null);
        }

        if (registry.FindByJoinCode(request.Code) is not { } runtime)
        {
            return (JoinResponse.Failed(UnknownCode, "Deze code kennen we niet. Kijk nog eens naar het scherm en typ de 6 tekens opnieuw."), null);
        }

        if (!runtime.IsParticipantToken(request.Token))
        {
            if (connection.HoldsParticipant)
            {
                return (JoinResponse.Failed(AlreadyJoined, "Op deze verbinding doet al een deelnemer mee. Herlaad de pagina om als nieuwe deelnemer mee te doen."), null);
            }

            if (!newParticipants.TryAdmit(connection.Address))
            {
                return (JoinResponse.Failed(TooManyJoins, "Even geduld: er melden zich net veel nieuwe deelnemers aan. Je telefoon probeert het zo vanzelf opnieuw."), null);
            }
        }

        var (participant, newToken) = await runtime.JoinAsync(request.Token);
        return (Snapshot(runtime, participant, newToken), participant.Removed ? null : runtime);
    }

    /// <summary>What a phone shows after a join or a reconnect; a removed participant is told so instead.</summary>
    public JoinResponse Snapshot(WorkshopRuntime runtime, Participant participant, string? newToken = null)
    {
        if (participant.Removed)
        {
            return JoinResponse.Failed(SubmissionErrors.Code(SubmissionError.ParticipantRemoved), SubmissionErrors.Message(SubmissionError.ParticipantRemoved));
        }

        return new(
            true,
            "ok",
            null,
            newToken,
            participant.Id,
            participant.Side is { } side ? Sides.Code(side) : null,
            runtime.BuildRoomState(),
            runtime.CurrentAnswerOf(participant.Id))
        {
            Mine = runtime.BuildMyGroupWork(participant.Id),
            Results = runtime.BuildPhoneResults(),
        };
    }

    public async Task<Ack> ChooseSideAsync(WorkshopRuntime runtime, string participantId, SideChoice? choice)
    {
        if (!Keys.IsValid(choice?.Key) || !Sides.TryParseCode(choice!.Side, out var side))
        {
            return Acks.Rejected(choice?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.ChooseSideAsync(participantId, choice.Key!, side));
    }

    public async Task<Ack> AnswerAsync(WorkshopRuntime runtime, string participantId, AnswerSubmission? submission)
    {
        if (submission is null || !Keys.IsValid(submission.Key) || ToContent(submission) is not { } content
            || submission.QuestionId is not { Length: > 0 and <= Limits.IdLength } || submission.Seq < 0)
        {
            return Acks.Rejected(submission?.Key, SubmissionError.InvalidRequest);
        }

        return Acks.Of(await runtime.AnswerAsync(participantId, submission.Key!, submission.QuestionId, content, submission.Seq));
    }

    public void Connected(WorkshopRuntime runtime, string participantId, string connectionId) =>
        runtime.Connections.Opened(participantId, connectionId);

    public void Disconnected(WorkshopRuntime runtime, string participantId, string connectionId) =>
        runtime.Connections.Closed(participantId, connectionId);

    public static Ack NotJoinedAck(string? key) =>
        new(key, false, NotJoined, "Even opnieuw verbinden…", false);

    /// <summary>
    /// The shape check before the rules: ids short, no more entries than any question type allows. Too many
    /// words or too long a text are left to the rules, which answer with a precise Dutch message.
    /// </summary>
    private static AnswerContent? ToContent(AnswerSubmission s)
    {
        var optionIds = s.OptionIds ?? [];
        var values = s.Values ?? AnswerContent.NoValues;
        var texts = s.Texts ?? [];
        return optionIds.Count <= Limits.MaxOptions && optionIds.All(IsId)
            && values.Count <= Limits.MaxOptions && values.Keys.All(IsId)
            && texts.Count <= Limits.MaxCloudWords + 2 && texts.All(t => t is not null && t.Length <= Limits.OpenTextLength * 2)
            ? new AnswerContent { OptionIds = [.. optionIds], Values = new Dictionary<string, int>(values, StringComparer.Ordinal), Texts = [.. texts] }
            : null;
    }

    private static bool IsId(string? id) => id is { Length: > 0 and <= Limits.IdLength };
}
