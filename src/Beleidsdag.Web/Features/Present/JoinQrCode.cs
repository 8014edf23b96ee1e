using System.Collections.Concurrent;
using QRCoder;

namespace Beleidsdag.Web.Features.Present;

/// <summary>QR codes as SVG (QRCoder). The only class that imports QRCoder. Scales to any size on the screen.</summary>
public static class JoinQrCode
{
    // The same few join URLs are drawn on every render of every screen: make each once.
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Svg(string url) => Cache.GetOrAdd(url, static text =>
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    });
}
