using System.Net;
using System.Text.RegularExpressions;
using Beleidsdag.LoadTest.Wire;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>The facilitator: logs in through the real login form, then drives <c>/hubs/facilitator</c>.</summary>
internal sealed partial class FacilitatorClient : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly HttpClient _http;
    private bool _useGetResult;

    private FacilitatorClient(HubConnection hub, HttpClient http)
    {
        _hub = hub;
        _http = http;
    }

    public static async Task<FacilitatorClient> LogInAsync(Uri baseUrl, string password, CancellationToken cancellation)
    {
        var cookies = await LogInCookiesAsync(baseUrl, password, cancellation);
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/facilitator"), o => o.Cookies = cookies)
            .WithBeleidsdagJson()
            .Build();
        await hub.StartAsync(cancellation);
        // The same login cookie for plain HTTP calls (the export), as the console's browser sends it.
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        return new FacilitatorClient(hub, http);
    }

    /// <summary>GET /login for its antiforgery token, POST the password with it, keep the cookie.</summary>
    private static async Task<CookieContainer> LogInCookiesAsync(Uri baseUrl, string password, CancellationToken cancellation)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative), cancellation);
        var token = AntiforgeryField().Match(form) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The login page has no __RequestVerificationToken field.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), body, cancellation);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("fout", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"The facilitator login failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return cookies;
    }

    public async Task<WorkshopSummary> CreateWorkshopAsync(WorkshopDraft draft, CancellationToken cancellation)
    {
        var result = await _hub.InvokeAsync<CreateWorkshopResult>("CreateWorkshop", draft, cancellation);
        return result is { Ok: true, Workshop: { } workshop }
            ? workshop
            : throw new InvalidOperationException("CreateWorkshop failed: " + string.Join("; ", result.Errors ?? []));
    }

    public Task<LiveStateView> ForwardAsync(string workshopId, CancellationToken cancellation) =>
        _hub.InvokeAsync<LiveStateView>("Forward", workshopId, cancellation);

    public Task<LiveStateView> OpenAsync(string workshopId, CancellationToken cancellation) =>
        _hub.InvokeAsync<LiveStateView>("Open", workshopId, cancellation);

    public Task<WorkshopDetail> GetWorkshopAsync(string workshopId, CancellationToken cancellation) =>
        _hub.InvokeAsync<WorkshopDetail>("GetWorkshop", workshopId, cancellation);

    /// <summary>
    /// The question's counts as the facilitator sees them: <c>getTally</c>, or on a server that replaced it
    /// with <c>getResult</c> (the result through the CBS/MAT lens), that result's overall counts.
    /// </summary>
    public async Task<TallyView> GetTallyAsync(string workshopId, string questionId, CancellationToken cancellation)
    {
        if (!_useGetResult)
        {
            try
            {
                return await _hub.InvokeAsync<TallyView>("GetTally", workshopId, questionId, cancellation);
            }
            catch (HubException e) when (e.Message.Contains("does not exist", StringComparison.Ordinal))
            {
                _useGetResult = true;
            }
        }

        var result = await _hub.InvokeAsync<SplitResult?>("GetResult", workshopId, questionId, cancellation);
        return result?.Overall ?? throw new InvalidOperationException($"GetResult knows no question {questionId}.");
    }

    /// <summary>
    /// <c>getResult</c>'s overall result for any question type, with its <c>kind</c> ("wordCloud", "openText", …).
    /// </summary>
    public async Task<ResultView> GetResultAsync(string workshopId, string questionId, CancellationToken cancellation)
    {
        var result = await _hub.InvokeAsync<AnyResult?>("GetResult", workshopId, questionId, cancellation);
        return result?.Overall ?? throw new InvalidOperationException($"GetResult knows no question {questionId}.");
    }

    /// <summary>Spreads every participant of the workshop over the exercise's groups (balancing the sides); returns once committed and pushed.</summary>
    public async Task AssignEveryoneAsync(string workshopId, string exerciseId, CancellationToken cancellation)
    {
        if (!await _hub.InvokeAsync<bool>("AssignEveryone", workshopId, exerciseId, cancellation))
        {
            throw new InvalidOperationException($"AssignEveryone refused exercise {exerciseId}.");
        }
    }

    /// <summary>Every werkpunt of the workshop (hidden ones too), as the console lists them.</summary>
    public Task<IReadOnlyList<WerkpuntView>> GetWerkpuntenAsync(string workshopId, CancellationToken cancellation) =>
        _hub.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshopId, cancellation);

    /// <summary>
    /// Downloads the workshop's Excel export (the console's "Exporteer naar Excel"), or with <c>afsprakennota.docx</c>
    /// its draft afsprakennota ("Ontwerp afsprakennota (.docx)"); returns its size in bytes.
    /// </summary>
    public async Task<long> ExportAsync(string workshopId, CancellationToken cancellation, string file = "export.xlsx")
    {
        using var response = await _http.GetAsync(new Uri($"/api/workshops/{Uri.EscapeDataString(workshopId)}/{file}", UriKind.Relative), cancellation);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The export of {file} answered {(int)response.StatusCode}.");
        }

        return (await response.Content.ReadAsByteArrayAsync(cancellation)).LongLength;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
