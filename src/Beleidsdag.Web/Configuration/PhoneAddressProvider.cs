using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Configuration;

/// <summary>
/// The address the QR code carries: the configured public URL, else this machine's LAN address on the
/// port the server listens on. Phones on the room's Wi-Fi must be able to reach it, so virtual adapters
/// (Docker, WSL, Hyper-V, VPNs) are skipped.
/// </summary>
public sealed class PhoneAddressProvider(IServer server, IOptions<BeleidsdagOptions> options)
{
    private static readonly string[] VirtualAdapterHints =
        ["docker", "br-", "veth", "virbr", "vethernet", "wsl", "hyper-v", "virtual", "vmware", "vbox", "tun", "tap", "wg", "tailscale", "zerotier", "vpn"];

    private PhoneAddress? _resolved;

    public PhoneAddress Current => _resolved ?? Resolve();

    private PhoneAddress Resolve()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return _resolved = new PhoneAddress(new Uri(configured.TrimEnd('/') + "/"));
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>()
            .OrderBy(u => u.Scheme == "http" ? 0 : 1)
            .FirstOrDefault();
        if (listening is null)
        {
            // Not started yet (or an in-memory test server): do not cache a guess.
            return new PhoneAddress(new Uri("http://localhost/"));
        }

        var host = listening.Host is "0.0.0.0" or "[::]" ? LanAddress() ?? "localhost" : listening.Host;
        return _resolved = new PhoneAddress(new UriBuilder(listening.Scheme, host, listening.Port).Uri);
    }

    public static string? LanAddress() => PickLanAddress(NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up)
        .Select(n =>
        {
            var properties = n.GetIPProperties();
            return new Adapter(
                n.Name,
                n.Description,
                n.NetworkInterfaceType is NetworkInterfaceType.Loopback or NetworkInterfaceType.Tunnel,
                properties.GatewayAddresses.Any(g => !g.Address.Equals(IPAddress.Any)),
                [.. properties.UnicastAddresses.Select(a => a.Address)]);
        }));

    /// <summary>
    /// An IPv4 address of a physical adapter: private ranges first (the venue's Wi-Fi), adapters with a
    /// gateway first; any other non-loopback address only when there is no private one (a hosted server).
    /// </summary>
    public static string? PickLanAddress(IEnumerable<Adapter> adapters) =>
        adapters
            .Where(a => !a.IsLoopbackOrTunnel && !VirtualAdapterHints.Any(h =>
                a.Name.Contains(h, StringComparison.OrdinalIgnoreCase) || a.Description.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(a => a.Addresses.Select(address => (Address: address, a.HasGateway)))
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a.Address) && !IsLinkLocal(a.Address))
            .OrderByDescending(a => IsPrivate(a.Address))
            .ThenByDescending(a => a.HasGateway)
            .Select(a => a.Address.ToString())
            .FirstOrDefault();

    private static bool IsPrivate(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168);
    }

    private static bool IsLinkLocal(IPAddress address) => address.GetAddressBytes() is [169, 254, ..];

    public sealed record Adapter(string Name, string Description, bool IsLoopbackOrTunnel, bool HasGateway, IReadOnlyList<IPAddress> Addresses);
}
