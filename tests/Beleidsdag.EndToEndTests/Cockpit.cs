using Beleidsdag.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>The facilitator's console in Chromium: logged in through the form, with its keys live.</summary>
internal static class Cockpit
{
    public static Task<IPage> OpenAsync(IBrowser browser, BeleidsdagApp app, string workshopId, int width = 1366, int height = 768) =>
        OpenAsync(browser, app.BaseUrl, workshopId, width, height);

    public static async Task<IPage> OpenAsync(IBrowser browser, Uri baseUrl, string workshopId, int width = 1366, int height = 768)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(baseUrl, $"/workshops/{workshopId}").ToString());
        await page.FillAsync("#password", BeleidsdagApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.GetByTestId("console-join-code").WaitForAsync();
        // The key listener is attached once the interactive circuit is up.
        await page.Locator("body[data-keys=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Fails when the element is not drawn wholly inside the window as it is scrolled now.</summary>
    public static async Task AssertInViewAsync(IPage page, ILocator element, string what)
    {
        var box = await element.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{what} is not shown.");
        var view = page.ViewportSize!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= view.Width + 0.5 && box.Y + box.Height <= view.Height + 0.5,
            $"{what} is drawn at x {box.X:F0}–{box.X + box.Width:F0}, y {box.Y:F0}–{box.Y + box.Height:F0}: outside the {view.Width}×{view.Height} window.");
    }
}
