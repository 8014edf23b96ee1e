using System.Net;
using System.Text.RegularExpressions;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>A facilitator who logged in through the real login form and drives the facilitator hub.</summary>
public sealed partial class Facilitator : IAsyncDisposable
{
    private readonly HubConnection _hub;

    private Facilitator(HubConnection hub) => _hub = hub;

    public static async Task<Facilitator> LogInAsync(Uri baseUrl, string password = BeleidsdagApp.Password)
    {
        var cookies = await LogInCookiesAsync(baseUrl, password);
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/facilitator"), o => o.Cookies = cookies)
            .WithBeleidsdagJson()
            .Build();
        await hub.StartAsync();
        return new Facilitator(hub);
    }

    /// <summary>GET the form for its antiforgery token, POST the password, keep the cookie.</summary>
    public static async Task<CookieContainer> LogInCookiesAsync(Uri baseUrl, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("fout", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Login failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return cookies;
    }

    public async Task<WorkshopSummary> CreateWorkshopAsync(params QuestionDraft[] questions)
    {
        var draft = new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
            questions.Length > 0 ? questions : [new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee", "Weet niet"])]);
        var result = await _hub.InvokeAsync<CreateWorkshopResult>("CreateWorkshop", draft);
        return result.Workshop ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    public async Task<WorkshopSummary> CreateGroupWorkshopAsync(GroupWorkDraft? groupWork = null)
    {
        var draft = new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28), []) { GroupWork = groupWork ?? GroupWorkDraft.Beleidscyclus() };
        var result = await _hub.InvokeAsync<CreateWorkshopResult>("CreateWorkshop", draft);
        return result.Workshop ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    public Task<T> InvokeAsync<T>(string method, params object?[] args) => _hub.InvokeCoreAsync<T>(method, args);

    public Task<CreateWorkshopResult> TryCreateWorkshopAsync(WorkshopDraft draft) =>
        _hub.InvokeAsync<CreateWorkshopResult>("CreateWorkshop", draft);

    public Task<WorkshopDetail> GetWorkshopAsync(string id) => _hub.InvokeAsync<WorkshopDetail>("GetWorkshop", id);

    public Task<LiveStateView> ForwardAsync(string id) => _hub.InvokeAsync<LiveStateView>("Forward", id);

    public Task<LiveStateView> BackAsync(string id) => _hub.InvokeAsync<LiveStateView>("Back", id);

    public Task<LiveStateView> CloseAsync(string id) => _hub.InvokeAsync<LiveStateView>("Close", id);

    public Task<LiveStateView> OpenAsync(string id) => _hub.InvokeAsync<LiveStateView>("Open", id);

    /// <summary>The overall result of a choice question (the common case in these tests).</summary>
    public async Task<ChoiceResult> GetTallyAsync(string id, string questionId) =>
        (ChoiceResult)(await GetResultAsync(id, questionId)).Overall;

    public Task<SplitResult> GetResultAsync(string id, string questionId) => _hub.InvokeAsync<SplitResult>("GetResult", id, questionId);

    public Task<IReadOnlyList<GapItem>> GetGapsAsync(string id) => _hub.InvokeAsync<IReadOnlyList<GapItem>>("GetGaps", id);

    public Task<IReadOnlyList<OpenAnswerView>> GetOpenAnswersAsync(string id, string questionId) =>
        _hub.InvokeAsync<IReadOnlyList<OpenAnswerView>>("GetOpenAnswers", id, questionId);

    public Task<bool> ModerateAsync(string id, string questionId, string participantId, ModerationStatus status, string? mergeInto = null) =>
        _hub.InvokeAsync<bool>("Moderate", id, questionId, participantId, status, mergeInto);

    public Task<LiveStateView> RevealAsync(string id, bool revealed = true) => _hub.InvokeAsync<LiveStateView>("Reveal", id, revealed);

    public Task<LiveStateView> SplitBySideAsync(string id, bool split = true) => _hub.InvokeAsync<LiveStateView>("SplitBySide", id, split);

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
