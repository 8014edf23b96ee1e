using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>
/// A werkpunt's afsprakennota chapter over the real hubs, as docs/protocol.md gives it: the group's default, the
/// optional <c>chapter</c> of <c>saveWerkpunt</c>, the facilitator's <c>setWerkpuntChapter</c>, kept over a restart.
/// </summary>
public sealed class WerkpuntChapterTests : IDisposable
{
    private readonly TempFolder _data = new();

    // The phone's JSON as docs/protocol.md spells it (camelCase), not the C# record: this is the contract the phone codes against.
    private static object Werkpunt(string exerciseId, string text, string? chapter, string? id = null, int baseVersion = 0) => new
    {
        exerciseId, werkpuntId = id, baseVersion, text, oplossingen = new[] { "Vaste adviestermijn" },
        owner = "beide", ownerRole = "", term = "2027", comments = "", key = Phone.NewKey(), chapter,
    };

    [Fact]
    public async Task Werkpunt_StartsInItsGroupsChapter_TheGroupAndTheFacilitatorMoveIt_AndItSurvivesARestart()
    {
        string workshopId, werkpuntId;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateGroupWorkshopAsync();
            workshopId = workshop.Id;
            await facilitator.ForwardAsync(workshop.Id);
            var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!;
            await using var an = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "mat");
            Assert.True((await an.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[0].Id, Phone.NewKey()))).Ok);

            var state = await an.GetStateAsync();
            Assert.Equal(["waarden-en-normen", "rollen-en-taken", "delegaties", "communicatie", "werkafspraken", "teamwerking"],
                state.Room!.Current!.Exercise!.Chapters.Select(c => c.Key));
            Assert.Equal("rollen-en-taken", state.Room.Current.Exercise.Groups[0].Chapter);

            var added = await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt te laat", chapter: null));
            Assert.True(added.Ok, added.Message);
            var werkpunt = (await Eventually.Get(() => an.GroupWork.LastOrDefault(g => g.Board?.Werkpunten.Count == 1))).Board!.Werkpunten[0];
            werkpuntId = werkpunt.Id;
            Assert.Equal("rollen-en-taken", werkpunt.Chapter);

            var moved = await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt te laat", "communicatie", werkpunt.Id, 1));
            Assert.True(moved.Ok, moved.Message);
            Assert.Equal("communicatie", (await Eventually.Get(() => an.GroupWork.LastOrDefault(g => g.Board?.Werkpunten.SingleOrDefault()?.Version == 2))).Board!.Werkpunten[0].Chapter);

            // An edit without a chapter keeps the chapter it has.
            Assert.True((await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt vaak te laat", chapter: null, werkpunt.Id, 2))).Ok);
            Assert.Equal("communicatie", (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id)).Single().Chapter);

            var unknown = await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Iets anders", "begroting", werkpunt.Id, 3));
            Assert.Equal(("invalid-request", "Kies een hoofdstuk van de afsprakennota uit de lijst."), (unknown.Code, unknown.Message));
            Assert.Equal("Adviesvraag komt vaak te laat", (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id)).Single().Content.Text);

            Assert.False(await facilitator.InvokeAsync<bool>("SetWerkpuntChapter", workshop.Id, werkpunt.Id, "begroting"));
            Assert.True(await facilitator.InvokeAsync<bool>("SetWerkpuntChapter", workshop.Id, werkpunt.Id, "delegaties"));
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var after = Assert.Single(await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshopId));
            Assert.Equal((werkpuntId, "delegaties"), (after.Id, after.Chapter));
        }
    }

    public void Dispose() => _data.Dispose();
}
