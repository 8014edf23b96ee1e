using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Features.Facilitate.Components;
using Beleidsdag.Web.Live;
using MudBlazor;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public class WerkpuntCardTests
{
    [Fact]
    public async Task WerkpuntCard_Bewerken_SavesTheEditedWerkpunt()
    {
        await using var ctx = TestServices.NewContext();
        var dialogs = ctx.Render<MudDialogProvider>();
        WerkpuntRevision? revised = null;
        var werkpunt = Werkpunt("w1", "g1", "Adviesvraag komt te laat");
        IReadOnlyList<WerkpuntView> others = [werkpunt];
        var card = ctx.Render<WerkpuntCard>(p => p
            .Add(c => c.Werkpunt, werkpunt)
            .Add(c => c.Others, others)
            .Add(c => c.OnHide, _ => { })
            .Add(c => c.OnMerge, _ => { })
            .Add(c => c.OnRevise, r => revised = r));

        // The click's handler waits for the dialog to close, so it is awaited after Opslaan.
        var editing = card.Find("[data-testid=werkpunt-edit]").ClickAsync(new());
        var text = dialogs.WaitForElement("[data-testid=dialog-text] input, input[data-testid=dialog-text], textarea[data-testid=dialog-text], [data-testid=dialog-text] textarea");
        await text.ChangeAsync(new() { Value = "Adviesvraag komt systematisch te laat" });
        await dialogs.Find("[data-testid=dialog-save]").ClickAsync(new());
        await editing.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal("w1", revised!.WerkpuntId);
        Assert.Equal("Adviesvraag komt systematisch te laat", revised.Content.Text);
        Assert.Equal(werkpunt.Content.Oplossingen, revised.Content.Oplossingen);
        Assert.Equal(WerkpuntOwner.Mat, revised.Content.Owner);
    }

    [Fact]
    public async Task WerkpuntCard_ShowsItsChapterAndTermijnDate_AndAnEditKeepsTheChapter()
    {
        await using var ctx = TestServices.NewContext();
        var dialogs = ctx.Render<MudDialogProvider>();
        WerkpuntRevision? revised = null;
        var typed = Werkpunt("w1", "g1", "Aankoopdelegatie herbekijken");
        var werkpunt = typed with { Content = typed.Content with { Term = "Q1 2027" }, Chapter = "delegaties", TermDate = new DateOnly(2027, 3, 31) };
        var card = ctx.Render<WerkpuntCard>(p => p
            .Add(c => c.Werkpunt, werkpunt)
            .Add(c => c.Others, [werkpunt])
            .Add(c => c.OnHide, _ => { })
            .Add(c => c.OnMerge, _ => { })
            .Add(c => c.OnRevise, r => revised = r));

        Assert.Equal("Hoofdstuk: Delegaties", card.Find("[data-testid=werkpunt-chapter]").TextContent);
        Assert.Contains("Q1 2027 (31/03/2027)", card.Find("[data-testid=werkpunt-term]").TextContent, StringComparison.Ordinal);
        var editing = card.Find("[data-testid=werkpunt-edit]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=dialog-save]");
        await dialogs.Find("[data-testid=dialog-save]").ClickAsync(new());
        await editing.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(Beleidsdag.Domain.Workshops.AfsprakennotaChapter.Delegaties, revised!.Chapter);
    }
}
