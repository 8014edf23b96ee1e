using System.Globalization;
using System.Text;

namespace Beleidsdag.LoadTest;

/// <summary>
/// What the simulated room types: words of the day for the word cloud, a sentence for an open question, a
/// werkpunt with one oplossing for the group exercise. All drawn from the run's seeded random.
/// </summary>
internal static class RoomTexts
{
    /// <summary>
    /// About forty words of the day, a few of them again as the room types them: capitalised, with a stray
    /// accent, in capitals, with a space around it (the server trims that) or a full stop (the cloud ignores it).
    /// Every entry is one word (no space inside) of at most 30 characters.
    /// </summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "vertrouwen", "respect", "openheid", "overleg", "duidelijkheid", "samenwerking", "transparantie",
        "communicatie", "betrokkenheid", "verantwoordelijkheid", "luisteren", "eerlijkheid", "dialoog", "structuur",
        "afspraken", "rolverdeling", "efficiëntie", "snelheid", "kwaliteit", "engagement", "flexibiliteit",
        "waardering", "daadkracht", "visie", "planning", "opvolging", "consensus", "gelijkwaardigheid", "teamgeest",
        "helderheid", "professionaliteit", "verbinding", "inspraak", "feedback", "continuïteit", "participatie",
        "integriteit", "rust", "ambitie", "toekomst",
        "Vertrouwen", "vertrouwén", "VERTROUWEN", "Respect", " respect", "Openheid", "openheid.", "Overleg",
        "Duidelijkheid ", "samenwerking!", "efficientie", "Communicatie",
    ];

    private static readonly string[] SentenceParts =
    [
        "Ik verwacht dat het MAT tijdig advies geeft",
        "het CBS zou beslissingen beter mogen motiveren",
        "we moeten vaker samen rond de tafel zitten",
        "duidelijke afspraken over wie het initiatief neemt",
        "meer vertrouwen in de expertise van de diensten",
        "een vaste planning voor adviesvragen helpt iedereen",
        "laat ons eerlijk zijn over wat haalbaar is",
        "de doorlooptijd van dossiers is vaak te lang",
        "korte lijnen tussen schepenen en diensthoofden",
        "respect voor elkaars rol maakt het verschil",
        "signaleer problemen vroeg in plaats van laat",
        "evalueer projecten samen en stuur tijdig bij",
    ];

    private static readonly string[] WerkpuntPhrases =
    [
        "Adviesvragen aan het MAT vroeger inplannen",
        "Een vaste termijn afspreken voor adviezen van het MAT",
        "Beslissingen van het CBS helder motiveren",
        "Tijdsinspanning samen inschatten bij de start",
        "Signaleren wanneer een realisatie in het gedrang komt",
        "Vastleggen wie het initiatief neemt voor advies",
        "Kritischer omgaan met adviezen van externen",
        "Uniforme sjablonen gebruiken voor adviesnota's",
        "Doorlooptijd van voorstel tot beslissing opvolgen",
        "Bestuur bij beleid, diensten bij de uitvoering",
    ];

    private static readonly string[] Oplossingen =
    [
        "Een gedeelde planning die CBS en MAT elke maand samen overlopen.",
        "Een sjabloon voor adviesvragen met een vaste antwoordtermijn.",
        "Elk kwartaal een korte evaluatie op de agenda van het MAT.",
        "Een contactpersoon per dossier aan beide kanten aanduiden.",
    ];

    /// <summary>One to three words of the day (the same word twice, differently spelled, happens as in a real room).</summary>
    public static IReadOnlyList<string> CloudWords(Random random)
    {
        var count = 1 + random.Next(3);
        return [.. Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Count)])];
    }

    /// <summary>
    /// One sentence of 40 to 200 characters: whole parts (42–51 characters each) joined while they fit a
    /// length drawn between 40 and 200, capitalised, with a full stop.
    /// </summary>
    public static string Sentence(Random random)
    {
        var target = 40 + random.Next(161);
        var text = new StringBuilder(SentenceParts[random.Next(SentenceParts.Length)]);
        while (true)
        {
            var joiner = random.Next(2) == 0 ? ", " : " en ";
            var next = SentenceParts[random.Next(SentenceParts.Length)];
            if (text.Length + joiner.Length + next.Length + 1 > target)
            {
                break;
            }

            text.Append(joiner).Append(next);
        }

        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }

    /// <summary>A werkpunt text of about 60 characters, unique per phone (it carries the phone's number).</summary>
    public static string WerkpuntText(Random random, int phone, int round = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"Punt {phone:D4}{(round > 0 ? $"/{round}" : "")}: {WerkpuntPhrases[random.Next(WerkpuntPhrases.Length)]}");

    public static string Oplossing(Random random) => Oplossingen[random.Next(Oplossingen.Length)];
}
