using System.Globalization;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Present.Components;

public enum CountdownState
{
    /// <summary>No countdown was started (or it was stopped).</summary>
    None,
    Running,
    Paused,
    Expired,
}

/// <summary>What a countdown shows at a moment: its state and the time left, rounded up to whole seconds.</summary>
public readonly record struct CountdownReading(CountdownState State, TimeSpan Left)
{
    public static CountdownReading Of(TimerView timer, DateTimeOffset now)
    {
        var left = timer switch
        {
            { EndsAt: { } end } => end - now,
            { PausedLeftMs: { } ms } => TimeSpan.FromMilliseconds(ms),
            _ => TimeSpan.Zero,
        };

        // Rounded up: "0:01" stays until the time is really over, and "Tijd is om!" never shows early.
        var seconds = (long)Math.Ceiling(Math.Max(0, left.TotalSeconds));
        var state = timer.EndsAt is null && timer.PausedLeftMs is null ? CountdownState.None
            : seconds == 0 ? CountdownState.Expired
            : timer.EndsAt is null ? CountdownState.Paused
            : CountdownState.Running;
        return new CountdownReading(state, TimeSpan.FromSeconds(seconds));
    }

    /// <summary>"24:59", or "1:05:00" from an hour on.</summary>
    public string Digits => Left.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)Left.TotalHours}:{Left.Minutes:00}:{Left.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)Left.TotalMinutes}:{Left.Seconds:00}");
}
