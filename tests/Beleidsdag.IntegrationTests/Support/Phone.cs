using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Participate;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>A simulated phone speaking the participant protocol (docs/protocol.md) over a real connection.</summary>
public sealed class Phone : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private long _seq;

    private Phone(HubConnection hub) => _hub = hub;

    public string? Token { get; private set; }

    public JoinResponse? LastJoin { get; private set; }

    public HubConnection Connection => _hub;

    public static async Task<Phone> ConnectAsync(Uri baseUrl)
    {
        var hub = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "/hubs/participant")).WithBeleidsdagJson().Build();
        var phone = new Phone(hub);
        hub.On<Beleidsdag.Web.Live.MyGroupWork>("GroupWorkChanged", phone.GroupWork.Enqueue);
        hub.On<Beleidsdag.Web.Live.PhoneResults>("ResultsChanged", phone.Results.Enqueue);
        await hub.StartAsync();
        return phone;
    }

    public async Task<JoinResponse> JoinAsync(string code, string? token = null)
    {
        LastJoin = await _hub.InvokeAsync<JoinResponse>("Join", new JoinRequest(code, token ?? Token));
        Token ??= LastJoin.Token;
        return LastJoin;
    }

    public Task<Ack> ChooseSideAsync(string side, string? key = null) =>
        _hub.InvokeAsync<Ack>("ChooseSide", new SideChoice(side, key ?? NewKey()));

    public Task<Ack> AnswerAsync(string questionId, string optionId, string? key = null, long? seq = null) =>
        SubmitAsync(questionId, AnswerContent.Choice(optionId), key, seq);

    public Task<Ack> SubmitAsync(string questionId, AnswerContent content, string? key = null, long? seq = null) =>
        _hub.InvokeAsync<Ack>("Answer", new AnswerSubmission(questionId, content.OptionIds, content.Values, content.Texts, key ?? NewKey(), seq ?? ++_seq));

    public Task<Ack> InvokeAckAsync(string method, object message) => _hub.InvokeAsync<Ack>(method, message);

    /// <summary>Everything the server pushed to this phone about its own group work, newest last.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Beleidsdag.Web.Live.MyGroupWork> GroupWork { get; } = new();

    /// <summary>Every revealed result the server pushed to this phone, newest last.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Beleidsdag.Web.Live.PhoneResults> Results { get; } = new();

    public Task<JoinResponse> GetStateAsync() => _hub.InvokeAsync<JoinResponse>("GetState");

    public long NextSeq() => ++_seq;

    public static string NewKey() => Guid.NewGuid().ToString("N");

    public ValueTask DisposeAsync() => _hub.DisposeAsync();
}
