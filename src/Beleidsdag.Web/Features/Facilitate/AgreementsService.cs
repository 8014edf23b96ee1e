using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Facilitate;

/// <summary>The outcome of a record the facilitator saves: ok, or the Dutch problems (nothing was stored).</summary>
public sealed record AgreementResult(bool Ok, IReadOnlyList<string> Errors)
{
    public static AgreementResult From(IReadOnlyList<string> errors) => new(errors.Count == 0, errors);
}

/// <summary>
/// What the facilitator records for the afsprakennota in the console (delegations per domain, the evaluation). The console's form
/// and the facilitator hub both call this; the runtime checks the limits and answers after the commit.
/// </summary>
public sealed class AgreementsService(WorkshopRegistry registry)
{
    private static readonly AgreementResult NoWorkshop = new(false, ["Deze workshop bestaat niet (meer)."]);

    public async Task<AgreementResult> SaveDelegationAsync(string workshopId, DelegationRecord? delegation) =>
        registry.FindById(workshopId) is not { } runtime ? NoWorkshop
        : delegation is null ? new(false, ["Er is niets ingevuld."])
        : AgreementResult.From(await runtime.SaveDelegationAsync(delegation));

    public async Task<AgreementResult> SaveEvaluationAsync(string workshopId, EvaluationRecord? evaluation) =>
        registry.FindById(workshopId) is not { } runtime ? NoWorkshop
        : evaluation is null ? new(false, ["Er is niets ingevuld."])
        : AgreementResult.From(await runtime.SaveEvaluationAsync(evaluation));

    public EvaluationRecord? Evaluation(string workshopId, string activityId) => registry.FindById(workshopId)?.BuildEvaluation(activityId);

    public Task<bool> RemoveDelegationAsync(string workshopId, string activityId, string domain) =>
        registry.FindById(workshopId)?.RemoveDelegationAsync(activityId, domain) ?? Task.FromResult(false);

    public IReadOnlyList<DelegationRecord> Delegations(string workshopId, string activityId) =>
        registry.FindById(workshopId)?.BuildDelegations(activityId) ?? [];
}
