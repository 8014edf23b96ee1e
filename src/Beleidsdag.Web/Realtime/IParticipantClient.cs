using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Realtime;

/// <summary>What the server calls on a phone (or on a screen-link watcher).</summary>
public interface IParticipantClient
{
    Task RoomChanged(RoomState room);

    Task ScreenChanged(ScreenView view);
}
