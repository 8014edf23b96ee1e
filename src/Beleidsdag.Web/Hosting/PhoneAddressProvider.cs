using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

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

    /// <summary>The first private IPv4 address of a physical adapter that is up, preferring one with a gateway.</summary>
    public static string? LanAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up
                && n.NetworkInterfaceType is not (NetworkInterfaceType.Loopback or NetworkInterfaceType.Tunnel)
                && !VirtualAdapterHints.Any(h => n.Name.Contains(h, StringComparison.OrdinalIgnoreCase)
                    || n.Description.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .Select(n => (Properties: n.GetIPProperties(), Interface: n))
            .OrderByDescending(n => n.Properties.GatewayAddresses.Any(g => !g.Address.Equals(IPAddress.Any)))
            .SelectMany(n => n.Properties.UnicastAddresses.Select(a => a.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a) && IsPrivate(a))
            .Select(a => a.ToString())
            .FirstOrDefault();

    private static bool IsPrivate(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168);
    }
}
