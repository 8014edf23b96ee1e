using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Prepare.Components;

namespace Beleidsdag.Web.Tests.Features.Prepare;

public class GroupWorkEditorTests
{
    [Fact]
    public void GroupWorkForm_ByDefault_IsThePresentationsExercise()
    {
        var draft = GroupWorkForm.Beleidscyclus().ToDraft();

        Assert.NotNull(draft);
        Assert.Equal(GroupWorkDraft.Beleidscyclus().Title, draft.Title);
        Assert.Equal(Beleidscyclus.Phases, draft.Groups.Select(g => g.Phase!.Value));
        Assert.Equal(Beleidscyclus.Richtvragen(BeleidscyclusPhase.Beleidsbeslissing), draft.Groups[1].Richtvragen);
        Assert.Equal((3, Limits.DefaultDots, true), (draft.TargetPerGroup, draft.Dots, draft.ConsentRound));
        Assert.Empty(draft.Validate());
    }

    [Fact]
    public void GroupWorkForm_SwitchedOff_LeavesTheExerciseOut()
    {
        var form = GroupWorkForm.Beleidscyclus();
        form.Included = false;

        Assert.Null(form.ToDraft());
    }

    [Fact]
    public async Task GroupWorkEditor_ShowsEveryGroupWithItsRichtvragen()
    {
        await using var ctx = TestServices.NewContext();
        ctx.Render<MudBlazor.MudPopoverProvider>();

        var cut = ctx.Render<GroupWorkEditor>(p => p.Add(c => c.Form, GroupWorkForm.Beleidscyclus()));

        var groups = cut.FindAll("[data-testid=group-form]");
        Assert.Equal(4, groups.Count);
        Assert.Equal(Beleidscyclus.Richtvragen(BeleidscyclusPhase.Beleidsvoorbereiding).Count, groups[0].QuerySelectorAll("textarea, input").Length - 1);
    }

    [Fact]
    public async Task GroupWorkEditor_AddsGroups_UpToTheLimit()
    {
        await using var ctx = TestServices.NewContext();
        ctx.Render<MudBlazor.MudPopoverProvider>();
        var form = GroupWorkForm.Beleidscyclus();

        var cut = ctx.Render<GroupWorkEditor>(p => p.Add(c => c.Form, form));
        for (var i = 0; i < 10; i++)
        {
            var add = cut.Find("[data-testid=add-group]");
            if (add.HasAttribute("disabled"))
            {
                break;
            }

            add.Click();
        }

        Assert.Equal(Limits.MaxGroups, form.Groups.Count);
        Assert.Equal("Groep 5", form.Groups[4].Name);
        Assert.Null(form.Groups[4].Phase);
        Assert.True(cut.Find("[data-testid=add-group]").HasAttribute("disabled"));
    }
}
