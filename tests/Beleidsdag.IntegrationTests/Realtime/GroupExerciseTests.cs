using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>The beleidscyclus exercise over the real hubs: groups, shared werkpunten, conflicts, timer, plenary, dots, consent, restart.</summary>
public sealed class GroupExerciseTests : IDisposable
{
    private readonly TempFolder _data = new();

    private static WerkpuntSubmission Werkpunt(string exerciseId, string text, string? id = null, int baseVersion = 0) =>
        new(exerciseId, id, baseVersion, text, ["Adviesvraag standaard op de agenda van het MAT"], "beide", "", "2027", "", Phone.NewKey());

    [Fact]
    public async Task Members_ShareTheirGroupsWerkpunten_AndAConflictingEditIsRefused()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0];
        Assert.Equal(4, exercise.Exercise!.Groups.Count);

        var phones = new List<Phone>();
        foreach (var side in new[] { "cbs", "cbs", "cbs", "cbs", "mat", "mat", "mat", "mat" })
        {
            phones.Add(await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, side));
        }

        Assert.True(await facilitator.InvokeAsync<bool>("AssignEveryone", workshop.Id, exercise.ActivityId));
        var groupOf = new Dictionary<Phone, string>();
        foreach (var phone in phones)
        {
            groupOf[phone] = (await Support.Eventually.Get(() => phone.GroupWork.LastOrDefault(g => g.GroupId is not null))).GroupId!;
        }

        // Every group got one CBS/VB and one MAT member.
        Assert.All(groupOf.Values.GroupBy(g => g), g => Assert.Equal(2, g.Count()));
        var (an, bart) = (phones[0], phones.Single(p => p != phones[0] && groupOf[p] == groupOf[phones[0]]));

        var added = await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt te laat"));
        Assert.True(added.Ok, added.Message);
        var seenByBart = await Support.Eventually.Get(() => bart.GroupWork.LastOrDefault(g => g.Board?.Werkpunten.Count == 1));
        var werkpunt = seenByBart.Board!.Werkpunten[0];
        Assert.Equal(("Adviesvraag komt te laat", 1), (werkpunt.Content.Text, werkpunt.Version));

        var anEdit = await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt vaak te laat", werkpunt.Id, 1));
        var bartEdit = await bart.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Bart zijn versie", werkpunt.Id, 1));

        Assert.True(anEdit.Ok);
        Assert.Equal("edit-conflict", bartEdit.Code);
        var other = phones.First(p => groupOf[p] != groupOf[an]);
        Assert.Equal("not-in-group", (await other.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Niet van ons", werkpunt.Id, 2))).Code);
        var all = await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id);
        Assert.Equal(("Adviesvraag komt vaak te laat", 2), (all.Single().Content.Text, all.Single().Version));
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task AConnectionThatJoinsAsAnotherParticipant_NoLongerGetsTheFirstOnesGroupWork()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!;
        await using var an = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "mat");
        Assert.True((await an.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[0].Id, Phone.NewKey()))).Ok);
        string bartToken;
        await using (var bart = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "cbs"))
        {
            bartToken = bart.Token!;
        }

        // A shared tablet: first An's phone again, then Bart on the same connection.
        await using var tablet = await Phone.ConnectAsync(app.BaseUrl);
        await tablet.JoinAsync(workshop.JoinCode, an.Token);
        await tablet.JoinAsync(workshop.JoinCode, bartToken);
        // An's group work from before the switch (An's JoinGroup, flushed up to one interval later) may still be
        // on its way to the tablet: let it arrive before listening.
        await Task.Delay(WorkshopNotifier.Interval * 3);
        tablet.GroupWork.Clear();

        Assert.True((await an.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, "Adviesvraag komt te laat"))).Ok);
        await Support.Eventually.Get(() => an.GroupWork.LastOrDefault(g => g.Board?.Werkpunten.Count == 1));
        await Task.Delay(WorkshopNotifier.Interval * 3);

        Assert.DoesNotContain(tablet.GroupWork, g => g.Board is not null);
    }

    [Fact]
    public async Task Timer_Plenary_Dots_AndConsent_SurviveARestart()
    {
        string workshopId, joinCode, token;
        string[] werkpuntIds;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateGroupWorkshopAsync();
            (workshopId, joinCode) = (workshop.Id, workshop.JoinCode);
            await facilitator.ForwardAsync(workshopId);
            var exercise = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[0].Exercise!;
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, joinCode, "mat");
            token = phone.Token!;
            Assert.True((await phone.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[1].Id, Phone.NewKey()))).Ok);
            foreach (var text in new[] { "Doorlooptijd van beslissingen", "Beslissingen duidelijker formuleren" })
            {
                Assert.True((await phone.InvokeAckAsync("SaveWerkpunt", Werkpunt(exercise.ActivityId, text))).Ok);
            }

            var timer = await facilitator.InvokeAsync<LiveStateView>("StartTimer", workshopId, 25);
            Assert.NotNull(timer.Exercises[exercise.ActivityId].Timer.EndsAt);

            // Plenary: forward starts it at the first group with werkpunten (the first group has none).
            await facilitator.ForwardAsync(workshopId);
            var screen = await facilitator.InvokeAsync<ScreenView>("GetScreen", workshopId);
            Assert.True(screen.Exercise!.Exercise.Plenary);
            Assert.Equal("Doorlooptijd van beslissingen", screen.Exercise.PlenaryWerkpunt?.Content.Text);
            werkpuntIds = [.. (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshopId)).Select(w => w.Id)];
            Assert.True((await phone.InvokeAckAsync("React", new ReactionSubmission(werkpuntIds[0], true, Phone.NewKey()))).Ok);

            var prioritisation = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[1].ActivityId;
            await facilitator.InvokeAsync<LiveStateView>("GoTo", workshopId, 1);
            var tooMany = await phone.InvokeAckAsync("SpendDots", new DotsSubmission(prioritisation, new Dictionary<string, int> { [werkpuntIds[0]] = 4 }, Phone.NewKey(), 1));
            Assert.Equal("too-many-dots", tooMany.Code);
            Assert.True((await phone.InvokeAckAsync("SpendDots", new DotsSubmission(prioritisation, new Dictionary<string, int> { [werkpuntIds[0]] = 3 }, Phone.NewKey(), 2))).Ok);

            var consent = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[2].ActivityId;
            await facilitator.InvokeAsync<LiveStateView>("GoTo", workshopId, 2);
            Assert.True((await phone.InvokeAckAsync("GiveConsent", new ConsentSubmission(consent, werkpuntIds[1], "bezwaar", Phone.NewKey()))).Ok);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            var join = await phone.JoinAsync(joinCode, token);
            Assert.Equal("bezwaar", join.Mine!.Consent[werkpuntIds[1]].ToString().ToLowerInvariant());

            await facilitator.InvokeAsync<LiveStateView>("GoTo", workshopId, 0);
            var screen = await facilitator.InvokeAsync<ScreenView>("GetScreen", workshopId);
            Assert.NotNull(screen.Exercise!.Exercise.Timer.EndsAt);
            Assert.Equal(1, (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshopId)).Single(w => w.Id == werkpuntIds[0]).PlusOnes);

            await facilitator.InvokeAsync<LiveStateView>("GoTo", workshopId, 1);
            await facilitator.ForwardAsync(workshopId);
            var priorities = (await facilitator.InvokeAsync<ScreenView>("GetScreen", workshopId)).Priorities!;
            Assert.Equal((werkpuntIds[0], 3), (priorities.Lines[0].Werkpunt.Id, priorities.Lines[0].Row.Total));

            // The results are on the screen: the round is closed, also for a phone that changes its mind now.
            var prioritisation = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[1].ActivityId;
            var late = await phone.InvokeAckAsync("SpendDots", new DotsSubmission(prioritisation, new Dictionary<string, int> { [werkpuntIds[1]] = 3 }, Phone.NewKey(), 3));
            Assert.Equal("activity-not-open", late.Code);
        }
    }

    [Fact]
    public async Task Werkpunt_WithATooLongOplossing_IsRefusedNamingTheField_AlsoWhenReplayedAfterARestart()
    {
        string joinCode, token;
        WerkpuntSubmission tooLong;
        Ack refused;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateGroupWorkshopAsync();
            joinCode = workshop.JoinCode;
            await facilitator.ForwardAsync(workshop.Id);
            var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!;
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, joinCode, "mat");
            token = phone.Token!;
            Assert.True((await phone.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[0].Id, Phone.NewKey()))).Ok);
            tooLong = new WerkpuntSubmission(exercise.ActivityId, null, 0, "Adviesvraag komt te laat", ["Kort", new string('o', 501)], "beide", "", "2027", "", Phone.NewKey());

            refused = await phone.InvokeAckAsync("SaveWerkpunt", tooLong);

            Assert.Equal((false, "field-too-long"), (refused.Ok, refused.Code));
            Assert.Equal("Het veld 'oplossing' is te lang (hoogstens 500 tekens).", refused.Message);
            Assert.Empty(await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id));
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            Assert.True((await phone.JoinAsync(joinCode, token)).Ok);

            Assert.Equal(refused, await phone.InvokeAckAsync("SaveWerkpunt", tooLong));
        }
    }

    public void Dispose() => _data.Dispose();
}
