using System.Net;
using static Beleidsdag.Web.Configuration.PhoneAddressProvider;

namespace Beleidsdag.Web.Tests.Hosting;

public class PhoneAddressProviderTests
{
    private static Adapter Adapter(string name, string ip, bool gateway = true, string description = "") =>
        new(name, description, false, gateway, [IPAddress.Parse(ip)]);

    [Fact]
    public void PickLanAddress_SkipsDockerWslAndVpnAdapters() =>
        Assert.Equal("192.168.1.20", PickLanAddress(
        [
            Adapter("docker0", "172.17.0.1"),
            Adapter("vEthernet (WSL)", "172.22.160.1"),
            Adapter("tun0", "10.8.0.2"),
            Adapter("eth1", "10.0.0.5", description: "Hyper-V Virtual Ethernet Adapter"),
            Adapter("wlan0", "192.168.1.20"),
        ]));

    [Fact]
    public void PickLanAddress_PrefersAPrivateAddressWithAGateway() =>
        Assert.Equal("10.1.2.3", PickLanAddress(
        [
            Adapter("eth0", "203.0.113.7"),
            Adapter("eth1", "192.168.50.2", gateway: false),
            Adapter("wlan0", "10.1.2.3"),
        ]));

    [Fact]
    public void PickLanAddress_WithoutAPrivateAddress_TakesAnotherRealOne() =>
        Assert.Equal("203.0.113.7", PickLanAddress([Adapter("eth0", "203.0.113.7"), Adapter("eth1", "169.254.3.3")]));

    [Fact]
    public void PhoneAddress_ShortAddressLeavesOutTheScheme() =>
        Assert.Equal("192.168.1.20:5000/j", new Beleidsdag.Web.Configuration.PhoneAddress(new Uri("http://192.168.1.20:5000/")).ShortAddress);
}
