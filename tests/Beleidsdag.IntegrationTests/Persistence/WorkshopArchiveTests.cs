using System.Net;
using System.Text;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>Move, keep, delete: a workshop as one .beleidsdag file, and deleting one with all its data.</summary>
public sealed class WorkshopArchiveTests : IDisposable
{
    private readonly TempFolder _laptop = new();
    private readonly TempFolder _spare = new();

    [Fact]
    public async Task ExportedWorkshop_ImportedOnTheSpareLaptop_KeepsItsAnswers_AndItsPhones()
    {
        byte[] file;
        string workshopId, questionId, token;
        await using (var app = BeleidsdagApp.Start(_laptop.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Welke waarden dragen we hoog?", []) { Type = QuestionType.OpenText, Moderated = false });
            (workshopId, questionId) = (workshop.Id, (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!.Id);
            await facilitator.ForwardAsync(workshopId);
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "cbs");
            Assert.True((await phone.SubmitAsync(questionId, AnswerContent.Text("Respect voor elkaars rol"))).Ok);
            token = phone.Token!;
            file = await DownloadAsync(app, ExportEndpointsUrl(workshopId));
        }

        var json = Encoding.UTF8.GetString(file);
        Assert.Contains("\"format\": \"beleidsdag-workshop\"", json, StringComparison.Ordinal);
        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);

        await using var spare = BeleidsdagApp.Start(_spare.Path);
        var archive = spare.Services.GetRequiredService<WorkshopArchiveService>();
        Assert.Null(await archive.ImportAsync(new MemoryStream(file)));
        Assert.Contains("staat al", await archive.ImportAsync(new MemoryStream(file)), StringComparison.Ordinal);

        await using var after = await Facilitator.LogInAsync(spare.BaseUrl);
        var cards = ((OpenTextResult)(await after.GetResultAsync(workshopId, questionId)).Overall).Cards;
        Assert.Equal("Respect voor elkaars rol", Assert.Single(cards).Text);
        await using var samePhone = await Phone.ConnectAsync(spare.BaseUrl);
        var summary = Assert.Single((await after.InvokeAsync<IReadOnlyList<WorkshopSummary>>("ListWorkshops")));
        Assert.Equal("cbs", (await samePhone.JoinAsync(summary.JoinCode, token)).Side);
    }

    [Fact]
    public async Task DeletedWorkshop_LeavesNoTextInTheDatabaseFile_AndTheConsoleNamesTheBackupsThatHoldIt()
    {
        const string Secret = "Geheim-Zottegem-7781";
        const string Kept = "Blijft-bewaard-4412";
        await using (var app = BeleidsdagApp.Start(_laptop.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var deleted = await OpenTextWorkshopAnsweredAsync(app, facilitator, Secret);
            var kept = await OpenTextWorkshopAnsweredAsync(app, facilitator, Kept);
            // Moving on makes a backup that holds the answer.
            await facilitator.ForwardAsync(deleted);
            await WaitForBackupHoldingAsync(Secret);

            var archive = app.Services.GetRequiredService<WorkshopArchiveService>();
            var result = await archive.DeleteAsync(deleted);

            Assert.NotNull(result);
            Assert.NotEmpty(result.BackupsHoldingIt);
            foreach (var name in new[] { BeleidsdagDatabase.FileName, BeleidsdagDatabase.LogFileName })
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(_laptop.Path, name), TestContext.Current.CancellationToken);
                Assert.False(Contains(bytes, Secret), $"{name} still holds the deleted workshop's text");
                Assert.False(Contains(bytes, deleted), $"{name} still holds the deleted workshop's id");
            }

            archive.DeleteBackups(result.BackupsHoldingIt);
            Assert.Empty(BackupFolder.Holding(_laptop.Path, Secret));
            Assert.Null(await facilitator.InvokeAsync<object?>("GetWorkshop", deleted));
            Assert.Single(await facilitator.InvokeAsync<IReadOnlyList<WorkshopSummary>>("ListWorkshops"));
            Assert.Contains(kept, (await facilitator.InvokeAsync<IReadOnlyList<WorkshopSummary>>("ListWorkshops")).Select(w => w.Id));
        }

        Assert.True(Contains(await File.ReadAllBytesAsync(Path.Combine(_laptop.Path, BeleidsdagDatabase.FileName), TestContext.Current.CancellationToken), Kept));
    }

    public void Dispose()
    {
        _laptop.Dispose();
        _spare.Dispose();
    }

    private static string ExportEndpointsUrl(string workshopId) => Beleidsdag.Web.Features.Prepare.ArchiveEndpoints.ArchiveUrlOf(workshopId);

    private static async Task<string> OpenTextWorkshopAnsweredAsync(BeleidsdagApp app, Facilitator facilitator, string text)
    {
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Welke waarden dragen we hoog?", []) { Type = QuestionType.OpenText, Moderated = false });
        var questionId = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!.Id;
        await facilitator.ForwardAsync(workshop.Id);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
        Assert.True((await phone.SubmitAsync(questionId, AnswerContent.Text(text))).Ok);
        return workshop.Id;
    }

    private async Task WaitForBackupHoldingAsync(string text)
    {
        for (var i = 0; i < 200 && BackupFolder.Holding(_laptop.Path, text).Count == 0; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<byte[]> DownloadAsync(BeleidsdagApp app, string path)
    {
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
