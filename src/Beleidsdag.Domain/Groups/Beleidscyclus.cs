namespace Beleidsdag.Domain.Groups;

/// <summary>The four phases of the beleidscyclus, one group each in the exercise.</summary>
public enum BeleidscyclusPhase
{
    Beleidsvoorbereiding = 1,
    Beleidsbeslissing = 2,
    Beleidsuitvoering = 3,
    BeleidsevaluatieEnBijsturing = 4,
}

/// <summary>The phases' Dutch names and the presentation's questions for the exercise ("Oefening", "Richtvragen").</summary>
public static class Beleidscyclus
{
    public const string StrategicQuestion = "Taakstelling MAT en CBS/VB? Wat verwachten we van elkaar in deze stap?";
    public const string OperationalQuestion = "Welke concrete zaken moeten we afspreken?";

    public static IReadOnlyList<BeleidscyclusPhase> Phases { get; } =
        [BeleidscyclusPhase.Beleidsvoorbereiding, BeleidscyclusPhase.Beleidsbeslissing, BeleidscyclusPhase.Beleidsuitvoering, BeleidscyclusPhase.BeleidsevaluatieEnBijsturing];

    public static string Label(BeleidscyclusPhase phase) => phase switch
    {
        BeleidscyclusPhase.Beleidsvoorbereiding => "Beleidsvoorbereiding",
        BeleidscyclusPhase.Beleidsbeslissing => "Beleidsbeslissing",
        BeleidscyclusPhase.Beleidsuitvoering => "Beleidsuitvoering",
        BeleidscyclusPhase.BeleidsevaluatieEnBijsturing => "Beleidsevaluatie en bijsturing",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>The presentation's richtvragen, each with the phase it is mostly about.</summary>
    public static IReadOnlyList<string> Richtvragen(BeleidscyclusPhase phase) => phase switch
    {
        BeleidscyclusPhase.Beleidsvoorbereiding =>
        [
            "Is het duidelijk voor welke dossiers/projecten advies van het MAT wenselijk/nodig is? Wat ontbreekt er?",
            "Weten we wanneer (tijdstip) het advies wenselijk is/gevraagd wordt/gegeven wordt?",
            "Is het duidelijk wie het initiatief moet nemen m.b.t. de adviesvraag? Proactief door administratie of reactief op vraag van beleid?",
            "Gaan we voldoende kritisch om met adviezen van externen?",
            "Moet er nog meer uniformiteit in adviezen worden gebracht? Wat ontbreekt? Wat kan beter?",
        ],
        BeleidscyclusPhase.Beleidsbeslissing =>
        [
            "Behoeven beleidsbeslissingen soms meer duidelijkheid om implementatie succesvol te laten zijn?",
            "De doorlooptijd van beslissingen (periode tussen voorstel-advies-beslissing) duurt misschien soms lang, welke oplossingen zie je?",
        ],
        BeleidscyclusPhase.Beleidsuitvoering =>
        [
            "Er is soms een 'gap' tussen de inschatting van de tijdsinspanning die CBS verwacht en deze van de diensten. Kan dit worden vermeden?",
            "Nemen bestuursleden soms een operationele houding aan in de voorbereiding van operationele taken? Wat willen we anders zien?",
        ],
        BeleidscyclusPhase.BeleidsevaluatieEnBijsturing =>
        [
            "Wordt er tijdig aangekaart als de realisatie van beslissingen in het gedrang komt? Wie moet deze rol tot signalisatie opnemen?",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
