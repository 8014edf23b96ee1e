namespace Beleidsdag.Domain.Groups;

/// <summary>
/// The group-work countdown. Running, it is an end time (so it survives a restart of the server);
/// paused, it is the time that was left. All times come from an injected clock.
/// </summary>
public sealed record CountdownTimer(DateTimeOffset? EndsAt, TimeSpan? PausedWithLeft)
{
    public static CountdownTimer Stopped { get; } = new(null, null);

    public bool IsRunning => EndsAt is not null;

    public bool IsSet => EndsAt is not null || PausedWithLeft is not null;

    public static CountdownTimer Start(TimeSpan length, DateTimeOffset now) => new(now + length, null);

    public TimeSpan Left(DateTimeOffset now) => EndsAt is { } end
        ? (end > now ? end - now : TimeSpan.Zero)
        : PausedWithLeft ?? TimeSpan.Zero;

    public CountdownTimer Pause(DateTimeOffset now) => IsRunning ? new(null, Left(now)) : this;

    public CountdownTimer Resume(DateTimeOffset now) => PausedWithLeft is { } left ? new(now + left, null) : this;

    public CountdownTimer Extend(TimeSpan by, DateTimeOffset now) => this switch
    {
        { EndsAt: { } end } => new((end > now ? end : now) + by, null),
        { PausedWithLeft: { } left } => new(null, left + by),
        _ => this,
    };
}
