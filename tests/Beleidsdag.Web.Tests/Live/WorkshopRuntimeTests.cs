using Beleidsdag.Web.Configuration;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Live;

/// <summary>
/// The runtime on its own: a fake writer that commits when the test says so and a fake clock, so that the order
/// of lock, commit, acknowledgement and announcement is checked without a disk, a server or a real-time wait.
/// </summary>
public sealed class WorkshopRuntimeTests
{
    private readonly FakeCommitter _writer = new() { CommitAtOnce = true };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly ChangeFeed _feed = new();
    private readonly List<WorkshopChange> _published = [];
    private readonly WorkshopRuntime _runtime;

    public WorkshopRuntimeTests()
    {
        _runtime = new WorkshopRuntime(new StoredWorkshop(Workshop(), LiveState.Start, [], [], [], []), _writer, _feed, _clock, minimumPerSide: 3);
        _feed.Subscribe(change =>
        {
            _published.Add(change);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Answer_IsNotAcknowledged_BeforeItsCommit()
    {
        var participant = await ReadyToAnswerAsync();

        var ack = _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);

        Assert.False(ack.IsCompleted);
        _writer.Commit();
        Assert.Equal(SubmissionError.None, (await ack).Error);
    }

    [Fact]
    public async Task Answer_IsAnnouncedOnce_AfterItsCommit_NeverBefore()
    {
        var participant = await ReadyToAnswerAsync();

        var ack = _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);
        Assert.Empty(_published);
        _writer.Commit();
        await ack;

        var change = Assert.Single(_published);
        Assert.Equal("w1", change.WorkshopId);
        Assert.Equal(ChangeKind.Figures, change.What);
    }

    [Fact]
    public async Task Answer_WhenItsCommitFails_IsRefusedAsTransient_AndAnnouncesNothing()
    {
        var participant = await ReadyToAnswerAsync();

        var ack = _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);
        _writer.Fail();

        Assert.Equal(SubmissionError.StorageUnavailable, (await ack).Error);
        Assert.Empty(_published);
    }

    [Fact]
    public async Task Answer_WithoutASide_IsRefused_AndAnnouncesNothing()
    {
        _writer.CommitAtOnce = true;
        var (joined, _) = await _runtime.JoinAsync(null);
        await _runtime.ChangeStageAsync((w, s) => RoomSteps.GoTo(w, s, 0));
        _published.Clear();

        var receipt = await _runtime.AnswerAsync(joined.Id, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);

        Assert.Equal(SubmissionError.SideRequired, receipt.Error);
        Assert.Empty(_published);
    }

    [Fact]
    public async Task Answer_SentAgainWithTheSameKey_GetsTheFirstOutcome_AndIsStoredOnce()
    {
        var participant = await ReadyToAnswerAsync();
        _writer.CommitAtOnce = true;
        var before = _writer.Queued.Count;

        var first = await _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);
        var again = await _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("nee"), seq: 1);

        Assert.Equal(first, again);
        Assert.Single(_writer.Queued.Skip(before));
        Assert.Single(_published);
        Assert.Equal(1, _runtime.GetResult("q1")!.Overall.Respondents);
    }

    [Fact]
    public async Task Answer_IsTimedByTheInjectedClock()
    {
        var participant = await ReadyToAnswerAsync();
        _writer.CommitAtOnce = true;
        _clock.Advance(TimeSpan.FromMinutes(7));

        await _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);

        var stored = Assert.Single(_writer.Queued.OfType<SaveAnswer>());
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 7, 0, TimeSpan.Zero), stored.Answer.AnsweredAt);
    }

    [Fact]
    public async Task MovingTheRoom_IsAnnouncedAsARoomChange_OnlyAfterItsCommit_WithABackup()
    {
        _writer.CommitAtOnce = false;

        var moving = _runtime.ChangeStageAsync((w, s) => RoomSteps.GoTo(w, s, 0));
        Assert.Empty(_published);
        Assert.Equal(1, _writer.Backups);
        _writer.Commit();
        await moving;

        var change = Assert.Single(_published);
        Assert.True(change.What.HasFlag(ChangeKind.Room));
    }

    [Fact]
    public async Task AStepThatChangesNothing_IsNotWritten_NorAnnounced()
    {
        var before = _writer.Queued.Count;

        await _runtime.ChangeStageAsync((_, s) => RoomSteps.Blank(s, false));

        Assert.Equal(before, _writer.Queued.Count);
        Assert.Empty(_published);
    }

    [Fact]
    public async Task APhoneConnecting_CountsOnTheConsole_AndIsAnnounced()
    {
        var (joined, _) = await _runtime.JoinAsync(null);
        _published.Clear();

        _runtime.Connections.Opened(joined.Id, "connection-1");

        Assert.Equal(1, _runtime.BuildConsoleNumbers().ConnectedPhones);
        Assert.Equal(ChangeKind.Connections, Assert.Single(_published).What);
        _runtime.Connections.Closed(joined.Id, "connection-1");
        Assert.Equal(0, _runtime.BuildConsoleNumbers().ConnectedPhones);
    }

    [Fact]
    public async Task ConsoleView_CarriesTheAnonymityMinimum_AndOneStateOfTheRoom()
    {
        var participant = await ReadyToAnswerAsync();
        _writer.CommitAtOnce = true;
        await _runtime.AnswerAsync(participant, "key-1", "q1", AnswerContent.Choice("ja"), seq: 1);

        var view = _runtime.BuildConsoleView(new PhoneAddress(new Uri("http://192.168.1.20:5000/")));

        Assert.Equal(3, view.MinimumPerSide);
        Assert.Equal(0, view.Live.CurrentIndex);
        Assert.Equal("q1", view.Screen.Current?.Question?.Id);
        Assert.Equal(1, view.Result?.Overall.Respondents);
        Assert.Equal(1, view.Numbers.Answered);
    }

    [Fact]
    public async Task ChangingGroup_IsAnnouncedToTheGroupLeft_AndTheGroupJoined_NotToOthers()
    {
        var (leaver, _) = await _runtime.JoinAsync(null);
        var (stayer, _) = await _runtime.JoinAsync(null);
        var (host, _) = await _runtime.JoinAsync(null);
        var (elsewhere, _) = await _runtime.JoinAsync(null);
        await _runtime.JoinGroupAsync(leaver.Id, "g-1", "x1", "groep-a");
        await _runtime.JoinGroupAsync(stayer.Id, "g-2", "x1", "groep-a");
        await _runtime.JoinGroupAsync(host.Id, "g-3", "x1", "groep-b");
        await _runtime.JoinGroupAsync(elsewhere.Id, "g-4", "x1", "groep-c");
        _published.Clear();

        await _runtime.JoinGroupAsync(leaver.Id, "g-5", "x1", "groep-b");

        var change = Assert.Single(_published);
        Assert.True(change.What.HasFlag(ChangeKind.GroupWork));
        Assert.Equal(new[] { host.Id, leaver.Id, stayer.Id }.Order(StringComparer.Ordinal), change.Concerned.Order(StringComparer.Ordinal));
    }

    /// <summary>A participant with a side, on the open first question.</summary>
    private async Task<string> ReadyToAnswerAsync()
    {
        _writer.CommitAtOnce = true;
        var (joined, _) = await _runtime.JoinAsync(null);
        await _runtime.ChooseSideAsync(joined.Id, "side-key", Side.Mat);
        await _runtime.ChangeStageAsync((w, s) => RoomSteps.GoTo(w, s, 0));
        _published.Clear();
        _writer.CommitAtOnce = false;
        return joined.Id;
    }

    private static Workshop Workshop() => new()
    {
        Id = "w1",
        Title = "Beleidsdag",
        Municipality = "Zottegem",
        Date = new DateOnly(2026, 11, 28),
        JoinCode = "ABC234",
        ScreenKey = "screen-key",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Agenda =
        [
            new QuestionActivity("a-q1", new Question("q1", QuestionType.SingleChoice, "Is de nota gedragen?", [new("ja", "Ja"), new("nee", "Nee")])),
            new GroupExerciseActivity("x1", "Groepswerk", [Group("groep-a"), Group("groep-b"), Group("groep-c")], "Strategisch", "Operationeel", 3),
        ],
    };

    private static GroupDefinition Group(string id) => new(id, id, null, []);
}
