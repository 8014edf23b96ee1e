using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// SignalR's JSON protocol with one change, for the participant hub only: a call whose argument does not bind
/// (a decimal where a whole number belongs, a word for <c>seq</c>, a string instead of an object) reaches the
/// hub method with a null argument, which it refuses with <c>invalid-request</c> like any other bad
/// submission. Left alone, SignalR binds the arguments before any hub method or filter runs and answers
/// "Failed to invoke 'Answer' due to an error on the server", which a phone's outbox resends for ever.
/// Everything else passes straight through: the facilitator hub keeps SignalR's own error, and Blazor's
/// circuits use their own protocol (blazorpack).
/// </summary>
public sealed class ParticipantJsonProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    // The participant hub's methods that take one argument, with its type: the only calls this protocol mends.
    private static readonly Dictionary<string, Type> OneArgumentMethods = typeof(ParticipantHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetParameters().Length == 1 && m.Name != nameof(ParticipantHub.OnDisconnectedAsync))
        .ToDictionary(m => m.Name, m => m.GetParameters()[0].ParameterType, StringComparer.OrdinalIgnoreCase);

    private readonly JsonHubProtocol _json = new(options);

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!_json.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure && IsParticipantHubCall(failure.Target, binder))
        {
            message = new InvocationMessage(failure.InvocationId, failure.Target, [null]);
        }

        return true;
    }

    /// <summary>The protocol serves every hub: mend a call only when the binder's hub has this very method (the participant hub).</summary>
    private static bool IsParticipantHubCall(string target, IInvocationBinder binder)
    {
        if (!OneArgumentMethods.TryGetValue(target, out var parameter))
        {
            return false;
        }

        try
        {
            return binder.GetParameterTypes(target) is [var bound] && bound == parameter;
        }
        catch (HubException)
        {
            // Another hub without a method of this name.
            return false;
        }
    }
}
