using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Participate;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>
/// One person, one voice: a connection holds one participant, and one network address makes at most
/// <see cref="BeleidsdagOptions.NewParticipantsPerMinutePerAddress"/> new participants a minute.
/// Every phone here comes from 127.0.0.1, like a room behind one Wi-Fi router.
/// </summary>
public sealed class JoinLimitTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task AScript_JoiningTenTimesOnEachOfFiveConnections_MakesOneParticipantPerConnection()
    {
        await using var app = StartWithTheDefaultLimit();
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();

        var refusals = new List<JoinResponse>();
        for (var connection = 0; connection < 5; connection++)
        {
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            for (var join = 0; join < 10; join++)
            {
                var response = await NewParticipantAsync(phone, workshop.JoinCode);
                if (!response.Ok)
                {
                    refusals.Add(response);
                }
            }
        }

        Assert.Equal(5, await JoinedAsync(facilitator, workshop.Id));
        Assert.Equal(45, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(("already-joined", true), (r.Code, r.Message!.Contains("deelnemer", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AConnectionThatHoldsAParticipant_CannotMakeASecond_ButRejoinsAsItselfOrAnotherKnownParticipant()
    {
        await using var app = StartWithTheDefaultLimit();
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await using var other = await Phone.ConnectAsync(app.BaseUrl);
        await other.JoinAsync(workshop.JoinCode);
        await using var phone = await Phone.ConnectAsync(app.BaseUrl);
        var first = await phone.JoinAsync(workshop.JoinCode);

        var second = await NewParticipantAsync(phone, workshop.JoinCode);
        var again = await phone.JoinAsync(workshop.JoinCode, phone.Token);
        var asOther = await phone.JoinAsync(workshop.JoinCode, other.Token);

        Assert.Equal((false, "already-joined"), (second.Ok, second.Code));
        Assert.Null(second.Token);
        Assert.Equal((true, first.ParticipantId), (again.Ok, again.ParticipantId));
        Assert.Equal((true, other.LastJoin!.ParticipantId), (asOther.Ok, asOther.ParticipantId));
        Assert.Equal(2, await JoinedAsync(facilitator, workshop.Id));
    }

    [Fact]
    public async Task NewParticipantsFromOneAddress_AreLimitedToTwentyAMinute_AndLetInAgainAMinuteLater()
    {
        await using var app = StartWithTheDefaultLimit();
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();

        var (phones, responses) = await JoinOnFreshConnectionsAsync(app, workshop.JoinCode, 25);
        Assert.Equal(20, responses.Count(r => r.Ok));
        Assert.Equal(20, await JoinedAsync(facilitator, workshop.Id));
        var refused = responses[20];
        Assert.Equal((false, "too-many-joins"), (refused.Ok, refused.Code));
        Assert.Contains("Even geduld", refused.Message, StringComparison.Ordinal);
        Assert.All(responses.Skip(20), r => Assert.Equal("too-many-joins", r.Code));

        // A phone that comes back with its token is never held up: it makes nobody new.
        await using var returning = await Phone.ConnectAsync(app.BaseUrl);
        Assert.True((await returning.JoinAsync(workshop.JoinCode, phones[0].Token)).Ok);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var (later, laterResponses) = await JoinOnFreshConnectionsAsync(app, workshop.JoinCode, 5);
        Assert.All(laterResponses, r => Assert.True(r.Ok));
        Assert.Equal(25, await JoinedAsync(facilitator, workshop.Id));
        foreach (var phone in phones.Concat(later))
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithTheLimitOff_EveryNewParticipantFromOneAddressIsLetIn()
    {
        await using var app = BeleidsdagApp.Start(_data.Path, b => b.UseSetting("Beleidsdag:NewParticipantsPerMinutePerAddress", "0"));
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();

        var (phones, responses) = await JoinOnFreshConnectionsAsync(app, workshop.JoinCode, 25);

        Assert.All(responses, r => Assert.True(r.Ok));
        Assert.Equal(25, await JoinedAsync(facilitator, workshop.Id));
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    public void Dispose() => _data.Dispose();

    /// <summary>The app as it ships (the tests' app switches the limit off), on a clock the test moves.</summary>
    private BeleidsdagApp StartWithTheDefaultLimit() => BeleidsdagApp.Start(_data.Path, b =>
    {
        b.UseSetting("Beleidsdag:NewParticipantsPerMinutePerAddress", "20");
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
    });

    /// <summary>A join without a token: it asks for a new participant every time.</summary>
    private static Task<JoinResponse> NewParticipantAsync(Phone phone, string joinCode) =>
        phone.Connection.InvokeAsync<JoinResponse>("Join", new JoinRequest(joinCode, null));

    private static async Task<(List<Phone> Phones, List<JoinResponse> Responses)> JoinOnFreshConnectionsAsync(BeleidsdagApp app, string joinCode, int count)
    {
        var phones = new List<Phone>();
        var responses = new List<JoinResponse>();
        for (var i = 0; i < count; i++)
        {
            var phone = await Phone.ConnectAsync(app.BaseUrl);
            phones.Add(phone);
            responses.Add(await phone.JoinAsync(joinCode));
        }

        return (phones, responses);
    }

    private static async Task<int> JoinedAsync(Facilitator facilitator, string workshopId) =>
        (await facilitator.GetWorkshopAsync(workshopId)).Numbers.JoinedParticipants;
}
