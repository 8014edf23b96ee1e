using System.Net;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Participate;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Hosting;

public sealed class NewParticipantLimitTests
{
    private static readonly IPAddress Venue = IPAddress.Parse("192.168.1.1");

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void TryAdmit_OneAddress_LetsInTheMinutesAllowanceThenOneEveryThreeSeconds()
    {
        var limit = Limit(20);

        Assert.Equal(20, Enumerable.Range(0, 25).Count(_ => limit.TryAdmit(Venue)));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(limit.TryAdmit(Venue));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limit.TryAdmit(Venue));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(20, Enumerable.Range(0, 25).Count(_ => limit.TryAdmit(Venue)));
    }

    [Fact]
    public void TryAdmit_OtherAddress_HasItsOwnAllowance_AndAnIPv4MappedAddressIsTheSameAddress()
    {
        var limit = Limit(2);
        Assert.True(limit.TryAdmit(Venue));
        Assert.True(limit.TryAdmit(Venue.MapToIPv6()));

        Assert.False(limit.TryAdmit(Venue));
        Assert.True(limit.TryAdmit(IPAddress.Parse("10.0.0.7")));
    }

    [Fact]
    public void TryAdmit_WithZero_LetsEveryoneIn()
    {
        var limit = Limit(0);

        Assert.Equal(1000, Enumerable.Range(0, 1000).Count(_ => limit.TryAdmit(Venue)));
    }

    [Fact]
    public void Setting_BelowZero_IsRefusedAtStartUp_AndZeroIsAllowed()
    {
        Assert.Contains(BeleidsdagOptions.Problems(new BeleidsdagOptions { NewParticipantsPerMinutePerAddress = -1 }), p => p.Contains("NewParticipantsPerMinutePerAddress", StringComparison.Ordinal));
        Assert.Empty(BeleidsdagOptions.Problems(new BeleidsdagOptions { NewParticipantsPerMinutePerAddress = 0 }));
    }

    private NewParticipantLimit Limit(int perMinute) =>
        new(Options.Create(new BeleidsdagOptions { NewParticipantsPerMinutePerAddress = perMinute }), _clock);
}
