namespace Beleidsdag.Web.Features.Present;

public static class PresentRegistration
{
    /// <summary>The services behind the room's screen.</summary>
    public static IServiceCollection AddPresent(this IServiceCollection services)
    {
        services.AddSingleton<ScreenService>();
        return services;
    }
}
