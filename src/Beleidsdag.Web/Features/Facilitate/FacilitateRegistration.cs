namespace Beleidsdag.Web.Features.Facilitate;

public static class FacilitateRegistration
{
    /// <summary>The services behind running the day from the console.</summary>
    public static IServiceCollection AddFacilitate(this IServiceCollection services)
    {
        services.AddSingleton<FacilitationService>();
        services.AddSingleton<AgreementsService>();
        return services;
    }
}
