namespace Beleidsdag.Web.Features.Export;

public static class ExportRegistration
{
    /// <summary>The services behind the workbook export.</summary>
    public static IServiceCollection AddExport(this IServiceCollection services)
    {
        services.AddSingleton<ExportService>();
        return services;
    }
}
