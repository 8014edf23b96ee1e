namespace Beleidsdag.Web.Features.Prepare;

/// <summary>The workshop archive download: facilitator only, like the workbook (401 without the login cookie).</summary>
public static class ArchiveEndpoints
{
    public const string ArchiveRoute = "/api/workshops/{id}/workshop.beleidsdag";

    public static string ArchiveUrlOf(string workshopId) => $"/api/workshops/{Uri.EscapeDataString(workshopId)}/workshop.beleidsdag";

    public static void MapArchiveEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The whole workshop as one file, to move it to another laptop or keep it for years.
        endpoints.MapGet(ArchiveRoute, async (HttpContext context, string id, WorkshopArchiveService archive) =>
        {
            if (await archive.ExportAsync(id) is not { } file)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, WorkshopFile.ContentType, file.FileName);
        }).RequireAuthorization();
    }
}
