using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.EditAgenda.Components;
using Beleidsdag.Web.Tests.Features.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests.Features.EditAgenda;

public sealed class SaveAsTemplateTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SaveAsTemplate_WithAName_SavesTheAgendaAsATemplateInTheDataFolder()
    {
        await using var ctx = TestServices.NewContext();
        var catalog = TemplateTestData.Catalog(_data.Path);
        ctx.Services.AddSingleton(catalog);
        var workshop = new Workshop
        {
            Id = "w1",
            Title = "Beleidsdag",
            Municipality = "Zottegem",
            Date = new DateOnly(2026, 11, 28),
            JoinCode = "ABC234",
            ScreenKey = "k",
            CreatedAt = DateTimeOffset.UnixEpoch,
            Agenda = [new QuestionActivity("gedragen", new Question("gedragen", QuestionType.YesNo, "Is de inhoud van de nota gedragen?", [new("ja", "Ja"), new("nee", "Nee"), new("weet-niet", "Weet niet")])) { Chapter = AfsprakennotaChapter.Werkafspraken }],
        };

        var cut = ctx.Render<SaveAsTemplate>(p => p.Add(c => c.Workshop, workshop));
        cut.Find("[data-testid=save-as-template]").Click();
        cut.Find("input[data-testid=template-name], [data-testid=template-name] input").Input("Zottegem 2026");
        cut.Find("[data-testid=save-template]").Click();

        Assert.Contains("Bewaard als sjabloon", cut.Find("[data-testid=template-saved]").TextContent, StringComparison.Ordinal);
        var saved = Assert.Single(TemplateTestData.Catalog(_data.Path).Templates, t => t.Name == "Zottegem 2026");
        var question = Assert.IsType<QuestionActivity>(Assert.Single(saved.Agenda));
        Assert.Equal(("gedragen", AfsprakennotaChapter.Werkafspraken), (question.Id, question.Chapter));
    }

    public void Dispose() => _data.Dispose();
}
