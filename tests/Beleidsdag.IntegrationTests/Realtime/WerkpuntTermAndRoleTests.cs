using Beleidsdag.Domain.Groups;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>Wie and termijn over the real hubs: the roles come from the server, the termijn gets a date from the day.</summary>
public sealed class WerkpuntTermAndRoleTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Werkpunt_GetsADateFromItsTermijn_AndKeepsWieAndTermijnAsTyped()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!;
        await using var an = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "cbs");
        Assert.True((await an.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[1].Id, Phone.NewKey()))).Ok);

        var roles = (await an.GetStateAsync()).Room!.Current!.Exercise!.Roles;
        Assert.Equal(WerkpuntRoles.All, roles);
        Assert.Contains("Algemeen directeur", roles);

        var typed = new { exerciseId = exercise.ActivityId, werkpuntId = (string?)null, baseVersion = 0, text = "Aankoopdelegatie herbekijken", oplossingen = Array.Empty<string>(),
            owner = "rol", ownerRole = "Dienst financiën", term = "Q1 2027", comments = "", key = Phone.NewKey() };
        var vague = typed with { text = "Vaker samen zitten", ownerRole = "Algemeen directeur", term = "zo snel mogelijk", key = Phone.NewKey() };
        Assert.True((await an.InvokeAckAsync("SaveWerkpunt", typed)).Ok);
        Assert.True((await an.InvokeAckAsync("SaveWerkpunt", vague)).Ok);

        var werkpunten = await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id);
        var dated = werkpunten.Single(w => w.Content.Text == "Aankoopdelegatie herbekijken");
        Assert.Equal(("Dienst financiën", "Q1 2027", new DateOnly(2027, 3, 31)), (dated.Content.OwnerRole, dated.Content.Term, dated.TermDate));
        var undated = werkpunten.Single(w => w.Content.Text == "Vaker samen zitten");
        Assert.Equal(("zo snel mogelijk", (DateOnly?)null), (undated.Content.Term, undated.TermDate));

        // An edit dates the new label, counted from the day of the workshop (28/11/2026).
        var edit = vague with { werkpuntId = undated.Id, baseVersion = 1, term = "binnen 6 maanden", key = Phone.NewKey() };
        Assert.True((await an.InvokeAckAsync("SaveWerkpunt", edit)).Ok);
        var edited = (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id)).Single(w => w.Id == undated.Id);
        Assert.Equal(("binnen 6 maanden", new DateOnly(2027, 5, 28)), (edited.Content.Term, edited.TermDate));
    }

    public void Dispose() => _data.Dispose();
}
