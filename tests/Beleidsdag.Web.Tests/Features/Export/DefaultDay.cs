using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Tests.Features.Templates;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// The default template played through: 6 CBS/VB, 8 MAT and 2 anders answer every question, the groups write
/// 12 werkpunten, everyone gives dots and consent. The workbook the secretary gets after a normal day.
/// </summary>
internal static class DefaultDay
{
    public const int Werkpunten = 12;

    private static readonly string[] Words = ["vertrouwen", "respect", "openheid", "overleg", "duidelijkheid"];

    public static ExportSnapshot Build()
    {
        using var data = new TempFolder();
        var template = Assert.IsType<WorkshopTemplate>(TemplateTestData.Catalog(data.Path).Default);
        var day = new DayBuilder();
        var people = day.People(Side.CbsVb, 6, "cbs").Concat(day.People(Side.Mat, 8, "mat")).Concat(day.People(Side.Anders, 2, "anders")).ToList();
        var werkpunten = new List<Werkpunt>();
        foreach (var activity in template.Agenda)
        {
            switch (activity)
            {
                case QuestionActivity q:
                    day.Ask(q.Question, q.Chapter);
                    for (var i = 0; i < people.Count; i++)
                    {
                        day.Answer(people[i], q.Question, AnswerOf(q.Question, i));
                    }

                    break;
                case GroupExerciseActivity exercise:
                    day.Add(exercise);
                    for (var i = 0; i < Werkpunten; i++)
                    {
                        werkpunten.Add(day.Werkpunt(exercise, i % exercise.Groups.Count, $"Werkpunt {i + 1}: adviezen van de administratie komen te laat bij het college", oplossingen: ["Een vaste planning van de adviezen delen", "Een adviestermijn van twee weken afspreken"]));
                    }

                    break;
                case PrioritisationActivity dots:
                    day.Add(dots);
                    for (var i = 0; i < people.Count; i++)
                    {
                        day.Dots(dots, people[i], werkpunten[i % werkpunten.Count], dots.Dots);
                    }

                    break;
                case ConsentActivity consent:
                    day.Add(consent);
                    foreach (var w in werkpunten)
                    {
                        day.Consent(consent, people.Take(10), w, ConsentChoice.Akkoord).Consent(consent, people.Skip(10), w, ConsentChoice.Bedenking);
                    }

                    break;
                default:
                    day.Add(activity);
                    break;
            }
        }

        return day.Build("Zottegem");
    }

    private static AnswerContent AnswerOf(Question question, int i)
    {
        var options = question.Options;
        return question.Type switch
        {
            QuestionType.Scale => AnswerContent.Numbers(options.ToDictionary(o => o.Id, o => question.Scale!.Min + ((i + o.Id.Length) % (question.Scale.Max - question.Scale.Min + 1)))),
            QuestionType.WordCloud => AnswerContent.Words(Words[i % Words.Length]),
            QuestionType.OpenText => AnswerContent.Text($"We zouden vaker samen moeten zitten, antwoord {i + 1}."),
            QuestionType.Ranking => AnswerContent.Choice([.. options.Skip(i % options.Count).Concat(options.Take(i % options.Count)).Select(o => o.Id)]),
            QuestionType.Points => AnswerContent.Numbers(options.Select((o, k) => (o.Id, Points: k == i % options.Count ? 100 - (20 * (options.Count - 1)) : 20)).ToDictionary(x => x.Id, x => x.Points)),
            QuestionType.MultipleChoice => AnswerContent.Choice(options[i % options.Count].Id, options[(i + 1) % options.Count].Id),
            _ => AnswerContent.Choice(options[i % options.Count].Id),
        };
    }
}
