namespace Beleidsdag.Web.Live;

public static class LiveRegistration
{
    /// <summary>The live workshops (one runtime each, rebuilt from the database) and what is read from them.</summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSingleton<WorkshopRegistry>();
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<FollowUpResults>();
        services.AddSingleton<WorkshopNotifier>();
        return services;
    }
}
