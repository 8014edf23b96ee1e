namespace Beleidsdag.Web.Features.Prepare;

public static class PrepareRegistration
{
    /// <summary>The services behind preparing a workshop and moving one between servers (archive).</summary>
    public static IServiceCollection AddPrepare(this IServiceCollection services)
    {
        services.AddSingleton<PreparationService>();
        services.AddSingleton<WorkshopArchiveService>();
        return services;
    }
}
