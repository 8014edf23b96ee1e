using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class VotingViewTests
{
    private static QuestionView Question(QuestionType type, params string[] options) =>
        new("q", type, "Is de inhoud van de nota gedragen?", [.. options.Select((o, i) => new OptionView($"o{i}", o))], 2,
            type == QuestionType.Scale ? ScaleRange.OneToFive : null, true);

    private static IRenderedComponent<VotingView> Render(BunitContext ctx, QuestionView question, int answered = 17, int eligible = 23, bool closed = false) =>
        ctx.Render<VotingView>(p => p
            .Add(c => c.Question, question).Add(c => c.ShortAddress, "192.168.1.20:5000/j").Add(c => c.JoinCode, "ABC234")
            .Add(c => c.Answered, answered).Add(c => c.Eligible, eligible).Add(c => c.Closed, closed));

    [Fact]
    public async Task VotingView_ShowsWhatTheRoomVotesOn_WhereToAnswer_AndHowManyDid()
    {
        await using var ctx = TestServices.NewContext();

        var cut = Render(ctx, Question(QuestionType.SingleChoice, "Ja", "Nee", "Weet niet"));

        Assert.Equal(["A Ja", "B Nee", "C Weet niet"], cut.FindAll("[data-testid=voting-option]").Select(o => Squashed(o.TextContent)));
        Assert.Equal("Antwoord op je telefoon: surf naar 192.168.1.20:5000/j en typ ABC234", Squashed(cut.Find("[data-testid=voting-call]").TextContent));
        Assert.Equal("17 van 23 hebben geantwoord", Squashed(cut.Find("[data-testid=answered]").TextContent));
        Assert.Equal(73.9, WidthOf(cut.Find(".vote-progress-fill")), 1);
    }

    [Fact]
    public async Task VotingView_ForAScale_NumbersTheStatementsAndNamesBothEnds()
    {
        await using var ctx = TestServices.NewContext();

        var cut = Render(ctx, Question(QuestionType.Scale, "Er is vertrouwen.", "We kennen elkaars rollen."));

        Assert.Equal(["1 Er is vertrouwen.", "2 We kennen elkaars rollen."], cut.FindAll("[data-testid=voting-option]").Select(o => Squashed(o.TextContent)));
        Assert.Contains($"van 1 ({ScaleRange.OneToFive.LowLabel}) tot 5 ({ScaleRange.OneToFive.HighLabel})", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VotingView_WhenClosed_SaysSoAndNoLongerAsksForAnswers()
    {
        await using var ctx = TestServices.NewContext();

        var cut = Render(ctx, Question(QuestionType.YesNo, "Ja", "Nee"), answered: 0, eligible: 0, closed: true);

        Assert.Empty(cut.FindAll("[data-testid=voting-call]"));
        Assert.Equal("0 van 0 hebben geantwoord — de stemming is gesloten", Squashed(cut.Find("[data-testid=answered]").TextContent));
        Assert.Equal(0, WidthOf(cut.Find(".vote-progress-fill")));
    }
}
