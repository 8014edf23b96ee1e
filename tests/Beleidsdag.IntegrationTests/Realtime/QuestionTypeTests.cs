using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>One round trip per question type through the real hubs: valid answers counted, a bad one refused in Dutch.</summary>
public sealed class QuestionTypeTests : IDisposable
{
    private readonly TempFolder _data = new();

    private sealed record Case(QuestionDraft Draft, Func<IReadOnlyList<string>, int, AnswerContent> Valid, Func<IReadOnlyList<string>, AnswerContent> Invalid, string InvalidCode);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["yesNo"] = new(new QuestionDraft("Beschikt u over een geactualiseerde afsprakennota?", []) { Type = QuestionType.YesNo },
            (o, i) => AnswerContent.Choice(o[i % 3]), o => AnswerContent.Choice(o[0], o[1]), "wrong-number-of-options"),
        ["multipleChoice"] = new(new QuestionDraft("Welke bevoegdheden worden gedelegeerd?", ["Personeel", "Financieel", "Handtekening"]) { Type = QuestionType.MultipleChoice, MaxChoices = 2 },
            (o, i) => AnswerContent.Choice(o[0], o[1 + (i % 2)]), o => AnswerContent.Choice(o[0], o[1], o[2]), "too-many-options"),
        ["scale"] = new(new QuestionDraft("Is de inhoud van de nota gedragen?", ["De nota is gedragen.", "De nota wordt gebruikt."]) { Type = QuestionType.Scale },
            (o, i) => AnswerContent.Numbers(new Dictionary<string, int> { [o[0]] = 1 + i, [o[1]] = 5 }), o => AnswerContent.Numbers(new Dictionary<string, int> { [o[0]] = 3 }), "scale-incomplete"),
        ["wordCloud"] = new(new QuestionDraft("De mayonaise in het samenwerken?", []) { Type = QuestionType.WordCloud },
            (_, i) => AnswerContent.Words(i == 0 ? "Vertrouwen" : "vertrouwén", "respect"), _ => AnswerContent.Words("a", "b", "c", "d"), "too-many-words"),
        ["openText"] = new(new QuestionDraft("Welke waarden dragen we hoog in het vaandel?", []) { Type = QuestionType.OpenText, Moderated = false },
            (_, i) => AnswerContent.Text($"Respect {i}"), _ => AnswerContent.Text(new string('x', 501)), "text-too-long"),
        ["ranking"] = new(new QuestionDraft("Rangschik de voorwaarden", ["Waarden", "Rollen", "Communicatie"]) { Type = QuestionType.Ranking },
            (o, i) => AnswerContent.Choice(o[0], o[1], o[2]), o => AnswerContent.Choice(o[0], o[1]), "ranking-incomplete"),
        ["points"] = new(new QuestionDraft("Verdeel 100 punten", ["Waarden", "Rollen"]) { Type = QuestionType.Points },
            (o, i) => AnswerContent.Numbers(new Dictionary<string, int> { [o[0]] = 60, [o[1]] = 40 }), o => AnswerContent.Numbers(new Dictionary<string, int> { [o[0]] = 60, [o[1]] = 60 }), "points-not-hundred"),
    };

    public static TheoryData<string> TypeNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public async Task EveryType_CountsValidAnswers_AndRefusesABadOneInDutch(string typeName)
    {
        var @case = Cases[typeName];
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(@case.Draft);
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var options = question.Options.Select(o => o.Id).ToList();

        for (var i = 0; i < 3; i++)
        {
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, i == 0 ? "cbs" : "mat");
            var ack = await phone.SubmitAsync(question.Id, @case.Valid(options, i));
            Assert.True(ack.Ok, ack.Message);
        }

        await using var bad = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
        var refused = await bad.SubmitAsync(question.Id, @case.Invalid(options));
        Assert.Equal(@case.InvalidCode, refused.Code);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));

        var result = (await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall;
        Assert.Equal(3, result.Respondents);
        AssertTypical(typeName, result);
    }

    private static void AssertTypical(string typeName, QuestionResult result)
    {
        switch (result)
        {
            case ChoiceResult choice when typeName == "multipleChoice":
                Assert.Equal([3, 2, 1], choice.Counts.Select(c => c.Count));
                break;
            case ChoiceResult choice:
                Assert.Equal([1, 1, 1], choice.Counts.Select(c => c.Count));
                break;
            case ScaleResult scale:
                Assert.Equal(2.0, scale.Statements[0].Mean);
                break;
            case WordCloudResult cloud:
                Assert.Equal(3, cloud.Words.Single(w => w.Word == "vertrouwen").Count);
                Assert.Equal(2, cloud.Words.Count);
                break;
            case OpenTextResult open:
                Assert.Equal(3, open.Cards.Count);
                break;
            case RankingResult ranking:
                Assert.Equal((1.0, 6), (ranking.Items[0].AverageRank, ranking.Items[0].Points));
                break;
            case PointsResult points:
                Assert.Equal(180, points.Items[0].Total);
                break;
            default:
                Assert.Fail($"Unexpected result {result.GetType().Name} for {typeName}");
                break;
        }
    }

    [Fact]
    public async Task OpenText_WithModeration_ShowsOnlyWhatTheFacilitatorApproved()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Welke waarden dragen we hoog in het vaandel?", []) { Type = QuestionType.OpenText });
        await facilitator.ForwardAsync(workshop.Id);
        var questionId = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!.Id;
        foreach (var text in new[] { "Respect", "respect!", "Iets ongepasts" })
        {
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
            await phone.SubmitAsync(questionId, AnswerContent.Text(text));
        }

        var queue = await facilitator.GetOpenAnswersAsync(workshop.Id, questionId);
        Assert.All(queue, a => Assert.Equal(ModerationStatus.Pending, a.Status));
        Assert.Empty(((OpenTextResult)(await facilitator.GetResultAsync(workshop.Id, questionId)).Overall).Cards);

        var (respect, duplicate, rude) = (queue[0].ParticipantId, queue[1].ParticipantId, queue[2].ParticipantId);
        Assert.False(await facilitator.ModerateAsync(workshop.Id, questionId, duplicate, ModerationStatus.Merged, respect));
        Assert.True(await facilitator.ModerateAsync(workshop.Id, questionId, respect, ModerationStatus.Approved));
        Assert.True(await facilitator.ModerateAsync(workshop.Id, questionId, duplicate, ModerationStatus.Merged, respect));
        Assert.True(await facilitator.ModerateAsync(workshop.Id, questionId, rude, ModerationStatus.Hidden));

        var card = Assert.Single(((OpenTextResult)(await facilitator.GetResultAsync(workshop.Id, questionId)).Overall).Cards);
        Assert.Equal(("Respect", 2), (card.Text, card.Count));
    }

    [Fact]
    public async Task Split_WithThreePerSide_ShowsBothSidesAndTheGap_WithTwo_ShowsNoSplit()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        var phones = new List<Phone>();
        foreach (var (side, option) in new[] { ("cbs", 0), ("cbs", 0), ("mat", 1), ("mat", 1), ("mat", 1) })
        {
            var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, side);
            await phone.AnswerAsync(question.Id, question.Options[option].Id);
            phones.Add(phone);
        }

        var hidden = await facilitator.GetResultAsync(workshop.Id, question.Id);
        Assert.Equal(SplitStatus.TooFewRespondents, hidden.Status);
        Assert.Null(hidden.CbsVb);

        await using var third = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "cbs");
        await third.AnswerAsync(question.Id, question.Options[0].Id);
        var shown = await facilitator.GetResultAsync(workshop.Id, question.Id);
        Assert.Equal(SplitStatus.Shown, shown.Status);
        Assert.Equal(3, shown.CbsVb!.Respondents);
        Assert.Equal(100.0, Assert.Single(shown.Gaps).Gap);
        Assert.Equal(100.0, Assert.Single(await facilitator.GetGapsAsync(workshop.Id)).Gap);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    public void Dispose() => _data.Dispose();
}
