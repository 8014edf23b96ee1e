namespace Beleidsdag.Web.Configuration;

/// <summary>Settings from appsettings.json or environment variables (Beleidsdag__DataFolder, …), checked at start-up.</summary>
public sealed class BeleidsdagOptions
{
    public const string Section = "Beleidsdag";

    /// <summary>Where the LiteDB file, its lock and the password hash live; relative paths start at the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The facilitator password. When empty one is generated at first start and printed once.</summary>
    public string? FacilitatorPassword { get; set; }

    /// <summary>The address phones use, for QR codes (e.g. http://beleidsdag.local:5000). Default: this machine's LAN address.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Lets the console and the login answer from the network (a hosted server). Default: this machine only.</summary>
    public bool ConsoleOnNetwork { get; set; }

    /// <summary>
    /// The anonymity threshold: a side with fewer respondents than this on a question is never shown on its
    /// own, and then that question shows no split at all (docs/rules.md).
    /// </summary>
    public int MinimumPerSide { get; set; } = Domain.Workshops.Limits.DefaultMinimumPerSide;

    /// <summary>The participant hub's maximum message size in bytes.</summary>
    public int ParticipantMessageLimitBytes { get; set; } = 8 * 1024;

    /// <summary>Submissions per second one participant may make (a burst of twice this is allowed).</summary>
    public int SubmissionsPerSecondPerParticipant { get; set; } = 10;

    /// <summary>All participant hub calls per second for the whole server.</summary>
    public int ParticipantCallsPerSecond { get; set; } = 5000;

    /// <summary>
    /// New participants one network address may make per minute (0 = no limit). A rate, never a total: a
    /// venue's Wi-Fi may put every phone of the room behind one address. Phones coming back with their token
    /// do not count.
    /// </summary>
    public int NewParticipantsPerMinutePerAddress { get; set; } = 20;

    /// <summary>
    /// Writes every page of the database log through to the disk instead of flushing the log once per commit.
    /// Slower; kept only to measure the two against each other (docs/performance.md).
    /// </summary>
    public bool LogWriteThrough { get; set; }

    public static IEnumerable<string> Problems(BeleidsdagOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.DataFolder))
        {
            yield return "Beleidsdag:DataFolder mag niet leeg zijn.";
        }

        if (!string.IsNullOrEmpty(o.PublicBaseUrl)
            && (!Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            yield return $"Beleidsdag:PublicBaseUrl '{o.PublicBaseUrl}' is geen geldig http(s)-adres.";
        }

        if (o.FacilitatorPassword is { Length: > 0 and < 8 })
        {
            yield return "Beleidsdag:FacilitatorPassword moet minstens 8 tekens hebben.";
        }

        if (o.ParticipantMessageLimitBytes is < 1024 or > 1024 * 1024)
        {
            yield return "Beleidsdag:ParticipantMessageLimitBytes moet tussen 1024 en 1048576 liggen.";
        }

        if (o.MinimumPerSide is < 1 or > 50)
        {
            yield return "Beleidsdag:MinimumPerSide moet tussen 1 en 50 liggen.";
        }

        if (o.SubmissionsPerSecondPerParticipant < 1 || o.ParticipantCallsPerSecond < 1)
        {
            yield return "De limieten voor verzoeken per seconde moeten minstens 1 zijn.";
        }

        if (o.NewParticipantsPerMinutePerAddress < 0)
        {
            yield return "Beleidsdag:NewParticipantsPerMinutePerAddress moet 0 (geen limiet) of meer zijn.";
        }
    }
}
