using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// The facilitator's operations over SignalR, for tests, the load benchmark and other tools. It calls the
/// same services as the console; it requires the facilitator cookie.
/// </summary>
[Authorize]
public sealed class FacilitatorHub(PreparationService preparation, FacilitationService facilitation, AgreementsService agreements, PhoneAddressProvider address) : Hub<IFacilitatorClient>
{
    public Task<CreateWorkshopResult> CreateWorkshop(WorkshopDraft? draft) => preparation.CreateAsync(draft);

    public IReadOnlyList<WorkshopSummary> ListWorkshops() => preparation.List();

    public WorkshopDetail? GetWorkshop(string workshopId) =>
        facilitation.Find(workshopId) is { } runtime
            ? new WorkshopDetail(PreparationService.Summarize(runtime.Workshop), runtime.BuildAgenda(), runtime.Live.CurrentIndex, runtime.BuildConsoleNumbers())
            : null;

    public Task<LiveStateView?> Forward(string workshopId) => facilitation.ForwardAsync(workshopId);

    public Task<LiveStateView?> Back(string workshopId) => facilitation.BackAsync(workshopId);

    public Task<LiveStateView?> Open(string workshopId) => facilitation.OpenAsync(workshopId);

    public Task<LiveStateView?> Close(string workshopId) => facilitation.CloseAsync(workshopId);

    public Task<LiveStateView?> Reveal(string workshopId, bool revealed) => facilitation.RevealAsync(workshopId, revealed);

    public Task<LiveStateView?> Blank(string workshopId, bool blanked) => facilitation.BlankAsync(workshopId, blanked);

    public Task<LiveStateView?> GoTo(string workshopId, int index) => facilitation.GoToAsync(workshopId, index);

    public Task<LiveStateView?> SplitBySide(string workshopId, bool split) => facilitation.SplitBySideAsync(workshopId, split);

    public Task<LiveStateView?> ShowGaps(string workshopId, bool showing) => facilitation.ShowGapsAsync(workshopId, showing);

    /// <summary>The result overall and, where the anonymity rule allows, per side — what the facilitator may show.</summary>
    public SplitResult? GetResult(string workshopId, string questionId) => facilitation.GetResult(workshopId, questionId);

    public IReadOnlyList<GapItem> GetGaps(string workshopId) => facilitation.GetGaps(workshopId);

    public IReadOnlyList<OpenAnswerView> GetOpenAnswers(string workshopId, string questionId) => facilitation.GetOpenAnswers(workshopId, questionId);

    public Task<bool> Moderate(string workshopId, string questionId, string participantId, ModerationStatus status, string? mergeInto) =>
        facilitation.ModerateAsync(workshopId, questionId, participantId, status, mergeInto);

    public Task<LiveStateView?> StartTimer(string workshopId, int minutes) => facilitation.StartTimerAsync(workshopId, minutes);

    public Task<LiveStateView?> PauseTimer(string workshopId) => facilitation.PauseTimerAsync(workshopId);

    public Task<LiveStateView?> ResumeTimer(string workshopId) => facilitation.ResumeTimerAsync(workshopId);

    public Task<LiveStateView?> ExtendTimer(string workshopId, int minutes) => facilitation.ExtendTimerAsync(workshopId, minutes);

    public Task<bool> AssignEveryone(string workshopId, string exerciseId) => facilitation.AssignEveryoneAsync(workshopId, exerciseId);

    public Task<bool> MoveToGroup(string workshopId, string exerciseId, string participantId, string groupId) =>
        facilitation.MoveToGroupAsync(workshopId, exerciseId, participantId, groupId);

    public Task<bool> HideWerkpunt(string workshopId, string werkpuntId, bool hidden) => facilitation.HideWerkpuntAsync(workshopId, werkpuntId, hidden);

    public Task<bool> MergeWerkpunt(string workshopId, string werkpuntId, string intoId) => facilitation.MergeWerkpuntAsync(workshopId, werkpuntId, intoId);

    public Task<AgreementResult> SaveDelegation(string workshopId, DelegationRecord? delegation) => agreements.SaveDelegationAsync(workshopId, delegation);

    public Task<bool> RemoveDelegation(string workshopId, string activityId, string domain) => agreements.RemoveDelegationAsync(workshopId, activityId, domain);

    public Task<AgreementResult> SaveEvaluation(string workshopId, EvaluationRecord? evaluation) => agreements.SaveEvaluationAsync(workshopId, evaluation);

    public EvaluationRecord? GetEvaluation(string workshopId, string activityId) => agreements.Evaluation(workshopId, activityId);

    public IReadOnlyList<DelegationRecord> GetDelegations(string workshopId, string activityId) => agreements.Delegations(workshopId, activityId);

    public Task<bool> SetWerkpuntChapter(string workshopId, string werkpuntId, string chapter) => facilitation.SetWerkpuntChapterAsync(workshopId, werkpuntId, chapter);

    public IReadOnlyList<WerkpuntView> GetWerkpunten(string workshopId) => facilitation.Find(workshopId)?.BuildAllWerkpunten() ?? [];

    public IReadOnlyList<GroupProgress> GetGroupProgress(string workshopId, string exerciseId) =>
        facilitation.Find(workshopId)?.BuildGroupProgress(exerciseId) ?? [];

    public ScreenView? GetScreen(string workshopId) =>
        facilitation.Find(workshopId) is { } runtime ? facilitation.ScreenViewOf(runtime, address.Current) : null;

    public IReadOnlyList<ParticipantRow> GetParticipants(string workshopId) => facilitation.Find(workshopId)?.BuildParticipants() ?? [];

    public Task<bool> RemoveParticipant(string workshopId, string participantId) => facilitation.RemoveParticipantAsync(workshopId, participantId);

    public Task<bool> SetExpected(string workshopId, int? cbsVb, int? mat) => facilitation.SetExpectedAsync(workshopId, new Domain.Participants.ExpectedTurnout(cbsVb, mat));

    /// <summary>After this, the caller hears <see cref="IFacilitatorClient.WorkshopChanged"/> (coalesced).</summary>
    public Task Watch(string workshopId) =>
        Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Facilitator(workshopId));
}

public sealed record WorkshopDetail(WorkshopSummary Summary, IReadOnlyList<ActivityView> Agenda, int CurrentIndex, ConsoleNumbers Numbers);
