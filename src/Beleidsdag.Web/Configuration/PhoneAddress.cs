namespace Beleidsdag.Web.Configuration;

/// <summary>The address phones use to reach this server (what the QR code carries).</summary>
public sealed record PhoneAddress(Uri BaseUrl)
{
    public string JoinUrl(string joinCode) => new Uri(BaseUrl, $"j/{joinCode}").ToString();

    /// <summary>What people can type: host, port and /j, without the scheme.</summary>
    public string ShortAddress => BaseUrl.IsDefaultPort ? $"{BaseUrl.Host}/j" : $"{BaseUrl.Host}:{BaseUrl.Port}/j";
}
