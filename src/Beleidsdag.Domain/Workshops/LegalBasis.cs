namespace Beleidsdag.Domain.Workshops;

/// <summary>One article of the Decreet Lokaal Bestuur and what the presentation says about it.</summary>
public sealed record LegalArticle(string Article, string Text);

/// <summary>
/// The legal basis of the afsprakennota, quoted from the presentation the day is built on
/// (/work/shared/domain: the slide "Afsprakennota…" and "Taken en rollen – Beleidsevaluatie"). Quoted, never
/// paraphrased: nothing here may say more than that presentation does.
/// </summary>
public static class LegalBasis
{
    /// <summary>Who makes the nota with whom, and on which articles it rests.</summary>
    public static IReadOnlyList<LegalArticle> Nota { get; } =
    [
        new("Artikel 171, § 2 DLB: afsprakennota",
            "Ten minste na iedere volledige vernieuwing van de gemeenteraad. Door algemeen directeur mede namens het managementteam met het CBS, BCSD, vast bureau, de burgemeester, voorzitter vast bureau en voorzitter bijzonder comité voor de sociale dienst. Bepalen de wijze waarop de actoren samenwerken om de beleidsdoelstellingen te realiseren, en de omgangsvormen tussen bestuur en administratie."),
        new("Artikel 56 en 84 DLB", "CBS en vast bureau sluiten de afsprakennota af conform artikel 171."),
    ];

    /// <summary>The reporting duties of the policy evaluation: they belong with how the agreements are evaluated.</summary>
    public static IReadOnlyList<LegalArticle> Reporting { get; } =
    [
        new("Art. 257 en 263 DLB",
            "De rapportering (tweemaal per jaar) van de voortgang van het meerjarenplan waarin de werking van het lokaal bestuur en de voortgang van doelstellingen, actieplannen en acties wordt weergegeven. Deze rapportering is een decretale verplichting (art. 257 en 263 DLB)."),
        new("Art. 219 DLB",
            "Via de jaarlijkse rapportering van de organisatiebeheersing aan de raad, de raadsleden in kennis te stellen van de doelstellingen rond organisatiebeheersing, de risico’s en de beheersmaatregelen die reeds genomen zijn of die nog in de pipeline zitten. Deze rapportering is een decretale verplichting (art. 219 DLB)."),
    ];
}
