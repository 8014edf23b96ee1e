namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// The workbook and draft afsprakennota downloads. Facilitator only: without the login cookie an /api call gets 401 (never a
/// redirect), so a phone's token or a screen link gets nothing.
/// </summary>
public static class ExportEndpoints
{
    public const string Route = "/api/workshops/{id}/export.xlsx";

    public const string DraftRoute = "/api/workshops/{id}/afsprakennota.docx";

    public static string UrlOf(string workshopId) => $"/api/workshops/{Uri.EscapeDataString(workshopId)}/export.xlsx";

    public static string DraftUrlOf(string workshopId) => $"/api/workshops/{Uri.EscapeDataString(workshopId)}/afsprakennota.docx";

    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, async (HttpContext context, string id, ExportService export) =>
        {
            if (await export.ExportAsync(id) is not { } file)
            {
                return Results.NotFound();
            }

            // The answers of a whole day: no copy in any cache.
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, ExportFile.ContentType, file.FileName);
        }).RequireAuthorization();

        // The draft afsprakennota: the same day, the same login, never cached.
        endpoints.MapGet(DraftRoute, async (HttpContext context, string id, ExportService export) =>
        {
            if (await export.DraftAsync(id) is not { } file)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, ExportFile.DraftContentType, file.FileName);
        }).RequireAuthorization();
    }
}
