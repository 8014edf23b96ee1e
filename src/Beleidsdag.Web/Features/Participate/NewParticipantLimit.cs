using System.Collections.Concurrent;
using System.Net;
using Beleidsdag.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Features.Participate;

/// <summary>
/// How many new participants one network address may make per minute (<see cref="BeleidsdagOptions.NewParticipantsPerMinutePerAddress"/>):
/// a script that opens connection after connection still makes only that many people a minute. A token
/// bucket per address with a burst of one minute's worth, never a total cap: a venue's Wi-Fi may put every
/// phone of the room behind one address, and the twenty-first phone of a crowded minute only waits.
/// </summary>
public sealed class NewParticipantLimit(IOptions<BeleidsdagOptions> options, TimeProvider clock)
{
    // Beyond this many addresses, forget the ones whose bucket is full again (unused for a minute), at most
    // every few seconds: they behave exactly like a new bucket, and a spray of addresses must not grow the
    // dictionary for ever.
    private const int SweepAbove = 10_000;
    private const int SecondsBetweenSweeps = 10;

    private readonly int _perMinute = options.Value.NewParticipantsPerMinutePerAddress;
    private readonly ConcurrentDictionary<IPAddress, TokenBucket> _perAddress = new();
    private long _sweptAt = clock.GetTimestamp();

    /// <summary>Takes one new participant from the address's allowance; false when this minute's is used up.</summary>
    public bool TryAdmit(IPAddress? address)
    {
        if (_perMinute == 0)
        {
            return true;
        }

        var now = clock.GetTimestamp();
        var sweptAt = Interlocked.Read(ref _sweptAt);
        if (_perAddress.Count > SweepAbove && now - sweptAt > SecondsBetweenSweeps * clock.TimestampFrequency
            && Interlocked.CompareExchange(ref _sweptAt, now, sweptAt) == sweptAt)
        {
            Sweep(now);
        }

        var key = address is null ? IPAddress.None : address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var bucket = _perAddress.GetOrAdd(key, _ => new TokenBucket(_perMinute, _perMinute / 60.0, now));
        return bucket.TryTake(now, clock.TimestampFrequency);
    }

    private void Sweep(long now)
    {
        foreach (var (address, bucket) in _perAddress)
        {
            if (bucket.IsFull(now, clock.TimestampFrequency))
            {
                _perAddress.TryRemove(address, out _);
            }
        }
    }
}
