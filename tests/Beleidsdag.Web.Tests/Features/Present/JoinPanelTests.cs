using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Tests.Features.Present;

public class JoinPanelTests
{
    private static ScreenView View(int connected) =>
        new("Beleidsdag", "ABC234", "http://192.168.1.20:5000/j/ABC234", "192.168.1.20:5000/j", connected, false, null, 0, 0, null, null);

    [Fact]
    public async Task JoinPanel_ShowsTheQrCodeTheShortAddressAndTheCode()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<JoinPanel>(p => p.Add(c => c.View, View(12)));

        Assert.NotNull(cut.Find(".join-qr svg"));
        Assert.Equal("192.168.1.20:5000/j", cut.Find(".join-address").TextContent);
        Assert.Equal("ABC 234", cut.Find("[data-testid=join-code]").TextContent);
        Assert.Equal("12 telefoons verbonden", cut.Find("[data-testid=connected-count]").TextContent);
    }

    [Fact]
    public async Task JoinPanel_WithOnePhone_UsesTheSingular()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<JoinPanel>(p => p.Add(c => c.View, View(1)));

        Assert.Equal("1 telefoon verbonden", cut.Find("[data-testid=connected-count]").TextContent);
    }
}
