using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Realtime;

/// <summary>What the server calls on a phone (or on a screen-link watcher).</summary>
public interface IParticipantClient
{
    Task RoomChanged(RoomState room);

    Task ScreenChanged(ScreenView view);

    /// <summary>The current question's revealed results, at most once a second (docs/protocol.md).</summary>
    Task ResultsChanged(PhoneResults results);

    /// <summary>This phone's group, its board or its choices changed (sent to this participant only).</summary>
    Task GroupWorkChanged(MyGroupWork mine);
}
