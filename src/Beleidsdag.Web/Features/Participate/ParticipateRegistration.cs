namespace Beleidsdag.Web.Features.Participate;

public static class ParticipateRegistration
{
    /// <summary>The participant's services: joining, answering and group work, with the limit on new participants per address.</summary>
    public static IServiceCollection AddParticipate(this IServiceCollection services)
    {
        services.AddSingleton<ParticipationService>();
        services.AddSingleton<GroupWorkService>();
        services.AddSingleton<NewParticipantLimit>();
        return services;
    }
}
