using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Prepare.Components;

/// <summary>The editable form state of the group exercise; turned into a <see cref="GroupWorkDraft"/> on save.</summary>
public sealed class GroupWorkForm
{
    public bool Included { get; set; } = true;

    public string Title { get; set; } = string.Empty;

    public List<GroupForm> Groups { get; } = [];

    public int TargetPerGroup { get; set; }

    /// <summary>Dots per participant for the prioritisation; 0 leaves the prioritisation out.</summary>
    public int Dots { get; set; }

    public bool ConsentRound { get; set; }

    /// <summary>The presentation's exercise: the four phases of the beleidscyclus with their richtvragen.</summary>
    public static GroupWorkForm Beleidscyclus()
    {
        var draft = GroupWorkDraft.Beleidscyclus();
        var form = new GroupWorkForm { Title = draft.Title, TargetPerGroup = draft.TargetPerGroup, Dots = draft.Dots, ConsentRound = draft.ConsentRound };
        form.Groups.AddRange(draft.Groups.Select(GroupForm.Of));
        return form;
    }

    /// <summary>Null when the exercise is left out.</summary>
    public GroupWorkDraft? ToDraft() => Included
        ? new GroupWorkDraft(Title, [.. Groups.Select(g => g.ToDraft())], TargetPerGroup, Dots, ConsentRound)
        : null;
}

public sealed class GroupForm
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The phase of the beleidscyclus this group works on; a group added by hand has none.</summary>
    public BeleidscyclusPhase? Phase { get; init; }

    public List<RichtvraagForm> Richtvragen { get; } = [new()];

    public static GroupForm Of(GroupDraft draft)
    {
        var form = new GroupForm { Name = draft.Name, Phase = draft.Phase };
        form.Richtvragen.Clear();
        form.Richtvragen.AddRange(draft.Richtvragen.Select(r => new RichtvraagForm { Text = r }));
        return form;
    }

    public GroupDraft ToDraft() => new(Name, Phase, [.. Richtvragen.Select(r => r.Text)]);
}

public sealed class RichtvraagForm
{
    public string Text { get; set; } = string.Empty;
}
