using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Components.Layout;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Persistence;
using Beleidsdag.Web.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Components;

public sealed class StorageAlertTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-alert-").FullName;

    [Fact]
    public async Task StorageAlert_IsRedWhileWritesFail_AndGoesOnceWritingWorksAgain()
    {
        var disk = new TestDisk();
        var clock = new FakeTimeProvider();
        using var database = new BeleidsdagDatabase(_folder, path => new WatchedFile(DurableFile.Open(path), disk));
        using var writer = new DatabaseWriter(database, clock, NullLogger<DatabaseWriter>.Instance);
        await using var ctx = TestServices.NewContext();
        ctx.Services.AddSingleton(new StorageHealth(writer));
        var cut = ctx.Render<StorageAlert>();
        Assert.Empty(cut.FindAll("[data-testid=storage-alert]"));

        disk.Full = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => writer.EnqueueAsync(Answer()));

        // bUnit waits 1 s by default; on two busy cores the alert's re-render can take longer (a wait, not a timing claim).
        cut.WaitForAssertion(() => Assert.Contains("Opslaan lukt niet", cut.Find("[data-testid=storage-alert]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        disk.Full = false;
        clock.Advance(TimeSpan.FromSeconds(2));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=storage-alert]")), TimeSpan.FromSeconds(30));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SaveAnswer Answer() =>
        new("workshop", new Answer("phone", "question", AnswerContent.Choice("yes"), 1, DateTimeOffset.UnixEpoch, Side.Mat));
}
