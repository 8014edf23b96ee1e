namespace Beleidsdag.Web.Live;

/// <summary>
/// The open hub connections of each connected participant of one workshop (a phone may have reconnected, or
/// have two tabs). Kept here rather than in a SignalR group per participant, which costs memory for
/// every connected phone. Its own lock: connecting never waits for a submission. The runtime may read it while
/// holding its own lock (never the other way round).
/// </summary>
public sealed class ConnectedPhones(Action changed)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<string>> _open = new(StringComparer.Ordinal);

    /// <summary>Participants with at least one open connection.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    public void Opened(string participantId, string connectionId)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(participantId, out var connections))
            {
                _open[participantId] = connections = new List<string>(1);
            }

            connections.Add(connectionId);
        }

        changed();
    }

    public void Closed(string participantId, string connectionId)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(participantId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _open.Remove(participantId);
            }
        }

        changed();
    }

    /// <summary>Where to send a participant's own updates.</summary>
    public IReadOnlyList<string> Of(string participantId)
    {
        lock (_gate)
        {
            return _open.TryGetValue(participantId, out var connections) ? [.. connections] : [];
        }
    }

    public bool IsConnected(string participantId)
    {
        lock (_gate)
        {
            return _open.ContainsKey(participantId);
        }
    }

    /// <summary>How many connected participants <paramref name="counts"/> says to count (e.g. those without an answer).</summary>
    public int CountWhere(Func<string, bool> counts)
    {
        lock (_gate)
        {
            var n = 0;
            foreach (var participantId in _open.Keys)
            {
                n += counts(participantId) ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>A removed participant is no longer counted as connected, even while its socket is still open.</summary>
    public void Forget(string participantId)
    {
        lock (_gate)
        {
            _open.Remove(participantId);
        }
    }
}
