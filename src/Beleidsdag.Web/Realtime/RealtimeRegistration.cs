using Beleidsdag.Web.Configuration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beleidsdag.Web.Realtime;

public static class RealtimeRegistration
{
    /// <summary>The hubs with their protocol, limits and rate-limit filter, and the broadcaster.</summary>
    public static WebApplicationBuilder AddRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveBroadcaster>();
        builder.Services.AddSingleton<ParticipantRateLimitFilter>();
        builder.Services.AddSingleton<RefusalLog>();
        var messageLimit = builder.Configuration.GetValue<int?>($"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.ParticipantMessageLimitBytes)}")
            ?? new BeleidsdagOptions().ParticipantMessageLimitBytes;
        builder.Services.AddSignalR()
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .AddHubOptions<ParticipantHub>(o =>
            {
                // Only on this hub: a global value would also apply to Blazor's own circuit.
                o.MaximumReceiveMessageSize = messageLimit;
                o.AddFilter<ParticipantRateLimitFilter>();
            });
        // "json" becomes ParticipantJsonProtocol: a participant hub call with wrong types is refused as invalid
        // instead of failing on the server. SignalR keeps the protocol registered last under a name; SignalR's
        // own JsonHubProtocol stays registered (removing it would only bring it back, after this one, with
        // Blazor's own AddSignalR call). Blazor's circuits use blazorpack.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHubProtocol, ParticipantJsonProtocol>());
        return builder;
    }
}
