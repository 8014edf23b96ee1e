using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>A day as the export's snapshot sees it, built by hand: an agenda with chapters, people per side, their answers and werkpunten.</summary>
internal sealed class DayBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 15, 30, 0, TimeSpan.Zero);

    private readonly List<Activity> _agenda = [];
    private readonly Dictionary<string, Side?> _sides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Answer>> _answers = new(StringComparer.Ordinal);
    private readonly List<ModerationDecision> _moderation = [];
    private readonly List<Werkpunt> _werkpunten = [];
    private readonly Dictionary<string, int> _plusOnes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DotVote>> _dots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ConsentVote>> _consent = new(StringComparer.Ordinal);
    private LiveState _live = LiveState.Start;
    private long _seq;

    public static Question Question(string id, QuestionType type, string text, params string[] options) =>
        new(id, type, text, [.. options.Select((label, i) => new QuestionOption($"{id}-o{i + 1}", label))]);

    /// <summary>Participants named e.g. cbs1..cbs4; returns their ids.</summary>
    public IReadOnlyList<string> People(Side? side, int count, string prefix)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"{prefix}{i}").ToList();
        ids.ForEach(id => _sides[id] = side);
        return ids;
    }

    /// <summary>Answers and votes count for the side their participant has when they are given.</summary>
    private Side SideOf(string participantId) => _sides.GetValueOrDefault(participantId) ?? Side.Anders;

    /// <summary>Adds an agenda item; a prioritisation or consent round is added as the day ends it: closed, its results shown.</summary>
    public DayBuilder Add(Activity activity, QuestionPhase votingPhase = QuestionPhase.Closed)
    {
        if (activity is PrioritisationActivity or ConsentActivity)
        {
            _live = _live.With(activity.Id, new QuestionState(votingPhase, votingPhase == QuestionPhase.Closed));
        }

        _agenda.Add(activity);
        return this;
    }

    public DayBuilder Ask(Question question, AfsprakennotaChapter? chapter = null, QuestionPhase phase = QuestionPhase.Closed, bool revealed = true)
    {
        _live = _live.With(question.Id, new QuestionState(phase, revealed));
        return Add(new QuestionActivity("a-" + question.Id, question) { Chapter = chapter });
    }

    public DayBuilder Answer(string participantId, Question question, AnswerContent content)
    {
        var list = _answers.TryGetValue(question.Id, out var known) ? known : _answers[question.Id] = [];
        list.Add(new Answer(participantId, question.Id, content, ++_seq, Now.AddSeconds(-_seq), SideOf(participantId)));
        return this;
    }

    /// <summary>Each participant picks the option with this label.</summary>
    public DayBuilder Choose(Question question, IEnumerable<string> participants, string label)
    {
        foreach (var p in participants)
        {
            Answer(p, question, AnswerContent.Choice(question.Options.Single(o => o.Label == label).Id));
        }

        return this;
    }

    public DayBuilder Moderate(Question question, string participantId, ModerationStatus status)
    {
        var answer = _answers[question.Id].Single(a => a.ParticipantId == participantId);
        _moderation.Add(new ModerationDecision(question.Id, participantId, answer.Seq, status, null));
        return this;
    }

    public Werkpunt Werkpunt(GroupExerciseActivity exercise, int group, string text, bool hidden = false, string? mergedInto = null, params string[] oplossingen)
    {
        var werkpunt = new Werkpunt($"w{_werkpunten.Count + 1}", exercise.Id, exercise.Groups[group].Id,
            new WerkpuntContent(text, oplossingen, WerkpuntOwner.Beide, string.Empty, "tegen de zomer", string.Empty),
            1, hidden, mergedInto, Now.AddMinutes(_werkpunten.Count), Now);
        _werkpunten.Add(werkpunt);
        return werkpunt;
    }

    /// <summary>The group or the facilitator put the werkpunt in another chapter of the afsprakennota.</summary>
    public Werkpunt InChapter(Werkpunt werkpunt, AfsprakennotaChapter chapter) => Revise(werkpunt, w => w with { Chapter = chapter });

    /// <summary>The werkpunt as a later edit left it.</summary>
    public Werkpunt Revise(Werkpunt werkpunt, Func<Werkpunt, Werkpunt> change)
    {
        var revised = change(werkpunt);
        _werkpunten[_werkpunten.FindIndex(w => w.Id == werkpunt.Id)] = revised;
        return revised;
    }

    public DayBuilder PlusOne(Werkpunt werkpunt, int count)
    {
        _plusOnes[werkpunt.Id] = count;
        return this;
    }

    public DayBuilder Dots(PrioritisationActivity activity, string participantId, Werkpunt werkpunt, int dots)
    {
        var list = _dots.TryGetValue(activity.Id, out var known) ? known : _dots[activity.Id] = [];
        list.Add(new DotVote(participantId, new Dictionary<string, int> { [werkpunt.Id] = dots }, 1, SideOf(participantId)));
        return this;
    }

    public DayBuilder Consent(ConsentActivity activity, IEnumerable<string> participants, Werkpunt werkpunt, ConsentChoice choice)
    {
        var list = _consent.TryGetValue(activity.Id, out var known) ? known : _consent[activity.Id] = [];
        list.AddRange(participants.Select(p => new ConsentVote(p, werkpunt.Id, choice, SideOf(p))));
        return this;
    }

    public static GroupExerciseActivity BeleidscyclusExercise(AfsprakennotaChapter? chapter = null) =>
        new("ex", "Oefening: wederzijdse verwachtingen doorheen de beleidscyclus",
            [.. Beleidscyclus.Phases.Select((phase, i) => new GroupDefinition($"g{i + 1}", Beleidscyclus.Label(phase), phase, Beleidscyclus.Richtvragen(phase)))],
            Beleidscyclus.StrategicQuestion, Beleidscyclus.OperationalQuestion, 3)
        { Chapter = chapter };

    public ExportSnapshot Build(string municipality = "Zottegem") => new()
    {
        Workshop = new Workshop
        {
            Id = "ws1",
            Title = "Beleidsdag",
            Municipality = municipality,
            Date = new DateOnly(2026, 11, 28),
            JoinCode = "ABC234",
            ScreenKey = "screen-key",
            CreatedAt = Now.AddDays(-7),
            Agenda = [.. _agenda],
        },
        Live = _live with { CurrentIndex = _agenda.Count - 1 },
        TakenAt = Now,
        Sides = new Dictionary<string, Side?>(_sides, StringComparer.Ordinal),
        Answers = _answers.ToDictionary(a => a.Key, a => (IReadOnlyList<Answer>)[.. a.Value], StringComparer.Ordinal),
        Moderation = [.. _moderation],
        Werkpunten = [.. _werkpunten],
        PlusOnes = new Dictionary<string, int>(_plusOnes, StringComparer.Ordinal),
        Dots = _dots.ToDictionary(d => d.Key, d => (IReadOnlyList<DotVote>)[.. d.Value], StringComparer.Ordinal),
        Consent = _consent.ToDictionary(c => c.Key, c => (IReadOnlyList<ConsentVote>)[.. c.Value], StringComparer.Ordinal),
    };

    /// <summary>A large day for timing: <paramref name="participants"/> people (3 in 10 CBS/VB, 4 in 10 MAT) each answering every one of <paramref name="questions"/> questions.</summary>
    public static ExportSnapshot LargeDay(int participants, int questions)
    {
        var day = new DayBuilder();
        var people = Enumerable.Range(0, participants).Select(i => day.People(
            (i % 10) switch { < 3 => Side.CbsVb, < 7 => Side.Mat, _ => Side.Anders }, 1, $"p{i}-")[0]).ToList();
        var types = new[] { QuestionType.SingleChoice, QuestionType.Scale, QuestionType.WordCloud, QuestionType.OpenText, QuestionType.MultipleChoice };
        var words = new[] { "vertrouwen", "respect", "openheid", "overleg", "duidelijkheid", "Vertrouwen", "samenwerking", "tijd" };
        for (var q = 0; q < questions; q++)
        {
            var type = types[q % types.Length];
            var question = type is QuestionType.WordCloud or QuestionType.OpenText
                ? Question($"q{q}", type, $"Vraag {q + 1}: hoe zie jij de samenwerking tussen CBS en MAT?") with { Moderated = false }
                : Question($"q{q}", type, $"Vraag {q + 1}: hoe zie jij de samenwerking tussen CBS en MAT?", "Helemaal eens", "Eens", "Oneens", "Helemaal oneens");
            day.Ask(question, (AfsprakennotaChapter)(q % 6 + 1));
            for (var i = 0; i < people.Count; i++)
            {
                var seed = (i * 31) + q;
                var content = type switch
                {
                    QuestionType.Scale => AnswerContent.Numbers(question.Options.ToDictionary(o => o.Id, o => (seed + o.Id.Length) % 5 + 1)),
                    QuestionType.WordCloud => AnswerContent.Words(words[seed % words.Length], words[(seed / 3) % words.Length]),
                    QuestionType.OpenText => AnswerContent.Text($"Deelnemer {i} vindt dat we bij vraag {q + 1} vaker samen moeten zitten, en eerder."),
                    QuestionType.MultipleChoice => AnswerContent.Choice(question.Options[seed % 4].Id, question.Options[(seed + 1) % 4].Id),
                    _ => AnswerContent.Choice(question.Options[seed % 4].Id),
                };
                day.Answer(people[i], question, content);
            }
        }

        return day.Build();
    }
}
