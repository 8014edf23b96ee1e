using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Prepare;

public sealed record WorkshopSummary(string Id, string Title, string Municipality, DateOnly Date, string JoinCode, string ScreenKey, int Activities);

public sealed record CreateWorkshopResult(bool Ok, IReadOnlyList<string> Errors, WorkshopSummary? Workshop);

/// <summary>Creating and listing workshops, for the console and the facilitator hub alike.</summary>
public sealed class PreparationService(WorkshopRegistry registry, TemplateCatalog templates)
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

    /// <summary>
    /// Creates a workshop with a template's agenda (its ids included, so a follow-up can compare).
    /// <paramref name="followUpOf"/> is the id of the earlier workshop this one repeats, or null.
    /// </summary>
    public async Task<CreateWorkshopResult> CreateFromTemplateAsync(string? templateKey, string? title, string? municipality, DateOnly date, string? followUpOf)
    {
        var template = templates.Find(templateKey);
        var errors = new List<string>();
        if (template is null)
        {
            errors.Add("Kies een sjabloon.");
        }

        Required(errors, title, "De titel", Limits.TitleLength);
        Required(errors, municipality, "De gemeente", Limits.MunicipalityLength);
        if (!string.IsNullOrEmpty(followUpOf) && registry.FindById(followUpOf) is null)
        {
            errors.Add("De workshop waarvan dit een opvolging is, bestaat niet (meer).");
        }

        if (errors.Count > 0)
        {
            return new CreateWorkshopResult(false, errors, null);
        }

        var runtime = await registry.CreateAsync(keys => template!.ToWorkshop(
            keys.Id, keys.JoinCode, keys.ScreenKey, keys.CreatedAt, title!, municipality!, date, string.IsNullOrEmpty(followUpOf) ? null : followUpOf));
        return new CreateWorkshopResult(true, [], Summarize(runtime.Workshop));
    }

    private static void Required(List<string> errors, string? value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} is verplicht.");
        }
        else if (value.Trim().Length > max)
        {
            errors.Add($"{name} is langer dan {max} tekens.");
        }
    }

    public static WorkshopSummary Summarize(Workshop w) =>
        new(w.Id, w.Title, w.Municipality, w.Date, w.JoinCode, w.ScreenKey, w.Agenda.Count);
}
