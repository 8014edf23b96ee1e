using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;

namespace Beleidsdag.EndToEndTests;

/// <summary>A room of simulated phones (SignalR clients, no browser) that answer every kind of item, differently per side.</summary>
internal sealed class Room : IAsyncDisposable
{
    private static readonly string[] LongWords =
        ["verantwoordelijkheidsgevoel", "samenwerkingsbereidheid", "betrouwbaarheid", "toegankelijkheid", "klantgerichtheid", "transparantie"];

    private readonly List<(Phone Phone, string Side)> _phones = [];

    public static async Task<Room> JoinAsync(Uri baseUrl, string joinCode, int cbsVb, int mat, int anders = 0)
    {
        var room = new Room();
        foreach (var side in Enumerable.Repeat("cbs", cbsVb).Concat(Enumerable.Repeat("mat", mat)).Concat(Enumerable.Repeat("anders", anders)))
        {
            var phone = await Phone.ConnectAsync(baseUrl);
            await phone.JoinAsync(joinCode);
            Ok(await phone.ChooseSideAsync(side));
            room._phones.Add((phone, side));
        }

        return room;
    }

    public int Count => _phones.Count;

    public async Task AnswerAsync(QuestionView question)
    {
        var options = question.Options.Select(o => o.Id).ToList();
        await Task.WhenAll(_phones.Select(async (p, i) =>
        {
            var (phone, side) = p;
            var lean = side == "mat" ? 2 : 0;
            var content = question.Type switch
            {
                QuestionType.MultipleChoice => AnswerContent.Choice([.. Enumerable.Range(0, 3).Select(k => options[(i + k + lean) % options.Count]).Distinct()]),
                QuestionType.Scale => AnswerContent.Numbers(options.Select((id, k) => (id, value: question.Scale!.Min + ((i + k + lean) % (question.Scale.Max - question.Scale.Min + 1)))).ToDictionary(p => p.id, p => p.value)),
                QuestionType.WordCloud => AnswerContent.Words([.. Enumerable.Range(0, Limits.MaxCloudWords).Select(k => Word((i * 3) + k))]),
                QuestionType.OpenText => AnswerContent.Text($"Antwoord {i + 1}: de adviezen van het managementteam komen te laat op het college, waardoor beslissingen zonder raming van de tijd worden genomen."),
                QuestionType.Ranking => AnswerContent.Choice([.. options.Skip((i + lean) % options.Count).Concat(options.Take((i + lean) % options.Count))]),
                QuestionType.Points => AnswerContent.Numbers(options.ToDictionary(id => id, id => id == options[(i + lean) % options.Count] ? 60 : id == options[(i + lean + 1) % options.Count] ? 40 : 0)),
                _ => AnswerContent.Choice(options[(i + lean) % options.Count]),
            };
            Ok(await phone.SubmitAsync(question.Id, content));
        }));
    }

    /// <summary>Every phone writes one werkpunt of the longest kind in the group it was put in.</summary>
    public async Task WriteWerkpuntenAsync(string exerciseId)
    {
        for (var i = 0; i < _phones.Count; i++)
        {
            var text = Fill($"Werkpunt {i + 1}: adviezen komen te laat op het college", Limits.WerkpuntTextLength);
            var oplossingen = Enumerable.Range(1, Limits.MaxOplossingen).Select(k => Fill($"Oplossing {k}: een vaste planning van de adviesvragen", Limits.OplossingLength)).ToList();
            Ok(await _phones[i].Phone.InvokeAckAsync("SaveWerkpunt", new WerkpuntSubmission(exerciseId, null, 0, text, oplossingen, "beide", string.Empty, "Voor de zomer van 2027", string.Empty, Phone.NewKey())));
        }
    }

    /// <summary>Dots (all of them, over three werkpunten) or a consent vote on every werkpunt.</summary>
    public async Task VoteAsync(ActivityView activity, IReadOnlyList<WerkpuntView> werkpunten)
    {
        var ids = werkpunten.Where(w => !w.Hidden).Select(w => w.Id).ToList();
        for (var i = 0; i < _phones.Count; i++)
        {
            var phone = _phones[i].Phone;
            if (activity.Kind == ActivityKind.Prioritisation)
            {
                var dots = new Dictionary<string, int>();
                for (var d = 0; d < activity.Vote!.Dots; d++)
                {
                    var id = ids[(i + (d % 3)) % ids.Count];
                    dots[id] = dots.GetValueOrDefault(id) + 1;
                }

                Ok(await phone.InvokeAckAsync("SpendDots", new DotsSubmission(activity.ActivityId, dots, Phone.NewKey(), phone.NextSeq())));
            }
            else
            {
                for (var k = 0; k < ids.Count; k++)
                {
                    var choice = (i + k) % 7 == 0 ? "bezwaar" : (i + k) % 3 == 0 ? "bedenking" : "akkoord";
                    Ok(await phone.InvokeAckAsync("GiveConsent", new ConsentSubmission(activity.ActivityId, ids[k], choice, Phone.NewKey())));
                }
            }
        }
    }

    private static string Word(int n) => LongWords[n % LongWords.Length] + (char)('a' + (n / LongWords.Length % 26));

    private static string Fill(string start, int length)
    {
        var text = start;
        while (text.Length < length)
        {
            text += " en de terugkoppeling daarover aan het managementteam";
        }

        return text[..text.LastIndexOf(' ', length - 1)] + ".";
    }

    private static void Ok(Ack ack) => Assert.True(ack.Ok, $"{ack.Code}: {ack.Message}");

    public async ValueTask DisposeAsync()
    {
        foreach (var (phone, _) in _phones)
        {
            await phone.DisposeAsync();
        }
    }
}
