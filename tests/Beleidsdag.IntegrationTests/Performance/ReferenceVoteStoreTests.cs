using Beleidsdag.ReferenceHub;

namespace Beleidsdag.IntegrationTests.Performance;

/// <summary>
/// The reference hub's store (the load benchmark's yardstick, docs/performance.md): a vote is counted once it is
/// committed to a real LiteDB file, and a resend with the same key counts once, as the app's answers do.
/// </summary>
public sealed class ReferenceVoteStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("beleidsdag-reference-test-");

    [Fact]
    public async Task AResendWithTheSameKey_CountsOnce_AndOtherKeysCountEach()
    {
        using var store = new VoteStore(Path.Combine(_folder.FullName, "votes.db"));

        var first = await store.AddAsync("measured", "key-1", "eens");
        var resend = await store.AddAsync("measured", "key-1", "eens");
        var other = await store.AddAsync("measured", "key-2", "oneens");
        var elsewhere = await store.AddAsync("warm-up", "key-3", "eens");

        Assert.True(first && resend && other && elsewhere);
        Assert.Equal(2, store.Count("measured"));
        Assert.Equal(1, store.Count("warm-up"));
    }

    [Fact]
    public async Task WithoutAFile_AVoteIsCountedAtOnce_AndAResendCountsOnce()
    {
        using var store = new VoteStore(null);

        Assert.True(await store.AddAsync("measured", "key-1", "eens"));
        Assert.True(await store.AddAsync("measured", "key-1", "eens"));

        Assert.Equal(1, store.Count("measured"));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
