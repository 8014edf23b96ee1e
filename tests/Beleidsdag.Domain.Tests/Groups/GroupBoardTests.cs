using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Tests.Groups;

public class GroupBoardTests
{
    private static WerkpuntContent Content(string text) => new(text, ["Een oplossing"], WerkpuntOwner.Beide, "", "2027", "");

    private readonly GroupBoard _board = new();

    public GroupBoardTests() =>
        _board.Put(new Werkpunt("w1", "ex", "g1", Content("Adviesvraag komt te laat"), 3, false, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));

    [Fact]
    public void Edit_FromTheCurrentVersion_IsAccepted() =>
        Assert.Equal(SubmissionError.None, _board.CheckEdit("w1", "g1", 3, Content("Adviesvraag komt vaak te laat")));

    [Fact]
    public void Edit_FromAnOlderVersion_IsAConflict() =>
        Assert.Equal(SubmissionError.EditConflict, _board.CheckEdit("w1", "g1", 2, Content("Mijn versie")));

    [Fact]
    public void Edit_ByAnotherGroup_IsRefused() =>
        Assert.Equal(SubmissionError.NotInGroup, _board.CheckEdit("w1", "g2", 3, Content("Niet van ons")));

    [Fact]
    public void Add_WithAnEmptyWerkpunt_IsRefused() =>
        Assert.Equal(SubmissionError.WerkpuntEmpty, _board.CheckAdd("g1", WerkpuntRules.Clean(Content("   "))));

    [Fact]
    public void Add_WithSixOplossingen_IsRefused() =>
        Assert.Equal(SubmissionError.TooManyOplossingen, _board.CheckAdd("g1", Content("Werkpunt") with { Oplossingen = ["1", "2", "3", "4", "5", "6"] }));
}
