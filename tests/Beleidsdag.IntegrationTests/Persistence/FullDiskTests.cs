using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>The app on a real disk that fills up during the day (a small tmpfs) and gets room again.</summary>
public sealed class FullDiskTests
{
    [Fact]
    public async Task FullDisk_RefusesTransiently_ShowsNothingUncommitted_AndWritesAgainOnceThereIsRoom()
    {
        using var disk = SmallDisk.TryMount(megabytes: 8);
        // CI runs as root and mounts it; a developer's laptop may not.
        Assert.SkipWhen(disk is null && Environment.GetEnvironmentVariable("CI") is null, "mounting a tmpfs needs root");
        Assert.NotNull(disk);
        string workshopId, questionId;
        await using (var app = BeleidsdagApp.Start(disk.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
            (workshopId, questionId) = (workshop.Id, question.Id);
            await using var first = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
            await using var second = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
            Assert.True((await first.AnswerAsync(questionId, question.Options[0].Id)).Ok);

            disk.Fill();
            var refused = await second.AnswerAsync(questionId, question.Options[1].Id, key: "tijdens-volle-schijf", seq: 1);

            Assert.False(refused.Ok);
            Assert.Equal("storage-unavailable", refused.Code);
            Assert.Contains("niet bewaard", refused.Message, StringComparison.Ordinal);
            Assert.True(app.Services.GetRequiredService<StorageHealth>().Failing, "the console shows its red banner");
            // Nothing of the refused answer is counted, and the server still answers.
            Assert.Equal([1, 0, 0], (await facilitator.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));

            disk.Free();
            // The phone keeps the answer and sends it again, with the same key, until it is stored.
            var stored = await second.AnswerAsync(questionId, question.Options[1].Id, key: "tijdens-volle-schijf", seq: 1);
            for (var attempt = 0; attempt < 120 && stored.Code == "storage-unavailable"; attempt++)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
                stored = await second.AnswerAsync(questionId, question.Options[1].Id, key: "tijdens-volle-schijf", seq: 1);
            }

            Assert.True(stored.Ok);
            Assert.False(app.Services.GetRequiredService<StorageHealth>().Failing);
            Assert.Equal([1, 1, 0], (await facilitator.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));
        }

        await using var restarted = BeleidsdagApp.Start(disk.Path);
        await using var after = await Facilitator.LogInAsync(restarted.BaseUrl);
        Assert.Equal([1, 1, 0], (await after.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));
    }
}
