using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Templates;

/// <summary>
/// A workshop's content without its day: what a template file describes. The agenda uses the domain's own
/// activities; their ids are the template's <c>id:</c> keys, so every workshop made from it shares them.
/// </summary>
public sealed record WorkshopTemplate(string Key, string Name, string Description, string? Title, IReadOnlyList<Activity> Agenda)
{
    /// <summary>The built-in default program (<c>workshop-templates/beleidsdag.yaml</c>).</summary>
    public const string DefaultKey = "beleidsdag";

    /// <summary>A new workshop with this agenda; activities are immutable records, so they are shared as they are.</summary>
    public Workshop ToWorkshop(string id, string joinCode, string screenKey, DateTimeOffset now, string title, string municipality, DateOnly date, string? followUpOf) => new()
    {
        Id = id,
        Title = title.Trim(),
        Municipality = municipality.Trim(),
        Date = date,
        JoinCode = joinCode,
        ScreenKey = screenKey,
        CreatedAt = now,
        Agenda = Agenda,
        FollowUpOf = followUpOf,
    };

    /// <summary>
    /// A workshop's agenda as a template. Ids a template cannot hold (random ids of a hand-built workshop)
    /// are replaced by the slug of the caption or label; valid ids are kept, so a follow-up still matches.
    /// </summary>
    public static WorkshopTemplate FromWorkshop(Workshop workshop, string name, string description)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Keep every valid id first, so a re-id'd activity cannot take an id a later one already has.
        foreach (var activity in workshop.Agenda.Where(a => TemplateIds.IsValid(a.Id)))
        {
            taken.Add(activity.Id);
        }

        var agenda = workshop.Agenda.Select(a => WithTemplateIds(a, taken)).ToList();
        var key = TemplateIds.Slug(name);
        return new WorkshopTemplate(key.Length > 0 ? key : "sjabloon", name.Trim(), description.Trim(), workshop.Title, agenda);
    }

    private static Activity WithTemplateIds(Activity activity, HashSet<string> taken)
    {
        var id = TemplateIds.IsValid(activity.Id) ? activity.Id : TemplateIds.Unique(null, activity.Caption, taken);
        return activity switch
        {
            QuestionActivity q => q with { Id = id, Question = q.Question with { Id = id, Options = WithTemplateIds(q.Question.Options) } },
            GroupExerciseActivity g => g with { Id = id, Groups = [.. WithTemplateIds(g.Groups)] },
            _ => activity with { Id = id },
        };
    }

    private static List<QuestionOption> WithTemplateIds(IReadOnlyList<QuestionOption> options)
    {
        var taken = options.Where(o => TemplateIds.IsValid(o.Id)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return [.. options.Select(o => TemplateIds.IsValid(o.Id) ? o : o with { Id = TemplateIds.Unique(null, o.Label, taken) })];
    }

    private static IEnumerable<Groups.GroupDefinition> WithTemplateIds(IReadOnlyList<Groups.GroupDefinition> groups)
    {
        var taken = groups.Where(g => TemplateIds.IsValid(g.Id)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        return groups.Select(g => TemplateIds.IsValid(g.Id) ? g : g with { Id = TemplateIds.Unique(null, g.Name, taken) });
    }
}
