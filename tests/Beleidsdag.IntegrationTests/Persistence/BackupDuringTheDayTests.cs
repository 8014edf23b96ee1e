using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>Backups at every change of activity, and --restore on the built server.</summary>
public sealed class BackupDuringTheDayTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task MovingToTheNextActivity_MakesABackup_ThatRestoreBringsBack_WithoutWhatCameAfterIt()
    {
        string workshopId, first, second, backup;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateWorkshopAsync(
                new QuestionDraft("Is de nota gedragen?", ["Ja", "Nee", "Weet niet"]),
                new QuestionDraft("Werken we goed samen?", ["Ja", "Nee", "Weet niet"]));
            workshopId = workshop.Id;
            var agenda = (await facilitator.GetWorkshopAsync(workshopId)).Agenda;
            (first, second) = (agenda[0].Question!.Id, agenda[1].Question!.Id);
            await facilitator.ForwardAsync(workshopId);
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
            Assert.True((await phone.AnswerAsync(first, agenda[0].Question!.Options[0].Id)).Ok);
            var writer = app.Services.GetRequiredService<DatabaseWriter>();
            var before = writer.BackupsMade;

            await facilitator.InvokeAsync<Beleidsdag.Web.Features.Facilitate.LiveStateView>("GoTo", workshopId, 1);
            for (var i = 0; i < 200 && writer.BackupsMade == before; i++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            Assert.Equal(before + 1, writer.BackupsMade);
            backup = BackupFolder.Newest(_data.Path)!;
            Assert.True((await phone.AnswerAsync(second, agenda[1].Question!.Options[1].Id)).Ok);
        }

        using var restored = await ServerProcess.StartAsync(_data.Path, "--restore", backup);
        await using var after = await Facilitator.LogInAsync(restored.BaseUrl);
        Assert.Equal(1, (await after.GetTallyAsync(workshopId, first)).Respondents);
        Assert.Equal(0, (await after.GetTallyAsync(workshopId, second)).Respondents);
    }

    public void Dispose() => _data.Dispose();
}
