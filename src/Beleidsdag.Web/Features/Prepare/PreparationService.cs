using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Prepare;

public sealed record WorkshopSummary(string Id, string Title, string Municipality, DateOnly Date, string JoinCode, string ScreenKey, int Activities);

public sealed record CreateWorkshopResult(bool Ok, IReadOnlyList<string> Errors, WorkshopSummary? Workshop);

/// <summary>Creating and listing workshops, for the console and the facilitator hub alike.</summary>
public sealed class PreparationService(WorkshopRegistry registry)
{
    public IReadOnlyList<WorkshopSummary> List() => [.. registry.All.Select(r => Summarize(r.Workshop))];

    public async Task<CreateWorkshopResult> CreateAsync(WorkshopDraft? draft)
    {
        if (draft is null)
        {
            return new CreateWorkshopResult(false, ["Er is niets ingevuld."], null);
        }

        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return new CreateWorkshopResult(false, errors, null);
        }

        var runtime = await registry.CreateAsync(draft);
        return new CreateWorkshopResult(true, [], Summarize(runtime.Workshop));
    }

    public static WorkshopSummary Summarize(Workshop w) =>
        new(w.Id, w.Title, w.Municipality, w.Date, w.JoinCode, w.ScreenKey, w.Agenda.Count);
}
