using Beleidsdag.Domain.Groups;

namespace Beleidsdag.Domain.Workshops;

/// <summary>One group as the facilitator set it up: by default a phase of the beleidscyclus with its richtvragen.</summary>
public sealed record GroupDraft(string Name, BeleidscyclusPhase? Phase, IReadOnlyList<string> Richtvragen);

/// <summary>The group exercise, and optionally a prioritisation and a consent round after it.</summary>
public sealed record GroupWorkDraft(string Title, IReadOnlyList<GroupDraft> Groups, int TargetPerGroup, int Dots, bool ConsentRound)
{
    /// <summary>The presentation's exercise: four groups, one per phase, about three werkpunten each.</summary>
    public static GroupWorkDraft Beleidscyclus() => new(
        "Oefening: wederzijdse verwachtingen doorheen de beleidscyclus",
        [.. Domain.Groups.Beleidscyclus.Phases.Select(p => new GroupDraft(Domain.Groups.Beleidscyclus.Label(p), p, Domain.Groups.Beleidscyclus.Richtvragen(p)))],
        3,
        Limits.DefaultDots,
        true);

    public IEnumerable<string> Validate()
    {
        var errors = new List<string>();
        DraftChecks.Text(errors, Title, "De titel van de groepsoefening", Limits.TitleLength);
        if (Groups.Count is < 1 or > Limits.MaxGroups)
        {
            errors.Add($"De groepsoefening heeft 1 tot {Limits.MaxGroups} groepen nodig.");
        }

        for (var i = 0; i < Groups.Count; i++)
        {
            var group = Groups[i];
            DraftChecks.Text(errors, group.Name, $"De naam van groep {i + 1}", Limits.GroupNameLength);
            var richtvragen = group.Richtvragen.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
            if (richtvragen.Count is 0 or > Limits.MaxRichtvragen || richtvragen.Any(r => r.Length > Limits.QuestionTextLength))
            {
                errors.Add($"Groep {i + 1} heeft 1 tot {Limits.MaxRichtvragen} richtvragen nodig, elk hoogstens {Limits.QuestionTextLength} tekens.");
            }
        }

        if (TargetPerGroup is < 1 or > Limits.MaxWerkpuntenPerGroup)
        {
            errors.Add($"Het doel per groep ligt tussen 1 en {Limits.MaxWerkpuntenPerGroup} werkpunten.");
        }

        if (Dots is < 0 or > Limits.MaxDots)
        {
            errors.Add($"Het aantal stippen ligt tussen 0 (niet prioriteren) en {Limits.MaxDots}.");
        }

        return errors;
    }

    public IEnumerable<Activity> ToActivities()
    {
        yield return new GroupExerciseActivity(
            SecretKey.NewId(),
            Title.Trim(),
            [.. Groups.Select(g => new GroupDefinition(SecretKey.NewId(), g.Name.Trim(), g.Phase, [.. g.Richtvragen.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())]))],
            Domain.Groups.Beleidscyclus.StrategicQuestion,
            Domain.Groups.Beleidscyclus.OperationalQuestion,
            TargetPerGroup);
        if (Dots > 0)
        {
            yield return new PrioritisationActivity(SecretKey.NewId(), "Prioriteren: welke werkpunten eerst?", Dots);
        }

        if (ConsentRound)
        {
            yield return new ConsentActivity(SecretKey.NewId(), "Consentronde: dragen we deze afspraken samen?");
        }
    }
}
