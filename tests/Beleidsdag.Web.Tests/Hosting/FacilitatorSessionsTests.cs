using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Hosting;
using Beleidsdag.Web.Tests.Features.Templates;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Hosting;

public sealed class FacilitatorSessionsTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private string SessionsFile => Path.Combine(_data.Path, "facilitator-sessions.txt");

    [Fact]
    public void Start_KeepsOnlyAHashOfTheId_AndARestartedServerStillKnowsTheLogin()
    {
        var id = Sessions().Start();

        Assert.DoesNotContain(id, File.ReadAllText(SessionsFile), StringComparison.Ordinal);
        Assert.True(Sessions().IsActive(id));
        Assert.False(Sessions().IsActive("een-verzonnen-id"));
    }

    [Fact]
    public void End_EndsThatLogin_AlsoAfterARestart_AndLeavesTheOthers()
    {
        var sessions = Sessions();
        var ended = sessions.Start();
        var other = sessions.Start();

        sessions.End(ended);

        Assert.False(Sessions().IsActive(ended));
        Assert.True(Sessions().IsActive(other));
    }

    [Fact]
    public void EndAll_EndsEveryLogin()
    {
        var sessions = Sessions();
        var first = sessions.Start();
        var second = sessions.Start();

        sessions.EndAll();

        Assert.False(Sessions().IsActive(first));
        Assert.False(Sessions().IsActive(second));
    }

    [Fact]
    public void ALoginNotUsedForItsLifetime_Expires_AndLeavesTheFile()
    {
        var sessions = Sessions();
        var old = sessions.Start();
        _time.Advance(FacilitatorSessions.Lifetime);

        var fresh = sessions.Start();

        Assert.False(sessions.IsActive(old));
        Assert.True(sessions.IsActive(fresh));
        Assert.Single(File.ReadAllLines(SessionsFile));
    }

    [Fact]
    public void Renew_ExtendsAnActiveLogin_ByAFullLifetime()
    {
        var sessions = Sessions();
        var id = sessions.Start();
        _time.Advance(TimeSpan.FromHours(8));

        sessions.Renew(id);
        _time.Advance(TimeSpan.FromHours(8));

        Assert.True(Sessions().IsActive(id));
    }

    private FacilitatorSessions Sessions() => new(new DataFolder(_data.Path), _time);

    public void Dispose() => _data.Dispose();
}
