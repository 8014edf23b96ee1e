using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class ResultViewTests
{
    public static TheoryData<string, string> Results => new()
    {
        { "choice", "choice-bars" },
        { "scale", "scale-bars" },
        { "cloud", "word-cloud" },
        { "open", "open-cards" },
        { "ranking", "ranking-bars" },
        { "points", "points-bars" },
    };

    private static QuestionResult Result(string kind) => kind switch
    {
        "choice" => Choice(QuestionType.YesNo, 1, ("Ja", 1), ("Nee", 0)),
        "scale" => OneToFive(1, 0, 0, 0, 0),
        "cloud" => Cloud(("rust", 1)),
        "open" => Open(("Respect", 1)),
        "ranking" => new RankingResult("q", 1, [new("a", "A", 1, 1), new("b", "B", 2, 0)]),
        _ => new PointsResult("q", 1, [new("a", "A", 100, 100)]),
    };

    [Theory]
    [MemberData(nameof(Results))]
    public async Task ResultView_ShowsTheVisualThatFitsTheResultType(string kind, string visual)
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ResultView>(p => p.Add(c => c.Result, Result(kind)));

        Assert.NotNull(cut.Find($"[data-testid={visual}]"));
        Assert.Single(cut.FindAll("[data-testid$=-bars], [data-testid=word-cloud], [data-testid=open-cards]"));
    }
}
