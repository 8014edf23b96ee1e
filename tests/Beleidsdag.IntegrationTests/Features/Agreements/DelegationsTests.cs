using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.EditAgenda;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Agreements;

/// <summary>The delegations item on the real app: recorded per domain over the facilitator hub, on the screen, in the export, kept over a restart.</summary>
public sealed class DelegationsTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Delegations_RecordedPerDomain_AreOnTheScreen_InTheExport_AndSurviveARestart()
    {
        string workshopId, activityId;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateGroupWorkshopAsync();
            workshopId = workshop.Id;
            var change = await app.Services.GetRequiredService<AgendaEditingService>().AddDelegationsAsync(workshop.Id, "Delegaties vandaag");
            Assert.Equal(AgendaChangeStatus.Saved, change.Status);
            var detail = await facilitator.GetWorkshopAsync(workshop.Id);
            var index = detail.Agenda.ToList().FindIndex(a => a.Kind == ActivityKind.Delegations);
            activityId = detail.Agenda[index].ActivityId;
            await facilitator.InvokeAsync<LiveStateView?>("GoTo", workshop.Id, index);

            var personeel = new DelegationRecord(activityId, "Personeel", "Aanstelling contractuelen tot niveau B", "Algemeen directeur", "CBS-besluit van 12/03/2025", "Maandelijks overzicht aan het college", "Ook niveau A");
            Assert.True((await facilitator.InvokeAsync<AgreementResult>("SaveDelegation", workshop.Id, personeel)).Ok);
            var overheid = personeel with { Domain = "Overheidsopdrachten", Today = "Tot 8.500 euro", Change = "" };
            Assert.True((await facilitator.InvokeAsync<AgreementResult>("SaveDelegation", workshop.Id, overheid)).Ok);
            // The same domain again, typed differently, replaces its row.
            Assert.True((await facilitator.InvokeAsync<AgreementResult>("SaveDelegation", workshop.Id, personeel with { Domain = " personeel", Change = "Ook niveau A en A+" })).Ok);

            var tooLong = await facilitator.InvokeAsync<AgreementResult>("SaveDelegation", workshop.Id, personeel with { Domain = "Financieel", Reporting = new string('x', Limits.RecordFieldLength + 1) });
            Assert.Equal(["Het veld 'Hoe wordt erover gerapporteerd' is te lang (hoogstens 1000 tekens)."], tooLong.Errors);
            var noDomain = await facilitator.InvokeAsync<AgreementResult>("SaveDelegation", workshop.Id, personeel with { Domain = "  " });
            Assert.Equal(["Geef het domein een naam (bv. Personeel)."], noDomain.Errors);

            var rows = await facilitator.InvokeAsync<IReadOnlyList<DelegationRecord>>("GetDelegations", workshop.Id, activityId);
            Assert.Equal([("personeel", "Ook niveau A en A+"), ("Overheidsopdrachten", "")], rows.Select(r => (r.Domain, r.Change)));
            var screen = await facilitator.InvokeAsync<ScreenView?>("GetScreen", workshop.Id);
            Assert.Equal(ActivityKind.Delegations, screen!.Current!.Kind);
            Assert.Equal(["personeel", "Overheidsopdrachten"], screen.Current.Delegations!.Select(r => r.Domain));

            using var workbook = await Workbooks.ExportAsync(app, workshop.Id);
            var sheet = Workbooks.TextOf(workbook.Worksheet("Delegaties"));
            Assert.Contains("Domein | Wat is vandaag gedelegeerd | Aan wie | Delegatiebesluit | Hoe wordt erover gerapporteerd | Wat moet er veranderen", sheet, StringComparison.Ordinal);
            Assert.Contains("personeel | Aanstelling contractuelen tot niveau B | Algemeen directeur | CBS-besluit van 12/03/2025 | Maandelijks overzicht aan het college | Ook niveau A en A+", sheet, StringComparison.Ordinal);
            Assert.Contains("Verwijzen naar de betreffende delegatiebesluiten".ToLowerInvariant(), sheet.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.True(await facilitator.InvokeAsync<bool>("RemoveDelegation", workshop.Id, activityId, "OVERHEIDSOPDRACHTEN"));
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var rows = await facilitator.InvokeAsync<IReadOnlyList<DelegationRecord>>("GetDelegations", workshopId, activityId);
            Assert.Equal(["personeel"], rows.Select(r => r.Domain));
        }
    }

    public void Dispose() => _data.Dispose();
}
