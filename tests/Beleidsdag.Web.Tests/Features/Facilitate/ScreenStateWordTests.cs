using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public sealed class ScreenStateWordTests
{
    private static readonly ActivityView Question = new("a", ActivityKind.Question, 1, 3, new QuestionView("q", Domain.Polls.QuestionType.YesNo, "Gedragen?", [], 1, null, false), QuestionPhase.Open, false, false);

    private static ScreenView Screen(ActivityView? current, bool blanked = false, bool gaps = false) =>
        new("Beleidsdag", "ABCDEF", "http://x/j/ABCDEF", "x/j", 0, blanked, current, 0, 0, null, gaps ? [] : null);

    [Fact]
    public void Word_NamesWhatTheRoomSees_BlankAndGapsBeforeTheItem()
    {
        Assert.Equal("welkom", ScreenStateWord.Of(Screen(null)));
        Assert.Equal("open", ScreenStateWord.Of(Screen(Question)));
        Assert.Equal("gesloten", ScreenStateWord.Of(Screen(Question with { Phase = QuestionPhase.Closed })));
        Assert.Equal("resultaten getoond", ScreenStateWord.Of(Screen(Question with { Phase = QuestionPhase.Closed, Revealed = true })));
        Assert.Equal("per kant", ScreenStateWord.Of(Screen(Question with { Revealed = true, SplitBySide = true })));
        Assert.Equal("verschillen", ScreenStateWord.Of(Screen(Question, gaps: true)));
        Assert.Equal("zwart", ScreenStateWord.Of(Screen(Question, blanked: true, gaps: true)));
    }
}
