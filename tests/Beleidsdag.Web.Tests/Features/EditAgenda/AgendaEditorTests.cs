using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.EditAgenda;
using Beleidsdag.Web.Features.EditAgenda.Components;
using Beleidsdag.Web.Live;
using MudBlazor;

namespace Beleidsdag.Web.Tests.Features.EditAgenda;

public class AgendaEditorTests
{
    private static readonly Question Gedragen = new("q1", QuestionType.SingleChoice, "Is de nota gedragen?", [new("ja", "Ja"), new("nee", "Nee"), new("wn", "Weet niet")]);

    private static readonly AgendaEntry[] Entries =
    [
        new(new QuestionActivity("a1", Gedragen), 1, false, 3),
        new(new InfoActivity("i1", "Pauze", "Koffie in de foyer."), 2, true, 0),
    ];

    /// <summary>Stands in for the page: records every command and answers as the service would.</summary>
    private sealed class Commands(Func<AgendaCommand, bool, AgendaChange>? answer = null)
    {
        public List<(AgendaCommand Command, bool Confirmed)> Sent { get; } = [];

        public Task<AgendaChange> Run(AgendaCommand command, bool confirmed)
        {
            Sent.Add((command, confirmed));
            return Task.FromResult(answer?.Invoke(command, confirmed) ?? AgendaChange.Saved);
        }
    }

    private static IRenderedComponent<AgendaEditor> Render(BunitContext ctx, Commands commands)
    {
        ctx.Render<MudPopoverProvider>();
        return ctx.Render<AgendaEditor>(p => p.Add(c => c.Entries, Entries).Add(c => c.OnCommand, commands.Run));
    }

    [Fact]
    public async Task AddQuestion_SendsTheTypedQuestionAsANewItem()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands();
        var cut = Render(ctx, commands);

        cut.Find("[data-testid=add-question]").Click();
        var editor = cut.Find("[data-testid=item-editor]");
        cut.Find($"[data-testid=item-editor] input[maxlength='{Limits.QuestionTextLength}']").Change("Wie neemt de notulen?");
        var options = cut.FindAll("[data-testid=item-editor] [data-testid=option-row] input");
        options[0].Change("De secretaris");
        cut.FindAll("[data-testid=item-editor] [data-testid=option-row] input")[1].Change("Het MAT");
        cut.Find("[data-testid=item-save]").Click();

        var save = Assert.IsType<SaveItem>(commands.Sent.Single().Command);
        Assert.NotNull(editor);
        Assert.Null(save.Form.ActivityId);
        Assert.Equal("Wie neemt de notulen?", save.Form.Question!.Text);
        Assert.Equal(["De secretaris", "Het MAT"], save.Form.Question.ToDraft().Options);
        Assert.Empty(cut.FindAll("[data-testid=item-editor]"));
    }

    [Fact]
    public async Task MoveDown_SendsTheMove()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands();
        var cut = Render(ctx, commands);

        cut.FindAll("[data-testid=move-down]")[0].Click();

        Assert.Equal(new MoveItem("a1", 1), commands.Sent.Single().Command);
        Assert.True(cut.FindAll("[data-testid=move-up]")[0].HasAttribute("disabled"));
        Assert.True(cut.FindAll("[data-testid=move-down]")[1].HasAttribute("disabled"));
    }

    [Fact]
    public async Task TheItemOnTheScreen_CannotBeRemoved()
    {
        await using var ctx = TestServices.NewContext();
        var cut = Render(ctx, new Commands());

        Assert.True(cut.FindAll("[data-testid=remove]")[1].HasAttribute("disabled"));
    }

    [Fact]
    public async Task EditQuestion_KeepsTheOptionIdsAndLocksTheTypeWhenItHasAnswers()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands();
        var cut = Render(ctx, commands);

        cut.FindAll("[data-testid=edit]")[0].Click();
        Assert.Contains("Vast: er zijn al antwoorden", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("[data-testid=option-up]")[2].Click();
        cut.Find("[data-testid=item-save]").Click();

        var form = Assert.IsType<SaveItem>(commands.Sent.Single().Command).Form;
        Assert.Equal(["ja", "wn", "nee"], form.Question!.OptionIds);
    }

    [Fact]
    public async Task RemoveOption_WithAnswers_AsksFirst_AndCancellingChangesNothing()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands((_, confirmed) => confirmed
            ? AgendaChange.Saved
            : new AgendaChange(AgendaChangeStatus.NeedsConfirmation, ["3 antwoorden kozen een optie die je verwijdert; die antwoorden vervallen."]));
        var dialogs = ctx.Render<MudDialogProvider>();
        var cut = Render(ctx, commands);

        cut.FindAll("[data-testid=edit]")[0].Click();
        cut.FindAll("[data-testid=option-remove]")[1].Click();
        await cut.InvokeAsync(() => cut.Find("[data-testid=item-save]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains("3 antwoorden kozen een optie die je verwijdert; die antwoorden vervallen. Doorgaan?", dialogs.Markup, StringComparison.Ordinal));
        var cancel = dialogs.FindAll("button").Single(b => b.TextContent.Contains("Annuleren", StringComparison.Ordinal));
        await dialogs.InvokeAsync(() => cancel.Click());

        cut.WaitForAssertion(() => Assert.DoesNotContain("Doorgaan?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal([false], commands.Sent.Select(s => s.Confirmed));
        Assert.NotEmpty(cut.FindAll("[data-testid=item-editor]"));
    }

    [Fact]
    public async Task RemoveQuestion_WithAnswers_ConfirmedGoesThrough()
    {
        await using var ctx = TestServices.NewContext();
        var dialogs = ctx.Render<MudDialogProvider>();
        var commands = new Commands((_, confirmed) => confirmed
            ? AgendaChange.Saved
            : new AgendaChange(AgendaChangeStatus.NeedsConfirmation, ["De vraag “Is de nota gedragen?” heeft 3 antwoorden; die vervallen."]));
        var cut = Render(ctx, commands);

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=remove]")[0].Click());
        dialogs.WaitForAssertion(() => Assert.Contains("heeft 3 antwoorden", dialogs.Markup, StringComparison.Ordinal));
        var yes = dialogs.FindAll("button").Single(b => b.TextContent.Contains("Doorgaan", StringComparison.Ordinal));
        await dialogs.InvokeAsync(() => yes.Click());

        cut.WaitForAssertion(() => Assert.Equal([false, true], commands.Sent.Select(s => s.Confirmed)));
        Assert.All(commands.Sent, s => Assert.Equal(new RemoveItem("a1"), s.Command));
    }

    [Fact]
    public async Task RefusedChange_ShowsTheDutchMessage()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands((_, _) => new AgendaChange(AgendaChangeStatus.Refused, ["Onderdeel 2: de titel is verplicht."]));
        var cut = Render(ctx, commands);

        cut.FindAll("[data-testid=edit]")[1].Click();
        cut.Find("[data-testid=item-save]").Click();

        Assert.Contains("Onderdeel 2: de titel is verplicht.", cut.Find("[data-testid=agenda-errors]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-testid=item-editor]"));
    }
    [Fact]
    public async Task EditMultipleChoice_ExclusiveAndStaysOpen_AreShownAndSaved()
    {
        await using var ctx = TestServices.NewContext();
        var commands = new Commands();
        var question = new Question("q2", QuestionType.MultipleChoice, "Wat loopt goed?", [new("a", "Overleg"), new("b", "Planning"), new("geen", "Geen van deze") { Exclusive = true }])
        {
            MaxChoices = 2,
        };
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<AgendaEditor>(p => p.Add(c => c.Entries, [new AgendaEntry(new QuestionActivity("a2", question), 1, false, 0)]).Add(c => c.OnCommand, commands.Run));

        cut.Find("[data-testid=edit]").Click();
        var boxes = cut.FindAll("input[data-testid=option-exclusive]");
        Assert.Equal([false, false, true], boxes.Select(b => b.ParentElement!.ClassList.Contains("mud-checkbox-true")));
        cut.Find("input[data-testid=stays-open]").Change(true);
        cut.Find("[data-testid=item-save]").Click();

        var draft = Assert.IsType<SaveItem>(commands.Sent.Single().Command).Form.Question!.ToDraft();
        Assert.True(draft.StaysOpenWhileRevealed);
        Assert.Equal(["Geen van deze"], draft.ExclusiveLabels);
        var saved = QuestionEdit.Apply(question, draft, ["a", "b", "geen"]);
        Assert.Equal(["a", "b", "geen"], saved.Options.Select(o => o.Id));
        Assert.True(saved.Options[2].Exclusive && saved.StaysOpenWhileRevealed);
    }
}
