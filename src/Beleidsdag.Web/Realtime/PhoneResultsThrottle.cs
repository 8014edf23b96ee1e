namespace Beleidsdag.Web.Realtime;

/// <summary>
/// Paces one workshop's result pushes to phones: at most one per <see cref="Interval"/>, the first at
/// once when a question's results are revealed, later changes merged into one push at the end of the
/// interval. While results are hidden it does nothing and keeps no timer.
/// </summary>
public sealed class PhoneResultsThrottle(TimeProvider clock, Func<Task> push)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private string? _question;
    private DateTimeOffset _lastPush;
    private ITimer? _pending;

    /// <summary>Something in the workshop changed; <paramref name="revealedQuestionId"/> is null while results are hidden.</summary>
    public void Changed(string? revealedQuestionId)
    {
        lock (_gate)
        {
            if (revealedQuestionId is null)
            {
                // Hidden (or moved on): the next reveal pushes at once, and nothing is pending.
                _question = null;
                CancelPending();
                return;
            }

            var now = clock.GetUtcNow();
            if (revealedQuestionId != _question)
            {
                _question = revealedQuestionId;
                CancelPending();
            }
            else if (_pending is not null)
            {
                return;
            }
            else if (now - _lastPush < Interval)
            {
                _pending = clock.CreateTimer(_ => Fire(), null, _lastPush + Interval - now, Timeout.InfiniteTimeSpan);
                return;
            }

            _lastPush = now;
        }

        _ = push();
    }

    private void Fire()
    {
        lock (_gate)
        {
            CancelPending();
            if (_question is null)
            {
                return;
            }

            _lastPush = clock.GetUtcNow();
        }

        _ = push();
    }

    private void CancelPending()
    {
        _pending?.Dispose();
        _pending = null;
    }
}
