namespace Beleidsdag.Web.Features.EditAgenda;

public static class EditAgendaRegistration
{
    /// <summary>The services behind changing the agenda of a workshop.</summary>
    public static IServiceCollection AddEditAgenda(this IServiceCollection services)
    {
        services.AddSingleton<AgendaEditingService>();
        return services;
    }
}
