using ClosedXML.Excel;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>Downloads the export as the facilitator's browser does (login cookie), and reads it.</summary>
internal static class Workbooks
{
    public static async Task<XLWorkbook> ExportAsync(BeleidsdagApp app, string workshopId)
    {
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        using var response = await client.GetAsync(new Uri(Web.Features.Export.ExportEndpoints.UrlOf(workshopId), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>Every non-empty cell of a sheet as text, for "does the sheet say …" checks.</summary>
    public static string TextOf(IXLWorksheet sheet) =>
        string.Join("\n", sheet.RowsUsed().Select(r => string.Join(" | ", r.CellsUsed().Select(c => c.GetString()))));
}
