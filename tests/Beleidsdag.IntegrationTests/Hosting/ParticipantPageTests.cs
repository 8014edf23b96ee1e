using System.Net;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>The phone page is the first thing a phone on the venue's Wi-Fi loads: small on the wire, with the anonymity minimum in it.</summary>
public sealed class ParticipantPageTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task PhonePage_IsSentCompressed_ToABrowserThatAcceptsGzip()
    {
        await using var app = BeleidsdagApp.Start(_data.Path, b => b.UseSetting("Beleidsdag:MinimumPerSide", "4"));
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/j/ABC234", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate");

        using var response = await client.SendAsync(request);
        var wire = await response.Content.ReadAsByteArrayAsync();
        await using var unzipped = new System.IO.Compression.GZipStream(new MemoryStream(wire), System.IO.Compression.CompressionMode.Decompress);
        var html = await new StreamReader(unzipped).ReadToEndAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("data-minimum-per-side=\"4\"", html, StringComparison.Ordinal);
        Assert.True(wire.Length < html.Length / 2, $"{wire.Length} bytes on the wire for {html.Length} characters");
        Assert.False(response.Headers.Contains("Server"), "the response names the server software");
    }

    [Fact]
    public async Task PhonePage_IsSentPlain_ToAClientThatAsksNoCompression()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };

        using var response = await client.GetAsync(new Uri("/j", UriKind.Relative));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("data-minimum-per-side=\"3\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/participant/app.js")]
    [InlineData("/participant/app.css")]
    [InlineData("/lib/signalr/signalr.min.js")]
    public async Task WhatThePhoneLoadsFirst_IsCompressed_WhenRunFromABuild(string path)
    {
        // Run from a build (as `dotnet run` does), not published: the case where static files went out gzip-wrapped
        // without compression (SignalR 47,706 bytes instead of 13,895).
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate");

        using var response = await client.SendAsync(request);
        var wire = await response.Content.ReadAsByteArrayAsync();
        await using var unzipped = new System.IO.Compression.GZipStream(new MemoryStream(wire), System.IO.Compression.CompressionMode.Decompress);
        var content = await new StreamReader(unzipped).ReadToEndAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(wire.Length < content.Length / 2, $"{wire.Length} bytes on the wire for {content.Length} characters");
    }

    public void Dispose() => _data.Dispose();
}
