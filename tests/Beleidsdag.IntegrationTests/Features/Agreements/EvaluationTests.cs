using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.EditAgenda;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Agreements;

/// <summary>The evaluation item on the real app: recorded over the facilitator hub, on the screen, in the export with the reporting duties, kept over a restart.</summary>
public sealed class EvaluationTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Evaluation_WhenByWhomAndBreaches_AreOnTheScreen_InTheExport_AndSurviveARestart()
    {
        string workshopId, activityId;
        var record = new EvaluationRecord("", "Jaarlijks in december, op een gezamenlijk overleg", "CBS en MAT samen, voorbereid door de algemeen directeur",
            "De burgemeester en de algemeen directeur spreken de betrokkene aan; blijft het, dan op de agenda van het overleg", "Na 3 jaar een nieuwe beleidsdag");
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateGroupWorkshopAsync();
            workshopId = workshop.Id;
            Assert.Equal(AgendaChangeStatus.Saved, (await app.Services.GetRequiredService<AgendaEditingService>().AddEvaluationAsync(workshop.Id, "Evaluatie van de afspraken")).Status);
            var detail = await facilitator.GetWorkshopAsync(workshop.Id);
            var index = detail.Agenda.ToList().FindIndex(a => a.Kind == ActivityKind.Evaluation);
            activityId = detail.Agenda[index].ActivityId;
            await facilitator.InvokeAsync<LiveStateView?>("GoTo", workshop.Id, index);

            var tooLong = await facilitator.InvokeAsync<AgreementResult>("SaveEvaluation", workshop.Id, record with { ActivityId = activityId, Breaches = new string('x', Limits.RecordFieldLength + 1) });
            Assert.Equal(["Het veld 'Wat gebeurt er bij een inbreuk op een afspraak?' is te lang (hoogstens 1000 tekens)."], tooLong.Errors);
            Assert.Null(await facilitator.InvokeAsync<EvaluationRecord?>("GetEvaluation", workshop.Id, activityId));
            Assert.True((await facilitator.InvokeAsync<AgreementResult>("SaveEvaluation", workshop.Id, record with { ActivityId = activityId })).Ok);

            var screen = await facilitator.InvokeAsync<ScreenView?>("GetScreen", workshop.Id);
            Assert.Equal("Jaarlijks in december, op een gezamenlijk overleg", screen!.Current!.Evaluation!.When);

            using var workbook = await Workbooks.ExportAsync(app, workshop.Id);
            var sheet = Workbooks.TextOf(workbook.Worksheet("Werkafspraken"));
            Assert.Contains("Wanneer evalueren we de afspraken? | Jaarlijks in december, op een gezamenlijk overleg", sheet, StringComparison.Ordinal);
            Assert.Contains("Wat gebeurt er bij een inbreuk op een afspraak? | De burgemeester en de algemeen directeur spreken", sheet, StringComparison.Ordinal);
            Assert.Contains("Art. 257 en 263 DLB | De rapportering (tweemaal per jaar)", sheet, StringComparison.Ordinal);
            Assert.Contains("Voorzie mechanismes bij inbreuken op afspraken", sheet, StringComparison.Ordinal);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var stored = await facilitator.InvokeAsync<EvaluationRecord?>("GetEvaluation", workshopId, activityId);
            Assert.Equal(record with { ActivityId = activityId }, stored);
        }
    }

    public void Dispose() => _data.Dispose();
}
