using Beleidsdag.Web.Features.Participate;

namespace Beleidsdag.Web.Tests.Hosting;

public sealed class TokenBucketTests
{
    private const long Frequency = 1_000;

    [Fact]
    public void TryTake_BeyondCapacity_IsRefused()
    {
        var bucket = new TokenBucket(capacity: 3, tokensPerSecond: 1, nowTimestamp: 0);

        var taken = Enumerable.Range(0, 5).Count(_ => bucket.TryTake(0, Frequency));

        Assert.Equal(3, taken);
    }

    [Fact]
    public void TryTake_AfterWaiting_RefillsAtTheRateButNotAboveCapacity()
    {
        var bucket = new TokenBucket(capacity: 2, tokensPerSecond: 1, nowTimestamp: 0);
        Assert.True(bucket.TryTake(0, Frequency));
        Assert.True(bucket.TryTake(0, Frequency));
        Assert.False(bucket.TryTake(500, Frequency));

        Assert.True(bucket.TryTake(1_000, Frequency));
        Assert.False(bucket.TryTake(1_000, Frequency));

        // An hour of quiet refills only up to the capacity.
        var later = 3_600_000;
        Assert.Equal(2, Enumerable.Range(0, 4).Count(_ => bucket.TryTake(later, Frequency)));
    }
}
